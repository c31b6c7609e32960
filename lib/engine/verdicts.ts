/**
 * Verdicts: each claim against its authority's record as of the article's date (or the
 * inspection its words point to). Unverified records never make a claim wrong or
 * superseded; an article newer than the data is never called wrong for it.
 */
import type { Authority, Inspection } from '../data/schema';
import type { RawClaim } from './claims';
import { confusionReason } from './confusable';
import type { EngineIndex } from './engine-index';
import { gradeLabel, judgementLabel, longDate, monthYear } from './explain';
import { hintEnd, hinted, inForce, isVerified, recordValue } from './records';
import type { Claim, InspectionRef } from './types';

/** What `judge` adds to a raw claim. */
export type Judged = Pick<Claim, 'verdict' | 'inspection' | 'supersededBy' | 'suggestion' | 'explanation'>;

/** The date verdicts are judged as of, and whether it was inferred. */
export interface AsOf {
  date: string | null;
  inferred: boolean;
}

function ref(i: Inspection): InspectionRef {
  return { id: i.id, published: i.published, url: i.url };
}

function shortName(index: EngineIndex, id: string): string {
  return index.authorities.get(id)?.shortName ?? index.councilsNotInspected.get(id)?.shortName ?? id;
}

/**
 * The inspection a claim is checked against at `date`: the one its time hints point
 * to; else, when they name a time no inspection fits ("in 2005"), the one in force
 * then (none before the record starts); else the one in force at `date`.
 */
export function targetInspection(index: EngineIndex, authority: string, claim: Pick<RawClaim, 'hints'>, date: string): Inspection | null {
  const list = index.inspections.get(authority) ?? [];
  const year = Number(date.slice(0, 4));
  const named = hinted(list, claim.hints, date, year);
  if (named) return named;
  const end = hintEnd(claim.hints, date);
  const current = inForce(list, end !== null && end < date ? end : date);
  // "previously rated", "the previous inspection": the one before the one in force (unless a date names it).
  if (current && claim.hints.some((h) => h.previous)) {
    return inForce(list.filter((i) => i.published < current.published), current.published);
  }
  return current;
}

/** Does the authority's record at `date` agree with the claim? */
export function agrees(index: EngineIndex, authority: string, claim: RawClaim, date: string): Inspection | null {
  const target = targetInspection(index, authority, claim, date);
  return target && recordValue(target, claim.judgement) === claim.grade ? target : null;
}

function unverifiedNote(list: readonly Inspection[], after: string): string {
  const newer = list.filter((i) => !isVerified(i) && i.published > after);
  return newer.map((i) => ` A newer report (${longDate(i.published)}) exists; its grades are not verified here.`).join('');
}

function successorNote(index: EngineIndex, a: Authority): string {
  if (!a.abolished || a.successors.length === 0) return '';
  const names = a.successors.map((s) => shortName(index, s)).join(' and ');
  return ` ${a.shortName} was abolished in ${a.abolished.slice(0, 4)}; its children's services passed to ${names}.`;
}

/** For a disagreeing claim: the confusable authority whose record fits it, if any. */
export function confusedWith(index: EngineIndex, claim: RawClaim, date: string): { id: string; inspection: Inspection } | null {
  for (const other of index.confusables.get(claim.authority) ?? []) {
    const fit = agrees(index, other, claim, date);
    if (fit) return { id: other, inspection: fit };
  }
  return null;
}

function wrongAuthority(index: EngineIndex, claim: RawClaim, other: { id: string; inspection: Inspection }): Judged {
  const named = shortName(index, claim.authority);
  const right = shortName(index, other.id);
  const when = monthYear(other.inspection.published);
  return {
    verdict: 'wrong_authority',
    inspection: ref(other.inspection),
    supersededBy: null,
    suggestion: {
      authority: other.id,
      reason: `${confusionReason(named, right)} ${right}'s report of ${longDate(other.inspection.published)} rated ${judgementLabel(claim.judgement)} ${gradeLabel(claim.grade)}.`,
    },
    explanation: `This grade belongs to ${right}'s ${when} report, not ${named}'s.`,
  };
}

/**
 * The verdict on one claim. `preferConfusable` is set when the article's claims about
 * this authority fit a confusable authority's record better than its own; `together`
 * when the claims of its sentence are, all of them, a confusable authority's inspection.
 */
export function judge(
  index: EngineIndex,
  claim: RawClaim,
  asOf: AsOf,
  preferConfusable: string | null = null,
  together: { id: string; inspection: Inspection } | null = null,
): Judged {
  const none = { inspection: null, supersededBy: null, suggestion: null };
  if (claim.notInspected) {
    const c = index.councilsNotInspected.get(claim.authority);
    const explanation = c
      ? `Ofsted does not inspect ${c.name}'s children's services; ${c.inspectorate} does.`
      : "Ofsted does not inspect this council's children's services.";
    return { ...none, verdict: 'not_inspected_by_ofsted', explanation };
  }
  const a = index.authorities.get(claim.authority);
  const name = a?.shortName ?? claim.authority;
  const list = index.inspections.get(claim.authority) ?? [];
  const afterData = asOf.date !== null && asOf.date > index.asOf;
  const date = asOf.date === null || afterData ? index.asOf : asOf.date;

  if (together && !afterData) return wrongAuthority(index, claim, together);
  if (preferConfusable) {
    const fit = agrees(index, preferConfusable, claim, date);
    if (fit) return wrongAuthority(index, claim, { id: preferConfusable, inspection: fit });
  }
  const target = targetInspection(index, claim.authority, claim, date);
  if (!target) {
    const first = list.find(isVerified);
    const why = first
      ? `The dataset holds no inspection of ${name} before ${longDate(first.published)}; nothing to check this against.`
      : `The dataset holds no inspection report for ${name}.`;
    return { ...none, verdict: 'no_record', explanation: `${why}${a ? successorNote(index, a) : ''}` };
  }
  const value = recordValue(target, claim.judgement);
  const claimed = `${judgementLabel(claim.judgement)} ${gradeLabel(claim.grade)}`;
  const note = unverifiedNote(list, target.published);
  if (value === claim.grade) {
    const later = list.filter((i) => i.published > target.published && i.published <= index.asOf && isVerified(i));
    const next = later[0];
    if (next) {
      const nv = recordValue(next, claim.judgement);
      const what =
        nv === undefined
          ? claim.judgement === 'overall' && next.framework === 'ilacs_2026'
            ? 'which gives no overall grade'
            : `which makes no ${judgementLabel(claim.judgement)} judgement`
          : nv === claim.grade
            ? `which gave the same grade (${gradeLabel(nv)})`
            : `(${gradeLabel(nv)})`;
      return {
        verdict: 'superseded',
        inspection: ref(target),
        supersededBy: ref(next),
        suggestion: null,
        explanation: `Right in ${monthYear(target.published)}; superseded by the inspection published ${longDate(next.published)} ${what}.${note}`,
      };
    }
    const lead = afterData
      ? `Agrees with the latest report held (${longDate(target.published)}); the article is newer than the data (up to ${longDate(index.asOf)}).`
      : asOf.date === null || asOf.inferred
        ? `Matches the report published ${longDate(target.published)}. Still the latest.`
        : `Correct when published (${monthYear(asOf.date)}). Still the latest.`;
    return { verdict: 'matches', inspection: ref(target), supersededBy: null, suggestion: null, explanation: `${lead}${note}` };
  }
  if (afterData) {
    return {
      ...none,
      inspection: ref(target),
      verdict: 'no_record',
      explanation: `The article (${longDate(asOf.date as string)}) is newer than the data (up to ${longDate(index.asOf)}); the latest report held (${longDate(target.published)}) does not give ${claimed}.${note}`,
    };
  }
  const other = confusedWith(index, claim, date);
  if (other) return wrongAuthority(index, claim, other);
  // A newer report whose grades are not verified may be the one the article reports: no verdict against it.
  const unverified = list.find((i) => !isVerified(i) && i.published > target.published && i.published <= date);
  if (unverified) {
    return {
      ...none,
      inspection: ref(unverified),
      verdict: 'no_record',
      explanation: `A newer report (${longDate(unverified.published)}) exists; its grades are not verified here, so this claim cannot be checked. The report before it (${longDate(target.published)}) gave ${judgementLabel(claim.judgement)} ${value === undefined ? 'no grade' : gradeLabel(value)}.`,
    };
  }
  let explanation: string;
  if (value === undefined && claim.judgement === 'overall' && target.framework === 'ilacs_2026') {
    explanation = `Inspections from April 2026 give no overall effectiveness grade: ${name}'s report of ${longDate(target.published)} has none.`;
  } else if (value === undefined) {
    explanation = `${name}'s report of ${longDate(target.published)} makes no ${judgementLabel(claim.judgement)} judgement.`;
  } else if (value === 'unknown') {
    return { ...none, inspection: ref(target), verdict: 'no_record', explanation: `${name}'s report of ${longDate(target.published)} is known, but its grades are not recorded here.` };
  } else {
    explanation = `${name}'s report of ${longDate(target.published)} gave ${judgementLabel(claim.judgement)} ${gradeLabel(value)}, not ${gradeLabel(claim.grade)}.`;
  }
  return { verdict: 'contradicts', inspection: ref(target), supersededBy: null, suggestion: null, explanation: `${explanation}${note}` };
}
