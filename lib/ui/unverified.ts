/**
 * The history's one plain sentence for a record not read from its report
 * (later-reports.csv): the reader must never take its grades as Ofsted's checked words.
 */
import type { Inspection } from '../data/schema';

/** Null for records read from a report or cited; otherwise the sentence to show. */
export function unverifiedSentence(inspection: Pick<Inspection, 'source' | 'judgements'>): string | null {
  if (inspection.source.kind !== 'unverified') return null;
  const anyGrade = Object.values(inspection.judgements).some((v) => v !== 'unknown' && v !== 'not_judged');
  return anyGrade
    ? 'Unverified: we have not read this report, and its grades come from a third-party summary that has not been checked against it.'
    : 'Unverified: we have not read this report, so its grades are not known.';
}
