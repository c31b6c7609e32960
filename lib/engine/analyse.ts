/**
 * The engine's entry point: text in, mentions, claims and verdicts out.
 */
import { OLD_FRAMEWORK, findClaims, type RawClaim } from './claims';

/** Words only the single inspection framework and later use. */
const MODERN_FRAMEWORK =
  /\b(?:requires?\s+improvement|required\s+improvement|single\s+inspection\s+framework|ILACS|inspections?\s+of\s+local\s+authority\s+children['\u2019]s\s+services|impact\s+of\s+leaders|SIF)\b/iu;
import { dateFromText } from './dates';
import { longDate } from './explain';
import type { EngineIndex } from './engine-index';
import { scanMentions } from './mentions';
import type { Inspection } from '../data/schema';
import type { TimeHint } from './hints';
import { fitsHint, hinted, inForce, isVerified, recordValue } from './records';
import type { Analysis, ArticleContext, ArticleDate, Claim, Mention } from './types';
import { agrees, isOldClaim, judge, targetInspection } from './verdicts';

function mentionsIn(text: string, index: EngineIndex, date: string | null): Mention[] {
  return scanMentions(text, index.trie, (id) => index.authorities.get(id), date);
}

/** Does the record in force at `date` (own or a confusable authority's) agree with the claim, and fit its hints? */
function explainScore(index: EngineIndex, claim: RawClaim, date: string): number {
  if (claim.notInspected) return 0;
  let best = 0;
  // A claim that names its own time ("first rated inadequate in March 2020") is about the report
  // of that time, not the one in force when the article was written: it explains every date from
  // that report on alike, and so never pulls the article's date back to it.
  // A time counted from the article's ("this year", "in November") does say when the article was.
  const absolute = !claim.hints.some((h) => h.yearsAgo !== undefined || (h.month !== undefined && h.year === undefined));
  const timed = absolute ? claim.hints.filter((h) => !h.previous && !h.loose && h.year !== undefined) : [];
  for (const id of [claim.authority, ...(index.confusables.get(claim.authority) ?? [])]) {
    const list = index.inspections.get(id) ?? [];
    if (timed.length > 0) {
      const named = list.filter((i) => i.published <= date && timed.every((h) => fitsHint(i, h, null)));
      if (named.some((i) => recordValue(i, claim.judgement) === claim.grade)) best = Math.max(best, id === claim.authority ? 3 : 2.5);
      continue;
    }
    let current = inForce(list, date);
    // "Previously rated inadequate": the report before the one in force then.
    if (current && claim.hints.some((h) => h.previous))
      current = inForce(
        list.filter((i) => i.published < (current as Inspection).published),
        date,
      );
    if (!current) continue;
    let score = recordValue(current, claim.judgement) === claim.grade ? 2 : 0;
    const hints = claim.hints.filter((h) => !h.previous && h.yearsAgo === undefined && !h.loose);
    if (hints.length > 0 && hints.every((h) => fitsHint(current as Inspection, h, null))) score += 1;
    if (id !== claim.authority) score -= 0.5;
    best = Math.max(best, score);
  }
  return best;
}

/**
 * With no date known, the publication date of the inspection that best explains the
 * article's claims together (latest on a tie), or null when none explains any.
 */
export function inferDate(index: EngineIndex, claims: readonly RawClaim[]): string | null {
  /** Candidate date -> whether it is one of the named authorities' own reports. */
  const candidates = new Map<string, boolean>();
  for (const c of claims) {
    if (c.notInspected) continue;
    for (const id of [c.authority, ...(index.confusables.get(c.authority) ?? [])]) {
      for (const i of index.inspections.get(id) ?? []) {
        if (isVerified(i) && i.published <= index.asOf)
          candidates.set(i.published, candidates.get(i.published) === true || id === c.authority);
      }
    }
  }
  const scored = [...candidates].map(([date, own]) => ({
    date,
    own,
    score: claims.reduce((sum, c) => sum + explainScore(index, c, date), 0),
  }));
  scored.sort((a, b) => b.score - a.score || Number(b.own) - Number(a.own) || b.date.localeCompare(a.date));
  const best = scored[0];
  return best && best.score > 0 ? best.date : null;
}

/**
 * For each authority with claims: a confusable authority whose record fits more of
 * those claims than its own does (the article swapped the names), or none.
 */
function swappedAuthorities(index: EngineIndex, claims: readonly RawClaim[], date: string): Map<string, string> {
  const out = new Map<string, string>();
  // Furniture (a related link, an advert) is never judged together with the article's claims.
  const ids = new Set(claims.filter((c) => !c.notInspected && !c.furniture).map((c) => c.authority));
  for (const id of ids) {
    const own = claims.filter((c) => c.authority === id && !c.furniture);
    const fits = (other: string): number => own.filter((c) => agrees(index, other, c, date) !== null).length;
    const mine = fits(id);
    for (const other of index.confusables.get(id) ?? []) {
      if (fits(other) > mine) {
        out.set(id, other);
        break;
      }
    }
  }
  return out;
}

/** A hint's identity, to tell whether claims name the same time. */
const hintKey = (h: TimeHint): string => `${h.year ?? ''}-${h.month ?? ''}-${h.day ?? ''}-${h.published === true}`;

/**
 * Claims about one authority in one sentence (or naming one time), judged together: when a confusable
 * authority's single inspection at the time they name (or in force, when they name
 * none) explains every one of them, and the named authority's inspection for that time
 * does not, they all belong to the confusable authority ("Hertfordshire was judged good,
 * with outstanding leadership, in a report published in January 2026" is Herefordshire's
 * report). A named publication month with no report of the named authority rules its
 * record out. Returns, by claim index, the authority and inspection to suggest.
 */
function swappedSentences(
  index: EngineIndex,
  claims: readonly RawClaim[],
  date: string,
): Map<number, { id: string; inspection: Inspection }> {
  const out = new Map<number, { id: string; inspection: Inspection }>();
  // Union-find over claims: one authority's claims join when they share a sentence or name the same time.
  const parent = claims.map((_c, k) => k);
  const root = (k: number): number => (parent[k] === k ? k : (parent[k] = root(parent[k] as number)));
  const firstByKey = new Map<string, number>();
  // A loose year ("spent £5m since 2015") names no time of the claim's.
  const timed = claims.map((c) => c.hints.filter((h) => !h.loose));
  claims.forEach((c, k) => {
    if (c.notInspected || c.furniture) return;
    const own = timed[k] as TimeHint[];
    const keys = [`${c.authority}|s${c.sentence}`];
    if (own.length > 0) keys.push(`${c.authority}|t${own.map(hintKey).join('|')}`);
    for (const key of keys) {
      const first = firstByKey.get(key);
      if (first === undefined) firstByKey.set(key, k);
      else parent[root(k)] = root(first);
    }
  });
  const groups = new Map<number, number[]>();
  claims.forEach((c, k) => {
    if (c.notInspected || c.furniture) return;
    const members = groups.get(root(k));
    if (members) members.push(k);
    else groups.set(root(k), [k]);
  });
  for (const members of groups.values()) {
    const group = members.map((k) => claims[k] as RawClaim);
    const times = members.map((k) => timed[k] as TimeHint[]).filter((t) => t.length > 0);
    // The time the group names: one set of dated hints shared by every claim that has any.
    if (times.some((t) => t.some((h) => h.previous || h.yearsAgo !== undefined))) continue;
    if (new Set(times.map((t) => t.map(hintKey).join('|'))).size > 1) continue;
    const hints = times[0] ?? [];
    const year = Number(date.slice(0, 4));
    const at = (id: string): Inspection | null =>
      hints.length > 0 ? hinted(index.inspections.get(id) ?? [], hints, date, year) : inForce(index.inspections.get(id) ?? [], date);
    const explains = (i: Inspection | null): i is Inspection => i !== null && group.every((c) => recordValue(i, c.judgement) === c.grade);
    const own = hints.some((h) => h.published)
      ? at(group[0]?.authority ?? '')
      : targetInspection(index, group[0]?.authority ?? '', { hints }, date);
    if (explains(own)) continue;
    for (const other of index.confusables.get(group[0]?.authority ?? '') ?? []) {
      const fit = at(other);
      if (explains(fit)) {
        for (const k of members) out.set(k, { id: other, inspection: fit });
        break;
      }
    }
  }
  return out;
}

/** The authority whose own website `url` is on (its la-lookup domain or a subdomain of it), as a mention of no text. */
/** Authorities named in the words of a page address's path (its last two segments, "-" and "_" read as spaces). */
function slugMentions(index: EngineIndex, url: string | null | undefined, date: string | null): Mention[] {
  if (!url) return [];
  let path: string;
  try {
    path = decodeURIComponent(new URL(url).pathname);
  } catch {
    return [];
  }
  const words = path
    .split('/')
    .filter((segment) => /[a-z].*[-_].*[a-z]/i.test(segment))
    .slice(-2)
    .join('. ')
    .replace(/\.[a-z0-9]{2,5}$/i, '')
    .replace(/[-_]+/g, ' ')
    // Names are matched as written in text: capitalised.
    .replace(/\b\p{Ll}/gu, (c) => c.toUpperCase());
  return words ? mentionsIn(words, index, date).map((m) => ({ ...m, start: 0, end: 0, text: '' })) : [];
}

function siteAuthority(index: EngineIndex, url: string | null | undefined): Mention | null {
  if (!url) return null;
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return null;
  }
  for (const a of index.authorities.values()) {
    if (!a.domain || a.abolished || (host !== a.domain && !host.endsWith(`.${a.domain}`))) continue;
    // A site named after an organisation that serves several authorities ("Achieving for Children") is none's own.
    const named = a.domain.split('.')[0]!.replace(/[^a-z]/g, '');
    if ((a.ambiguousAliases ?? []).some((x) => x.toLowerCase().replace(/[^a-z]/g, '') === named)) continue;
    return { start: 0, end: 0, text: '', id: a.id, notInspected: false };
  }
  return null;
}

/**
 * Analyses one article's text: every authority mention, every grade claim, and a
 * verdict on each claim against the record as of the article's date.
 * Offsets are UTF-16 offsets into `text`. Never throws on any string.
 */
export function analyse(text: string, context: ArticleContext, index: EngineIndex): Analysis {
  let published: ArticleDate;
  if (context.published) {
    published = { date: context.published, source: context.publishedSource ?? 'caller' };
  } else {
    const fromText = dateFromText(text);
    published = fromText ? { date: fromText, source: 'text' } : { date: null, source: 'none' };
  }
  const mentions = mentionsIn(text, index, published.date);
  // A page whose text and headline name no authority may still say which in its address: news
  // sites put the headline in it ("/news/newham-downgraded-to-inadequate"). Used as a headline is.
  const headline = context.title ? mentionsIn(context.title, index, published.date) : [];
  const titleMentions = headline.length > 0 || mentions.length > 0 ? headline : slugMentions(index, context.url, published.date);
  const spans = context.articleSpans && context.articleSpans.length > 0 ? context.articleSpans : null;
  const inArticle = spans ? (at: number): boolean => spans.some((r) => at >= r.start && at < r.end) : () => true;
  const fromAddress = headline.length === 0 && mentions.length === 0 && titleMentions.length > 0;
  // An authority known only from the address is never firm enough for a red mark.
  const found = findClaims(text, mentions, titleMentions, siteAuthority(index, context.url), inArticle).map((c) =>
    fromAddress ? { ...c, firmAuthority: false } : c,
  );
  if (published.date === null) {
    const inferred = inferDate(
      index,
      found.filter((c) => !c.furniture),
    );
    if (inferred) published = { date: inferred, source: 'inferred' };
  }
  const asOf = { date: published.date, inferred: published.source === 'inferred' };
  // Grades from the frameworks before 2014 had no judgements of today's kinds: `other`, or `in_care` for looked-after children.
  // A text of the old frameworks' time (their words, none of the new ones', and no date after them) dates its undated claims too.
  const oldText =
    OLD_FRAMEWORK.test(text) &&
    !MODERN_FRAMEWORK.test(text) &&
    (published.date === null || published.source === 'inferred' || published.date < '2014-01-01');
  const dated = found.map((c) => {
    const dated = oldText && !c.hints.some((h) => h.year !== undefined && !h.loose) ? { ...c, oldFramework: true } : c;
    return dated.since === undefined && dated.judgement !== 'other' && dated.judgement !== 'in_care' && isOldClaim(index, dated, asOf)
      ? { ...dated, judgement: 'other' as const, topic: dated.judgement }
      : dated;
  });
  const checkDate = published.date === null || published.date > index.asOf ? index.asOf : published.date;
  const raw = successorClaims(index, dated, published);
  const swapped = swappedAuthorities(index, raw, checkDate);
  const together = swappedSentences(index, raw, checkDate);
  const claims: Claim[] = raw.map((c, k) => {
    // Furniture is never judged with the article's date, nor together with the article's claims.
    const judged = c.furniture
      ? judge(index, c, { date: null, inferred: false })
      : judge(index, c, asOf, swapped.get(c.authority) ?? null, together.get(k) ?? null);
    return {
      start: c.start,
      end: c.end,
      text: c.text,
      authority: c.authority,
      judgement: c.judgement,
      grade: c.grade,
      ...judged,
      flags: c.flags,
      ...(c.furniture ? { furniture: true } : {}),
    };
  });
  return { published, mentions, claims: claims.filter((c) => !combinedCareLeavers(index, c, claims)) };
}

/**
 * A grade the article gives an abolished authority for a time after its abolition ("Northamptonshire
 * was rated requires improvement" in 2022) is about the services its successors took over: one claim
 * for each successor, checked against that successor's record, never with a firm authority (the
 * article named neither). The time is the claim's own year, else the article's own (not inferred) date.
 */
function successorClaims(index: EngineIndex, claims: readonly RawClaim[], published: ArticleDate): RawClaim[] {
  return claims.flatMap((c) => {
    const authority = index.authorities.get(c.authority);
    if (!authority?.abolished || authority.successors.length === 0 || c.hints.some((h) => h.previous) || c.judgement === 'other')
      return [c];
    const year = c.hints.find((h) => h.year !== undefined && !h.loose)?.year;
    const after =
      year !== undefined
        ? year > Number(authority.abolished.slice(0, 4))
        : published.date !== null && published.source !== 'inferred' && published.date >= authority.abolished;
    if (!after) return [c];
    const note = `${authority.shortName} was abolished on ${longDate(authority.abolished)}; its children's services passed to ${authority.successors
      .map((id) => index.authorities.get(id)?.shortName ?? id)
      .join(' and ')}, so the claim is checked against each.`;
    return authority.successors.map((id) => ({ ...c, authority: id, firmAuthority: false, flags: [...c.flags, note] }));
  });
}

/**
 * "Good in all areas" (or "the experiences and progress of children in care and care leavers")
 * said of a 2018-framework report reads one judgement twice: that
 * framework judged children in care and care leavers together, so the care-leavers
 * reading of the same words is dropped beside the children-in-care one.
 */
function combinedCareLeavers(index: EngineIndex, c: Claim, all: readonly Claim[]): boolean {
  if (c.judgement !== 'care_leavers' || !c.inspection) return false;
  const checked = (index.inspections.get(c.authority) ?? []).find((i) => i.id === c.inspection?.id);
  return (
    checked?.framework === 'ilacs_2018' &&
    all.some((o) => o !== c && o.authority === c.authority && o.judgement === 'in_care' && o.grade === c.grade && o.start === c.start)
  );
}
