import { describe, expect, it } from 'vitest';
import { crossCheck } from '../../../tools/data/import/cross-check';
import type { ParsedReport } from '../../../tools/data/import/parse-report';
import type { HistoryRow } from '../../../tools/data/import/sources';

const report2018: ParsedReport = {
  framework: 'ilacs_2018',
  kind: 'standard',
  fieldworkStart: '2019-03-04',
  fieldworkEnd: '2019-03-15',
  fieldworkWords: '4 March 2019 to 15 March 2019',
  published: null,
  publishedWords: null,
  judgements: { overall: 'good', leaders: 'good', help_protection: 'requires_improvement', in_care: 'good' },
  evidence: { help_protection: 'help and protection: Requires improvement to be good', in_care: 'in care and care leavers: Good' },
  notes: [],
};

function row(overrides: Partial<HistoryRow>): HistoryRow {
  return {
    urn: '80475',
    local_authority: 'x',
    inspection_link: 'https://files.ofsted.gov.uk/v1/file/1',
    publication_date: '29/04/19',
    inspection_framework: 'standard',
    inspection_start_date: '04/03/2019',
    inspection_end_date: '15/03/2019',
    overall_effectiveness_grade: 'good',
    impact_of_leaders_grade: 'good',
    help_and_protection_grade: 'requires improvement',
    in_care_grade: 'good',
    care_leavers_grade: 'inspection_pre_dates_judgement',
    ...overrides,
  };
}

describe('cross-check against the third-party scrape', () => {
  it('agrees when the scrape matches, including its "no such judgement" marker', () => {
    expect(crossCheck('f.pdf', report2018, '2019-04-29', 'listing', '2019-04-29', row({}))).toEqual([]);
  });

  it('lists each disagreement with the report words that settle it', () => {
    const found = crossCheck(
      'f.pdf',
      report2018,
      '2019-04-29',
      'listing',
      '2019-04-29',
      row({ in_care_grade: 'requires improvement', care_leavers_grade: 'good', help_and_protection_grade: 'to requires improvement' }),
    );
    expect(found.map((d) => d.field)).toEqual(['help_protection', 'in_care', 'care_leavers']);
    expect(found[1]).toMatchObject({ ours: 'good', theirs: 'ilacs-history requires improvement', words: 'in care and care leavers: Good' });
  });

  it('ignores cells the scrape could not read', () => {
    expect(
      crossCheck(
        'f.pdf',
        report2018,
        '2019-04-29',
        'listing',
        '2019-04-29',
        row({ overall_effectiveness_grade: 'data_unreadable', inspection_start_date: '' }),
      ),
    ).toEqual([]);
  });
});
