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
import { fitsHint, hintEnd, hinted, inForce, isVerified, recordValue } from './records';
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
    return inForce(
      list.filter((i) => i.published < current.published),
      current.published,
    );
  }
  return current;
}

/** Does the authority's record at `date` agree with the claim? */
export function agrees(index: EngineIndex, authority: string, claim: RawClaim, date: string): Inspection | null {
  const target = targetInspection(index, authority, claim, date);
  return target && recordValue(target, claim.judgement) === claim.grade ? target : null;
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

/** The date verdicts are judged as of, and how firmly it is known. */
function knownDate(asOf: AsOf): string | null {
  return asOf.date !== null && !asOf.inferred ? asOf.date : null;
}

/** Inspections of the frameworks before the single inspection framework (2009-2013). */
const OLD_FRAMEWORKS: ReadonlySet<string> = new Set(['child_protection_2012', 'looked_after_2012', 'safeguarding_lac_2009']);
const isOld = (i: Inspection): boolean => OLD_FRAMEWORKS.has(i.framework);
/** The first single-inspection-framework reports were published in early 2014. */
const FIRST_MODERN_YEAR = 2014;

/**
 * Is the claim about a framework older than the single inspection framework? Its words
 * name one, its grade exists only there (adequate), or the time it names (or, with none,
 * the article's known date) comes before any modern report could be meant.
 */
export function isOldClaim(
  index: EngineIndex,
  claim: Pick<RawClaim, 'authority' | 'grade' | 'hints' | 'oldFramework'>,
  asOf: AsOf,
): boolean {
  if (claim.oldFramework || claim.grade === 'adequate') return true;
  const years = claim.hints.filter((h) => h.year !== undefined && !h.loose).map((h) => h.year as number);
  if (years.length > 0) {
    if (years.some((y) => y >= FIRST_MODERN_YEAR)) return false;
    // "Inspected in (November) 2013": a modern report whose fieldwork fits is meant; otherwise an older one.
    const list = index.inspections.get(claim.authority) ?? [];
    return !list.some((i) => !isOld(i) && claim.hints.every((h) => h.loose || fitsHint(i, h, null)));
  }
  const date = knownDate(asOf);
  return date !== null && date < '2013-11-01' && !claim.hints.some((h) => h.previous);
}

/** A plain sentence on what the record held for the judgement at a report. */
function gave(name: string, i: Inspection, judgement: RawClaim['judgement']): string {
  const v = recordValue(i, judgement);
  return v === undefined
    ? `${name}'s report of ${longDate(i.published)} makes no ${judgementLabel(judgement)} judgement`
    : `${name}'s report of ${longDate(i.published)} gave ${judgementLabel(judgement)} ${gradeLabel(v)}`;
}

/** The claim agrees with `target`: matches when nothing has replaced it since, else superseded. */
function agreed(index: EngineIndex, claim: RawClaim, list: readonly Inspection[], target: Inspection, asOf: AsOf): Judged {
  const later = list.filter((i) => i.published > target.published);
  const next = later[0];
  if (next) {
    const nv = isVerified(next) ? recordValue(next, claim.judgement) : undefined;
    const what = !isVerified(next)
      ? 'whose grades are not verified here'
      : nv === undefined
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
      explanation: `Right in ${monthYear(target.published)}; superseded by the inspection published ${longDate(next.published)} ${what}.`,
    };
  }
  const date = knownDate(asOf);
  const lead =
    date === null
      ? `Matches the report published ${longDate(target.published)}${asOf.inferred ? ' (the article’s date is inferred)' : ''}. Still the latest.`
      : `Correct when published (${monthYear(date)}). Still the latest.`;
  return { verdict: 'matches', inspection: ref(target), supersededBy: null, suggestion: null, explanation: lead };
}

/** Neutral: the record is known, but not firmly enough which report the claim means. */
function unclear(target: Inspection | null, explanation: string): Judged {
  return { verdict: 'unclear', inspection: target ? ref(target) : null, supersededBy: null, suggestion: null, explanation };
}

/**
 * The verdict on one claim. `preferConfusable` is set when the article's claims about
 * this authority fit a confusable authority's record better than its own; `together`
 * when the claims of its sentence are, all of them, a confusable authority's inspection.
 * A claim is only ever red (contradicts, wrong authority) when its authority is named
 * in its own sentence, its judgement is the only reading, and its time is known: from
 * the article's own date or a time the claim names.
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
  const all = index.inspections.get(claim.authority) ?? [];
  const verified = all.filter(isVerified);
  const date = knownDate(asOf);
  const afterData = date !== null && date > index.asOf;
  const until = date === null || afterData ? index.asOf : date;
  const year = Number(until.slice(0, 4));
  const noRecord = (why: string, target: Inspection | null = null): Judged => ({
    ...none,
    inspection: target ? ref(target) : null,
    verdict: 'no_record',
    explanation: `${why}${a ? successorNote(index, a) : ''}`,
  });
  const firstHeld = verified[0];
  const beforeRecord = firstHeld
    ? `The dataset holds no inspection of ${name} before ${longDate(firstHeld.published)}; nothing to check this against.`
    : `The dataset holds no inspection report for ${name}.`;

  // Grades from the frameworks before 2014: checked only against a report of that framework held for that time.
  if (isOldClaim(index, claim, asOf)) {
    // Only an inspection of the kind the claim is about: child protection, or looked-after children.
    const kinds =
      claim.topic === 'help_protection'
        ? ['child_protection_2012']
        : claim.topic === 'in_care' || claim.judgement === 'in_care'
          ? ['looked_after_2012', 'safeguarding_lac_2009']
          : null;
    const old = verified.filter((i) => isOld(i) && (kinds === null || kinds.includes(i.framework)));
    const yearNamed = claim.hints.some((h) => h.year !== undefined && !h.loose);
    // With no time named, the report in force at the article's known date; with no date either, only a report that gave this grade.
    const named =
      hinted(old, claim.hints, until, year) ??
      (yearNamed
        ? null
        : date !== null
          ? inForce(old, until)
          : (old.filter((i) => recordValue(i, 'overall') === claim.grade).at(-1) ?? null));
    const value = named ? recordValue(named, claim.judgement === 'other' ? 'overall' : claim.judgement) : undefined;
    if (named && value === claim.grade) return agreed(index, claim, all, named, asOf);
    if (named)
      return unclear(
        named,
        `${gave(name, named, claim.judgement === 'other' ? 'overall' : claim.judgement)}; the article may mean another inspection of that time, so this is not checked.`,
      );
    return noRecord(`This grade comes from an inspection framework before 2014. ${beforeRecord}`);
  }

  const untilMonth = Number(until.slice(5, 7));
  // "In January" with the article's date known: the last January on or before it.
  const hints = claim.hints
    .filter((h) => !h.loose)
    .map((h) =>
      h.month !== undefined && h.year === undefined && date !== null ? { ...h, year: h.month <= untilMonth ? year : year - 1 } : h,
    );
  const timed = hints.filter((h) => h.year !== undefined || h.month !== undefined || h.yearsAgo !== undefined);
  const modern = verified.filter((i) => !isOld(i));

  // "Graded inadequate since 2010": every report from then to the article's date must agree.
  if (claim.since !== undefined && date !== null) {
    const span = modern.filter((i) => i.published.slice(0, 4) >= String(claim.since) && i.published <= until);
    const off = span.find((i) => recordValue(i, claim.judgement) !== claim.grade && recordValue(i, claim.judgement) !== undefined);
    if (off && claim.firmAuthority && claim.alternatives.length === 0) {
      return {
        ...none,
        inspection: ref(off),
        verdict: 'contradicts',
        explanation: `The article says ${judgementLabel(claim.judgement)} was ${gradeLabel(claim.grade)} from ${claim.since}, but ${gave(name, off, claim.judgement)}.`,
      };
    }
  }

  // Which reports the claim can mean, and whether that is known firmly.
  let candidates: Inspection[];
  let firmTime: boolean;
  // "Last year" counts back from the article's date, even an inferred one (then the time is not firm).
  const articleYear = asOf.date === null ? null : Number(asOf.date.slice(0, 4));
  const named = timed.length > 0 ? modern.filter((i) => i.published <= until && timed.every((h) => fitsHint(i, h, articleYear))) : [];
  if (named.length > 0) {
    // A time the article names picks the reports whose fieldwork or publication falls then.
    candidates = named;
    // A month with no year ("in November") is only firm when the article's own date says which November.
    firmTime = date !== null || timed.every((h) => h.year !== undefined && h.yearsAgo === undefined);
  } else if (hints.some((h) => h.previous)) {
    // The one before the report in force at the article's date (an inferred one too: then the time is not firm).
    const current = inForce(modern, asOf.date !== null && asOf.date < until ? asOf.date : until);
    const before = current
      ? inForce(
          modern.filter((i) => i.published < current.published),
          current.published,
        )
      : null;
    candidates = before ? [before] : [];
    // "Previously rated X in January 2019" where no report fits that time: which one is meant is unclear.
    firmTime = date !== null && timed.length === 0;
  } else if (timed.length > 0) {
    // A named time no report fits: the report in force then, if the record reaches back so far.
    // Counted from the article's date, or an inferred one ("towards the end of last year").
    const base = asOf.date !== null && asOf.date < until ? asOf.date : until;
    const end = hintEnd(hints, base);
    const current = inForce(modern, end !== null && end < base ? end : base);
    if (!current) return noRecord(beforeRecord);
    candidates = [current];
    // No report of that time: the article may be wrong about the date or about the grade; say what was in force.
    firmTime = false;
  } else if (date !== null) {
    const current = inForce(modern, until);
    candidates = current ? [current] : [];
    firmTime = true;
  } else {
    // No date at all: any report the authority has had may be the one meant.
    candidates = modern.filter((i) => i.published <= until);
    firmTime = false;
  }
  if (candidates.length === 0) return noRecord(beforeRecord);

  // The article is newer than the data: agreement with an older report proves nothing either way.
  if (afterData && named.length === 0) {
    const latest = candidates[candidates.length - 1] as Inspection;
    const reported = hints.some((h) => h.published && h.year !== undefined);
    return noRecord(
      reported
        ? `This report is newer than our data (up to ${longDate(index.asOf)}). ${gave(name, latest, claim.judgement)}.`
        : `The article (${longDate(date)}) is newer than our data (up to ${longDate(index.asOf)}); a newer report may exist. ${gave(name, latest, claim.judgement)}.`,
      latest,
    );
  }

  const agreeing = candidates.filter((i) => recordValue(i, claim.judgement) === claim.grade);
  if (agreeing.length > 0 && !together) {
    // Of several reports that gave the grade, the one nearest the (possibly inferred) article date.
    const near = asOf.date ?? until;
    const pick = agreeing.filter((i) => i.published <= near).at(-1) ?? (agreeing[0] as Inspection);
    return agreed(index, claim, all, pick, asOf);
  }
  const target = candidates[candidates.length - 1] as Inspection;
  const value = recordValue(target, claim.judgement);
  // A newer report whose grades are not verified may be the one the article reports: no verdict against it.
  const unverified = all.find((i) => !isVerified(i) && i.published > target.published && i.published <= until);
  if (unverified) {
    return noRecord(
      `A newer report (${longDate(unverified.published)}) exists; its grades are not verified here, so this claim cannot be checked. ${gave(name, target, claim.judgement)}.`,
      unverified,
    );
  }
  if (value === 'unknown')
    return noRecord(`${name}'s report of ${longDate(target.published)} is known, but its grades are not recorded here.`, target);
  const alternative = claim.alternatives.find((j) => recordValue(target, j) === claim.grade);
  // A confusable authority's report of exactly the time named is firm evidence of when, too.
  const firm =
    claim.firmAuthority && (firmTime || (together !== null && timed.length > 0)) && !claim.furniture && alternative === undefined;
  if (!firm) {
    const why = alternative
      ? `The sentence can also be read as ${judgementLabel(alternative)}, which the report rated ${gradeLabel(claim.grade)}; it is unclear which the article means.`
      : !claim.firmAuthority
        ? 'The sentence does not name the authority itself, so this is not checked.'
        : date === null
          ? 'The article’s date is not known, so it is unclear which report it means.'
          : 'No report of this authority falls in the time the article names, so it is unclear which report it means.';
    const held =
      candidates.length > 1 ? ` No report of ${name} held here gave ${judgementLabel(claim.judgement)} ${gradeLabel(claim.grade)}.` : '';
    return unclear(target, `${gave(name, target, claim.judgement)}.${held} ${why}`);
  }
  if (together) return wrongAuthority(index, claim, together);
  if (preferConfusable) {
    const fit = agrees(index, preferConfusable, claim, until);
    if (fit) return wrongAuthority(index, claim, { id: preferConfusable, inspection: fit });
  }
  const other = confusedWith(index, claim, until);
  if (other) return wrongAuthority(index, claim, other);
  let explanation: string;
  if (value === undefined && claim.judgement === 'overall' && target.framework === 'ilacs_2026') {
    explanation = `Inspections from April 2026 give no overall effectiveness grade: ${name}'s report of ${longDate(target.published)} has none.`;
  } else if (value === undefined) {
    explanation = `${name}'s report of ${longDate(target.published)} makes no ${judgementLabel(claim.judgement)} judgement.`;
  } else {
    explanation = `${name}'s report of ${longDate(target.published)} gave ${judgementLabel(claim.judgement)} ${gradeLabel(value)}, not ${gradeLabel(claim.grade)}.`;
  }
  return { verdict: 'contradicts', inspection: ref(target), supersededBy: null, suggestion: null, explanation };
}
