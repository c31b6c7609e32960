// @vitest-environment happy-dom
/**
 * The history as a reader meets it once a refresh has recorded ungraded
 * publications: each in its place among the reports, with no grade, and the
 * unverified records named in one plain sentence.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render } from '@testing-library/preact';
import { History } from '@/components/History';
import { historyOf, recordIndex } from '@/lib/ui/summaries';
import { Dataset } from '@/lib/data/schema';
import { fixtureDataset } from '../fixtures/dataset';
import { violations } from './axe';

afterEach(cleanup);

const dataset = Dataset.parse({
  ...fixtureDataset,
  events: [
    { authority: 'hertfordshire', kind: 'focused_visit', published: '2024-06-12', url: 'https://files.ofsted.gov.uk/v1/file/50250001' },
    {
      authority: 'hertfordshire',
      kind: 'joint_targeted_area_inspection',
      published: '2016-02-03',
      url: 'https://files.ofsted.gov.uk/v1/file/50000002',
    },
  ],
});

describe('History with focused visits and JTAIs', () => {
  it('shows each ungraded publication in its place, newest first, saying it has no grade', async () => {
    const { container } = render(<History history={historyOf(recordIndex(dataset), 'hertfordshire')!} onOpen={() => {}} />);
    const headings = Array.from(container.querySelectorAll('.timeline > li h4'), (h) => h.textContent);
    expect(headings).toEqual([
      'Published 25 August 2026',
      'Focused visit, published 12 June 2024',
      'Published 10 March 2023',
      'Published 19 November 2018',
      'Joint targeted area inspection, published 3 February 2016',
      'Published 27 November 2015',
      'Published 8 March 2013',
    ]);
    const visit = container.querySelector('.event')!;
    expect(visit.textContent).toContain('Ofsted gives no grade for this kind of publication.');
    expect(visit.querySelector('a')!.getAttribute('href')).toBe('https://files.ofsted.gov.uk/v1/file/50250001');
    expect(visit.querySelector('.chip')).toBeNull();
    expect(await violations(container)).toEqual([]);
  });

  it("names an unverified record in one plain sentence, without the record's internal note", () => {
    const { container } = render(<History history={historyOf(recordIndex(dataset), 'hertfordshire')!} onOpen={() => {}} />);
    const warning = container.querySelector('.warning')!.textContent;
    expect(warning).toMatch(
      /^Unverified: we have not read this report, (so its grades are not known|and its grades come from a third-party summary that has not been checked against it)\.$/,
    );
    expect(warning).not.toContain('(unknown:');
  });
});
