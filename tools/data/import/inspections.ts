/**
 * Turning what the parsers read into the dataset's Inspection records, and
 * writing them so that a re-import is byte-identical: sorted by authority then
 * publication date, keys in a fixed order, two-space JSON, trailing newline.
 */
import { FRAMEWORKS, Inspection, type Judgement, type JudgementValue } from '../../../lib/data/schema';
import type { ParsedReport } from './parse-report';
import type { IndexRow, LaterRow } from './sources';
import { readGrade } from './grades';

/** The record for a report read from its PDF. The printed publication date wins over the listing's. */
export function reportRecord(row: IndexRow, parsed: ParsedReport, authority: string): Inspection {
  const published = parsed.published ?? row.published;
  return orderedInspection({
    id: `${authority}-${published}`,
    authority,
    framework: parsed.framework,
    kind: parsed.kind,
    fieldworkStart: parsed.fieldworkStart,
    fieldworkEnd: parsed.fieldworkEnd,
    published,
    judgements: parsed.judgements,
    url: row.url,
    source: { kind: 'report' },
  });
}

/** The note every later-reports.csv record carries. */
export function unverifiedNote(row: LaterRow, anyGrade: boolean): string {
  return anyGrade
    ? `Not among the report PDFs. Grades from a ${row.grades_source.replace(/^third-party /, 'third-party ')}: unverified.`
    : `Not among the report PDFs; its grades are unknown (${row.grades_source}).`;
}

/**
 * A record for a report known only from later-reports.csv. Its fieldwork
 * started in 2026 under the April 2026 framework; the end of fieldwork is not
 * known, so neither is standard or short.
 */
export function laterRecord(row: LaterRow, authority: string): Inspection {
  const judgements: Partial<Record<Judgement, JudgementValue>> = {};
  let anyGrade = false;
  for (const j of FRAMEWORKS.ilacs_2026) {
    const cell = row[j as 'leaders' | 'help_protection' | 'in_care' | 'care_leavers'];
    const grade = cell.trim() === '' ? null : readGrade(cell);
    if (cell.trim() !== '' && grade === null) throw new Error(`later-reports.csv: "${cell}" is not a grade (${row.url}, ${j})`);
    judgements[j] = grade ?? 'unknown';
    anyGrade ||= grade !== null;
  }
  if (row.overall.trim() !== '') {
    throw new Error(`later-reports.csv: an overall grade for ${row.url}, but the April 2026 framework has none`);
  }
  return orderedInspection({
    id: `${authority}-${row.published}`,
    authority,
    framework: 'ilacs_2026',
    kind: null,
    fieldworkStart: row.inspection_start,
    fieldworkEnd: null,
    published: row.published,
    judgements,
    url: row.url,
    source: { kind: 'unverified', note: unverifiedNote(row, anyGrade) },
  });
}

/** Validates a record and rebuilds it with keys in the dataset's order. */
export function orderedInspection(input: Inspection): Inspection {
  const r = Inspection.parse(input);
  const judgements: Partial<Record<Judgement, JudgementValue>> = {};
  for (const j of FRAMEWORKS[r.framework]) {
    const value = r.judgements[j];
    if (value !== undefined) judgements[j] = value;
  }
  return {
    id: r.id,
    authority: r.authority,
    framework: r.framework,
    kind: r.kind,
    fieldworkStart: r.fieldworkStart,
    fieldworkEnd: r.fieldworkEnd,
    published: r.published,
    judgements,
    url: r.url,
    source: r.source,
  };
}

/** The dataset's canonical order: authority id, then publication date, then address. */
export function compareRecords(a: Inspection, b: Inspection): number {
  if (a.authority !== b.authority) return a.authority < b.authority ? -1 : 1;
  if (a.published !== b.published) return a.published < b.published ? -1 : 1;
  return a.url < b.url ? -1 : a.url > b.url ? 1 : 0;
}

/** The text of seeds/inspections.json. */
export function serializeInspections(records: readonly Inspection[], comment: string): string {
  const sorted = [...records].map(orderedInspection).sort(compareRecords);
  return `${JSON.stringify({ $comment: comment, inspections: sorted }, null, 2)}\n`;
}
