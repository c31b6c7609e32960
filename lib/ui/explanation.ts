/**
 * The verdict's plain words as the card and popup show them. The engine's sentence
 * is kept, with two corrections a reader needs (issue 11, point 5): "Still the
 * latest" is never said beside "a newer report exists", and a claim whose later
 * report gave the same grade is "still the same", not "superseded".
 */
import type { InspectionSummary } from '../messaging';
import type { Claim } from '../engine/types';
import { longDate, monthYear } from '../dates';
import { judgementValueWords } from './grades';
import { VERDICT_LABELS } from './verdicts';

type Inspections = Readonly<Record<string, InspectionSummary>>;

/** A claim marked superseded whose later report gave the very grade it claims. */
export function isStillTheSame(claim: Claim, inspections: Inspections): boolean {
  if (claim.verdict !== 'superseded' || !claim.supersededBy) return false;
  const key = claim.judgement === 'other' ? 'overall' : claim.judgement;
  return inspections[claim.supersededBy.id]?.judgements[key] === claim.grade;
}

/** The verdict's short label, as a reader would say it. */
export function verdictLabel(claim: Claim, inspections: Inspections): string {
  return isStillTheSame(claim, inspections) ? 'Right, and still the same' : VERDICT_LABELS[claim.verdict];
}

/** The verdict in plain words. */
export function readerExplanation(claim: Claim, inspections: Inspections): string {
  let text = claim.explanation;
  if (/ A newer report \(/.test(text)) text = text.replace(/ Still the latest\./g, '');
  if (isStillTheSame(claim, inspections) && claim.inspection && claim.supersededBy) {
    // Keep any note after the engine's first sentence (e.g. about a newer unverified report).
    const rest = text.replace(/^[^]*?which gave the same grade \([^)]*\)\./, '');
    text =
      `Right in ${monthYear(claim.inspection.published)}, and still the same: the next report ` +
      `(${longDate(claim.supersededBy.published)}) gave ${judgementValueWords(claim.grade).toLowerCase()} too.${rest === text ? '' : rest}`;
  }
  return text;
}
