import { describe, expect, it } from 'vitest';
import { readReport } from '../../../tools/data/import/read-report';
import { Inspection } from '../../../lib/data/schema';
import { reportRecord } from '../../../tools/data/import/inspections';
import * as layouts from './layouts';

async function parsed(pdf: Uint8Array) {
  const outcome = await readReport(pdf);
  if (outcome.status !== 'parsed') throw new Error(`expected a parsed report, got ${JSON.stringify(outcome)}`);
  return outcome.report;
}

describe('report parsers, one per framework layout', () => {
  it.each([
    {
      name: 'ILACS 2018 (combined in-care row, wrapped grades)',
      pdf: layouts.ilacs2018,
      framework: 'ilacs_2018',
      kind: 'standard',
      start: '2019-03-04',
      end: '2019-03-15',
      published: null,
      judgements: { leaders: 'outstanding', help_protection: 'requires_improvement', in_care: 'good', overall: 'good' },
    },
    {
      name: 'ILACS 2023 (care leavers split out, one week)',
      pdf: layouts.ilacs2023,
      framework: 'ilacs_2023',
      kind: 'short',
      start: '2023-02-06',
      end: '2023-02-10',
      published: null,
      judgements: {
        leaders: 'inadequate',
        help_protection: 'requires_improvement',
        in_care: 'inadequate',
        care_leavers: 'good',
        overall: 'inadequate',
      },
    },
    {
      name: 'ILACS April 2026 (no overall judgement, fieldwork across a month end)',
      pdf: layouts.ilacs2026,
      framework: 'ilacs_2026',
      kind: 'standard',
      start: '2026-04-27',
      end: '2026-05-08',
      published: null,
      judgements: { leaders: 'good', help_protection: 'good', in_care: 'outstanding', care_leavers: 'requires_improvement' },
    },
    {
      name: 'SIF 2014 (two-column table, grades wrapped around labels, LSCB on page 1)',
      pdf: layouts.sif2014,
      framework: 'sif',
      kind: null,
      start: '2014-04-29',
      end: '2014-05-22',
      published: '2014-07-07',
      judgements: {
        overall: 'requires_improvement',
        help_protection: 'requires_improvement',
        in_care: 'good',
        adoption: 'outstanding',
        care_leavers: 'requires_improvement',
        leaders: 'requires_improvement',
        lscb: 'inadequate',
      },
    },
    {
      name: 'SIF 2016 (not judged, LSCB section found through the contents page)',
      pdf: layouts.sif2016,
      framework: 'sif',
      kind: null,
      start: '2015-09-14',
      end: '2015-10-08',
      published: '2015-11-27',
      judgements: {
        overall: 'good',
        help_protection: 'requires_improvement',
        in_care: 'good',
        adoption: 'not_judged',
        care_leavers: 'good',
        leaders: 'good',
        lscb: 'outstanding',
      },
    },
    {
      name: 'ILACS in two visits (fieldwork ends with the last visit; the first visit decides short)',
      pdf: layouts.ilacsSplitVisits,
      framework: 'ilacs_2023',
      kind: 'short',
      start: '2022-12-05',
      end: '2023-02-15',
      published: null,
      judgements: {
        leaders: 'inadequate',
        help_protection: 'requires_improvement',
        in_care: 'inadequate',
        care_leavers: 'good',
        overall: 'inadequate',
      },
    },
    {
      name: 'SIF 2015 with a separately published LSCB review bound after it',
      pdf: layouts.sifWithBoundLscbReview,
      framework: 'sif',
      kind: null,
      start: '2014-11-18',
      end: '2014-12-10',
      published: '2015-02-03',
      judgements: {
        overall: 'good',
        help_protection: 'good',
        in_care: 'good',
        adoption: 'good',
        care_leavers: 'good',
        leaders: 'good',
        lscb: 'requires_improvement',
      },
    },
    {
      name: 'Looked after children services 2013 (grades on page 4)',
      pdf: layouts.lookedAfter2013,
      framework: 'looked_after_2012',
      kind: null,
      start: '2013-07-08',
      end: '2013-07-12',
      published: '2013-08-16',
      judgements: { overall: 'adequate', capacity_to_improve: 'good' },
    },
  ])('$name', async ({ pdf, framework, kind, start, end, published, judgements }) => {
    const report = await parsed(pdf());
    expect(report.framework).toBe(framework);
    expect(report.kind).toBe(kind);
    expect(report.fieldworkStart).toBe(start);
    expect(report.fieldworkEnd).toBe(end);
    expect(report.published).toBe(published);
    expect(report.judgements).toEqual(judgements);
  });

  it('reads only the pages it needs (the SIF LSCB section through the contents page)', async () => {
    const outcome = await readReport(layouts.sif2016());
    expect(outcome.pagesRead).toBeLessThan(outcome.pageCount);
  });

  it('gives a record that validates, dated by the printed publication date rather than the listing', async () => {
    const report = await parsed(layouts.sif2016());
    const record = reportRecord(
      {
        urn: '80475',
        local_authority: 'borsetshire',
        published: '2015-11-30',
        url: 'https://files.ofsted.gov.uk/v1/file/1',
        file: '80475/2015-11-30.pdf',
      },
      report,
      'borsetshire',
    );
    expect(Inspection.safeParse(record).success).toBe(true);
    expect(record.id).toBe('borsetshire-2015-11-27');
    expect(record.source).toEqual({ kind: 'report' });
  });

  it('fails naming what is missing when a judgement row is absent', async () => {
    const outcome = await readReport(layouts.ilacsMissingRow());
    expect(outcome.status).toBe('failed');
    if (outcome.status === 'failed') expect(outcome.missing.join('; ')).toContain('help_protection');
  });

  it('recognises a saved web page as not a report', async () => {
    const outcome = await readReport(layouts.reportNotFoundPage());
    expect(outcome.status).toBe('not-a-report');
    if (outcome.status === 'not-a-report') expect(outcome.reason).toContain('Report not found');
  });
});
