/**
 * The cross-check against ilacs-history.csv, a third-party scrape of the same
 * reports. The report's own words win; every disagreement is listed with them
 * so that a reader can see why.
 */
import type { Judgement, JudgementValue } from '../../../lib/data/schema';
import type { ParsedReport } from './parse-report';
import type { HistoryRow } from './sources';

/** One field on which the scrape and the report disagree. */
export interface Disagreement {
  readonly file: string;
  readonly field: string;
  /** What the import recorded (from the report). */
  readonly ours: string;
  /** What the other source says, naming it. */
  readonly theirs: string;
  /** The report's own words behind our value. */
  readonly words: string;
}

const GRADE_COLUMNS: readonly [Judgement, keyof HistoryRow][] = [
  ['overall', 'overall_effectiveness_grade'],
  ['leaders', 'impact_of_leaders_grade'],
  ['help_protection', 'help_and_protection_grade'],
  ['in_care', 'in_care_grade'],
  ['care_leavers', 'care_leavers_grade'],
];

/** The scrape's markers that mean "no grade read" rather than a grade. */
const NO_VALUE = new Set(['', 'data_unreadable']);

/** The scrape's grade, 'absent' for its "no such judgement" markers, 'odd' for words that are no grade, null when it read none. */
function scrapeGrade(cell: string): JudgementValue | 'absent' | 'odd' | null {
  const c = cell.trim().toLowerCase();
  if (NO_VALUE.has(c)) return null;
  if (c === 'inspection_pre_dates_judgement' || c === 'not_reported_post_reform') return 'absent';
  if (c === 'requires improvement') return 'requires_improvement';
  if (c === 'good' || c === 'outstanding' || c === 'inadequate') return c;
  return 'odd';
}

/** dd/mm/yy or dd/mm/yyyy to ISO; null for anything else. */
export function scrapeDate(cell: string): string | null {
  const m = /^(\d{2})\/(\d{2})\/(\d{2}|\d{4})$/.exec(cell.trim());
  if (!m) return null;
  const year = m[3]?.length === 2 ? `20${m[3]}` : m[3];
  return `${year}-${m[2]}-${m[1]}`;
}

/** Compares what the report says with the scrape's row for it. */
export function crossCheck(
  file: string,
  parsed: ParsedReport,
  published: string,
  publishedWords: string,
  listed: string,
  row: HistoryRow,
): Disagreement[] {
  const out: Disagreement[] = [];
  const add = (field: string, ours: string, theirs: string, words: string) =>
    out.push({ file, field, ours, theirs: `ilacs-history ${theirs}`, words });

  const theirPublished = scrapeDate(row.publication_date);
  // The listing's date disagreeing with the printed one is reported by the caller, once.
  if (theirPublished !== null && theirPublished !== published && theirPublished !== listed) {
    add('published', published, row.publication_date, publishedWords);
  }
  const start = scrapeDate(row.inspection_start_date);
  const end = scrapeDate(row.inspection_end_date);
  if (start !== null && start !== parsed.fieldworkStart) {
    add('fieldworkStart', parsed.fieldworkStart, row.inspection_start_date, parsed.fieldworkWords);
  }
  if (end !== null && end !== parsed.fieldworkEnd) {
    add('fieldworkEnd', parsed.fieldworkEnd, row.inspection_end_date, parsed.fieldworkWords);
  }
  const kind = row.inspection_framework.trim();
  if (kind !== '' && parsed.kind !== null && kind !== parsed.kind) {
    add('kind', parsed.kind, kind, `fieldwork ${parsed.fieldworkWords}`);
  }
  for (const [judgement, column] of GRADE_COLUMNS) {
    const cell = row[column];
    const theirs = scrapeGrade(cell);
    // The scrape's "no such judgement" markers follow the ILACS columns; they say nothing about SIF.
    if (theirs === null || (theirs === 'absent' && !parsed.framework.startsWith('ilacs'))) continue;
    const ours = parsed.judgements[judgement];
    const agrees = theirs === 'absent' ? ours === undefined : ours === theirs;
    if (!agrees) {
      add(
        judgement,
        ours ?? `(no ${judgement} judgement in ${parsed.framework})`,
        cell,
        parsed.evidence[judgement] ?? `the ${parsed.framework} judgement table has no ${judgement} row`,
      );
    }
  }
  return out;
}
