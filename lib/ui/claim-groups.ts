/**
 * The popup's "On this page" in the order a reader needs: a one-line summary, then
 * the claims needing attention first, a claim repeated about one authority with one
 * judgement, grade and verdict shown once with its count.
 */
import type { Claim } from '../engine/types';
import type { InspectionSummary } from '../messaging';
import { compareVerdicts, needsAttention } from './verdicts';
import { isStillTheSame } from './explanation';

/** One claim as the page's findings hold it. */
export interface ReportedClaim {
  claim: Claim;
  sentence: string;
}

/** Claims that say the same thing about the same authority and got the same verdict. */
export interface ClaimGroup {
  key: string;
  /** The first of them on the page. */
  first: ReportedClaim;
  /** Their positions in the page's findings (what "show on page" asks the page for). */
  indexes: number[];
}

export function groupClaims(claims: readonly ReportedClaim[]): ClaimGroup[] {
  const groups = new Map<string, ClaimGroup>();
  claims.forEach((item, index) => {
    const { claim } = item;
    const key = `${claim.authority}|${claim.judgement}|${claim.grade}|${claim.verdict}`;
    const group = groups.get(key);
    if (group) group.indexes.push(index);
    else groups.set(key, { key, first: item, indexes: [index] });
  });
  // Attention first, then the other verdicts by strength; page order within a verdict.
  return [...groups.values()].sort(
    (a, b) => compareVerdicts(a.first.claim.verdict, b.first.claim.verdict) || a.indexes[0]! - b.indexes[0]!,
  );
}

/** "10 claims: 3 need attention, 5 right, 2 superseded" (and how many could not be checked). */
export function summaryLine(claims: readonly ReportedClaim[], inspections: Readonly<Record<string, InspectionSummary>> = {}): string {
  const n = claims.length;
  let attention = 0;
  let right = 0;
  let superseded = 0;
  for (const { claim } of claims) {
    if (needsAttention(claim.verdict)) attention++;
    // A claim whose later report gave the same grade is still right.
    else if (claim.verdict === 'matches' || isStillTheSame(claim, inspections)) right++;
    else if (claim.verdict === 'superseded') superseded++;
  }
  const unchecked = n - attention - right - superseded;
  const parts = [`${attention} need${attention === 1 ? 's' : ''} attention`, `${right} right`, `${superseded} superseded`];
  if (unchecked > 0) parts.push(`${unchecked} could not be checked`);
  return `${n} claim${n === 1 ? '' : 's'}: ${parts.join(', ')}`;
}

/**
 * A quote of at most `max` characters around the claim's words, cut at word
 * boundaries with an ellipsis where it was cut.
 */
export function shortQuote(sentence: string, claimText: string, max = 200): string {
  const text = sentence.replace(/\s+/g, ' ').trim() || claimText;
  if (text.length <= max) return text;
  const at = Math.max(0, text.indexOf(claimText));
  let from = Math.max(0, Math.min(at - Math.floor((max - claimText.length) / 2), text.length - max));
  let to = Math.min(text.length, from + max);
  if (from > 0) {
    const space = text.indexOf(' ', from);
    from = space === -1 || space >= at ? from : space + 1;
  }
  if (to < text.length) {
    const space = text.lastIndexOf(' ', to);
    to = space > at + claimText.length ? space : to;
  }
  const body = text.slice(from, to).replace(/^…/, '').replace(/…$/, '').trim();
  return `${from > 0 ? '…' : ''}${body}${to < text.length ? '…' : ''}`;
}
