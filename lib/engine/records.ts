/**
 * Reading an authority's record: which inspection was in force on a date, what a
 * claim's judgement maps to under each framework, and which inspection a claim's
 * time hints point at.
 */
import type { Inspection, JudgementValue } from '../data/schema';
import type { TimeHint } from './hints';
import type { ClaimJudgement } from './types';

/** A record whose grades were read from a report or established by a cited document. */
export function isVerified(i: Inspection): boolean {
  return i.source.kind !== 'unverified';
}

/** The latest verified inspection published on or before `date`. */
export function inForce(list: readonly Inspection[], date: string): Inspection | null {
  let found: Inspection | null = null;
  for (const i of list) if (i.published <= date && isVerified(i)) found = i;
  return found;
}

/**
 * The record's value for a claimed judgement, following each framework's layout:
 * the 2018 framework's single "children in care and care leavers" judgement answers
 * a care-leavers claim; the 2012-13 single-topic inspections answer with their overall
 * judgement. Undefined when the framework makes no such judgement.
 */
export function recordValue(i: Inspection, judgement: ClaimJudgement): JudgementValue | undefined {
  const j = i.judgements;
  if (judgement === 'other') return j.overall;
  const direct = j[judgement];
  if (direct !== undefined) return direct;
  if (judgement === 'care_leavers' && i.framework === 'ilacs_2018') return j.in_care;
  if (i.framework === 'child_protection_2012' && judgement === 'help_protection') return j.overall;
  if ((i.framework === 'looked_after_2012' || i.framework === 'safeguarding_lac_2009') && judgement !== 'overall') return j.overall;
  return undefined;
}

function months(i: Inspection): string[] {
  const out = [i.published.slice(0, 7)];
  if (i.fieldworkStart) out.push(i.fieldworkStart.slice(0, 7));
  if (i.fieldworkEnd) out.push(i.fieldworkEnd.slice(0, 7));
  return out;
}

/** Does the inspection fit one hint? `articleYear` resolves "last year". */
export function fitsHint(i: Inspection, h: TimeHint, articleYear: number | null): boolean {
  const ms = months(i);
  const years = ms.map((m) => Number(m.slice(0, 4)));
  if (h.yearsAgo !== undefined) return articleYear !== null && years.includes(articleYear - h.yearsAgo);
  if (h.previous) return true;
  if (h.day !== undefined && h.month !== undefined) {
    const [y, m, d] = i.published.split('-').map(Number) as [number, number, number];
    const dayFits = m === h.month && Math.abs(d - h.day) <= 3 && (h.year === undefined || y === h.year);
    if (dayFits) return true;
  }
  if (h.month !== undefined) {
    const hits = ms.filter((x) => Number(x.slice(5, 7)) === h.month && (h.year === undefined || Number(x.slice(0, 4)) === h.year));
    return hits.length > 0;
  }
  if (h.year !== undefined) return years.includes(h.year);
  return true;
}

/** Last day of `month` (1-12) in `year`, as an ISO date. */
function monthEnd(year: number, month: number): string {
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(last).padStart(2, '0')}`;
}

/**
 * The last day of the time a claim's hints name ("in 2005" -> 31 December 2005, "in
 * January" -> the last 31 January on or before `date`), or null when they name none.
 * With several, the earliest end: the most specific. "Previously" names no time of its
 * own, "last year" is left out (counted from an inferred article date it is a guess),
 * and so is a loose year ("spent £5m since 2015").
 */
export function hintEnd(hints: readonly TimeHint[], date: string): string | null {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  let end: string | null = null;
  for (const h of hints) {
    let e: string | null = null;
    if (h.yearsAgo !== undefined || h.previous || h.loose) continue;
    if (h.month !== undefined) {
      const y = h.year ?? (h.month <= month ? year : year - 1);
      e =
        h.day !== undefined
          ? `${y}-${String(h.month).padStart(2, '0')}-${String(Math.min(h.day + 3, 31)).padStart(2, '0')}`
          : monthEnd(y, h.month);
      if (h.day !== undefined && e > monthEnd(y, h.month)) e = monthEnd(y, h.month);
    } else if (h.year !== undefined) e = `${h.year}-12-31`;
    if (e !== null && (end === null || e < end)) end = e;
  }
  return end;
}

/**
 * The inspection a claim's hints point to among those published on or before `until`:
 * the latest verified one that fits every hint. Null when there are no hints or none fits.
 */
export function hinted(
  list: readonly Inspection[],
  hints: readonly TimeHint[],
  until: string,
  articleYear: number | null,
): Inspection | null {
  const real = hints.filter((h) => !h.previous);
  if (real.length === 0) return null;
  let found: Inspection | null = null;
  for (const i of list) {
    if (i.published > until || !isVerified(i)) continue;
    if (real.every((h) => fitsHint(i, h, articleYear))) found = i;
  }
  return found;
}
