import { describe, expect, it } from 'vitest';
import { exportCsv, EXPORT_HEADER } from '../../../tools/data/import/export-csv';
import { parseCsv } from '../../../tools/data/import/csv';
import type { Authority, Inspection } from '../../../lib/data/schema';

const authority: Authority = {
  id: 'bristol',
  name: 'Bristol City Council, "the city"',
  shortName: 'Bristol',
  aliases: [],
  urn: '80441',
  dfeCode: '801',
  gss: 'E06000023',
  type: 'unitary',
  region: 'South West',
  statisticalNeighbours: [],
  ofstedPage: 'https://reports.ofsted.gov.uk/provider/44/80441',
  abolished: null,
  successors: [],
  predecessors: [],
};

const sif: Inspection = {
  id: 'bristol-2014-12-05',
  authority: 'bristol',
  framework: 'sif',
  kind: null,
  fieldworkStart: '2014-09-01',
  fieldworkEnd: '2014-09-24',
  published: '2014-12-05',
  judgements: {
    overall: 'requires_improvement',
    help_protection: 'good',
    in_care: 'requires_improvement',
    adoption: 'not_judged',
    care_leavers: 'good',
    leaders: 'inadequate',
    lscb: 'unknown',
  },
  url: 'https://files.ofsted.gov.uk/v1/file/1',
  source: { kind: 'report' },
};

describe('CSV export', () => {
  it('writes the agreed header, quotes what needs quoting, and leaves not_judged/unknown/undefined cells empty', () => {
    const text = exportCsv([authority], [sif]);
    const [header, row, ...rest] = parseCsv(text);
    expect(header).toEqual([...EXPORT_HEADER]);
    expect(rest).toEqual([]);
    expect(row).toEqual([
      'Bristol City Council, "the city"',
      '80441',
      'E06000023',
      'sif',
      '2014-12-05',
      '2014-09-01',
      '2014-09-24',
      'requires_improvement',
      'inadequate',
      'good',
      'requires_improvement',
      'good',
      '',
      '',
      'https://files.ofsted.gov.uk/v1/file/1',
    ]);
    expect(text).toContain('"Bristol City Council, ""the city"""');
    expect(text.endsWith('\n')).toBe(true);
  });
});
