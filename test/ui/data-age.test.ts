// @vitest-environment happy-dom
/** The data's age, worded once (lib/ui/data-age.ts) and shown by the card, the popup's footer and the command line. */
import { describe, expect, it } from 'vitest';
import { dataAgeLine } from '../../lib/ui/data-age';
import { buildCard } from '../../lib/page/card';
import { formatFindings } from '../../tools/cli/format-findings';
import { analyse } from '../../lib/engine/analyse';
import { buildEngineIndex } from '../../lib/engine/engine-index';
import { fixtureDataset } from '../fixtures/dataset';

describe('dataAgeLine', () => {
  it('gives the date, and the age in days once the data is over 30 days old', () => {
    expect(dataAgeLine('2026-08-22', '2026-12-02')).toBe('Data up to 22 August 2026, 102 days ago');
    expect(dataAgeLine('2026-08-22', '2026-09-21')).toBe('Data up to 22 August 2026');
    expect(dataAgeLine('2026-08-22', '2026-09-22')).toBe('Data up to 22 August 2026, 31 days ago');
  });
});

describe('the card and the command line', () => {
  it('the card ends with the data line', () => {
    const card = buildCard(
      document,
      { authorityId: 'hertfordshire', authority: undefined, claim: null, inspections: {}, claimCount: 0, asOf: '2020-01-01' },
      { onClose() {}, onNext() {}, onPrevious() {} },
    );
    expect(card.querySelector('.age')?.textContent).toMatch(/^Data up to 1 January 2020, \d+ days ago\.$/);
  });

  it("the command line's text report has the data line", () => {
    const index = buildEngineIndex(fixtureDataset);
    const analysis = analyse(
      'Hertfordshire is rated outstanding.',
      { published: '2026-09-01', publishedSource: 'caller', title: null },
      index,
    );
    const text = formatFindings('article', analysis, index, { asOf: '2026-08-22' }, '2026-12-02');
    expect(text.split('\n')).toContain('Data up to 22 August 2026, 102 days ago.');
  });
});
