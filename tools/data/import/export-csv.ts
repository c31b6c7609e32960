/**
 * The CSV export of every inspection: one row per report, ISO dates, grades as
 * Ofsted's words in snake case. A judgement that is `not_judged` or `unknown`,
 * or that the framework does not define, is an empty cell: the column holds
 * grades only, and the dataset (seeds/*.json) keeps the difference between
 * "not judged" and "unknown" for anyone who needs it.
 */
import { JUDGEMENTS, type Authority, type Inspection, type Judgement } from '../../../lib/data/schema';
import { csvLine } from './csv';

/** A column per judgement, in the dataset's order, but capacity to improve (2009-2013 reports only). */
const GRADE_COLUMNS: readonly Judgement[] = JUDGEMENTS.filter((j) => j !== 'capacity_to_improve');

export const EXPORT_HEADER: readonly string[] = [
  'authority',
  'urn',
  'gss',
  'framework',
  'published',
  'start',
  'end',
  ...GRADE_COLUMNS,
  'url',
];

function gradeCell(inspection: Inspection, judgement: Judgement): string {
  const value = inspection.judgements[judgement];
  return value === undefined || value === 'not_judged' || value === 'unknown' ? '' : value;
}

/** The export's text: header, one line per inspection in the given order, CRLF-free, trailing newline. */
export function exportCsv(authorities: readonly Authority[], inspections: readonly Inspection[]): string {
  const byId = new Map(authorities.map((a) => [a.id, a]));
  const lines = [csvLine(EXPORT_HEADER)];
  for (const inspection of inspections) {
    const authority = byId.get(inspection.authority);
    if (!authority) throw new Error(`inspection ${inspection.id}: unknown authority "${inspection.authority}"`);
    lines.push(
      csvLine([
        authority.name,
        authority.urn ?? '',
        authority.gss,
        inspection.framework,
        inspection.published,
        inspection.fieldworkStart ?? '',
        inspection.fieldworkEnd ?? '',
        ...GRADE_COLUMNS.map((j) => gradeCell(inspection, j)),
        inspection.url,
      ]),
    );
  }
  return `${lines.join('\n')}\n`;
}
