/**
 * The source listings under ../shared/ofsted, read and validated: the report
 * index, the third-party scrape used as a cross-check, and the later reports
 * that are not among the PDFs.
 */
import { z } from 'zod';
import { IsoDate } from '../../../lib/data/schema';
import { parseCsvRecords } from './csv';

/** One row of reports/index.csv: one report PDF. */
export const IndexRow = z.object({
  urn: z.string().regex(/^\d{5,8}$/),
  local_authority: z.string().min(1),
  published: IsoDate,
  url: z.url(),
  file: z.string().regex(/^\d+\/\d{4}-\d{2}-\d{2}\.pdf$/),
});
export type IndexRow = z.infer<typeof IndexRow>;

/** One row of ilacs-history.csv (dates dd/mm/yy and dd/mm/yyyy; grades as words or markers). */
export const HistoryRow = z.object({
  urn: z.string(),
  local_authority: z.string(),
  inspection_link: z.string(),
  publication_date: z.string(),
  inspection_framework: z.string(),
  inspection_start_date: z.string(),
  inspection_end_date: z.string(),
  overall_effectiveness_grade: z.string(),
  impact_of_leaders_grade: z.string(),
  help_and_protection_grade: z.string(),
  in_care_grade: z.string(),
  care_leavers_grade: z.string(),
});
export type HistoryRow = z.infer<typeof HistoryRow>;

/** One row of later-reports.csv. */
export const LaterRow = z.object({
  urn: z.string().regex(/^\d{5,8}$/),
  local_authority: z.string(),
  published: IsoDate,
  inspection_start: IsoDate,
  url: z.url(),
  overall: z.string(),
  leaders: z.string(),
  help_protection: z.string(),
  in_care: z.string(),
  care_leavers: z.string(),
  grades_source: z.string(),
});
export type LaterRow = z.infer<typeof LaterRow>;

/** Parses a CSV listing with `schema`, failing with the file name, row number and field. */
export function readListing<S extends z.ZodType>(text: string, file: string, schema: S): z.output<S>[] {
  return parseCsvRecords(text).map((record, i) => {
    const parsed = schema.safeParse(record);
    if (!parsed.success) {
      throw new Error(`${file} row ${i + 2}: ${z.prettifyError(parsed.error)}`);
    }
    return parsed.data;
  });
}
