/**
 * Finds an authority or a council not inspected by Ofsted from whatever name someone
 * types: official names, short names, aliases ("Herts", "Hull", "BCP"), spelling slips
 * ("Hertforshire") and names still being typed ("Hertf"). Ranked, pure, and built once
 * per Dataset so that a query takes well under a millisecond.
 */
import type { Dataset } from './schema';

/** One search result. */
export interface SearchHit {
  kind: 'authority' | 'not_inspected';
  id: string;
  /** Official name. */
  name: string;
  shortName: string;
  /** The name, as written in the dataset, that the query matched. */
  matched: string;
  /** 0 to 100: 100 is an exact match of a name; higher is better. */
  score: number;
  /** For an authority: the date it was abolished, or null when current. Null for councils. */
  abolished: string | null;
  /** For a council not inspected by Ofsted: the inspectorate that does inspect it. Null for authorities. */
  inspectorate: string | null;
}

interface Entry {
  text: string;
  words: string[];
  written: string;
  penalty: number;
  hit: Omit<SearchHit, 'matched' | 'score'>;
}

/** Lower-case, accents dropped, "&" as "and", punctuation as spaces: how names and queries are compared. */
export function searchForm(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/['\u2019]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Words that say what kind of body a name is rather than which one. */
const GENERIC = new Set([
  'council',
  'county',
  'borough',
  'city',
  'metropolitan',
  'district',
  'the',
  'of',
  'childrens',
  'services',
  'london',
  'royal',
]);

/** Rows reused by every distance computation (the search is single-threaded). */
let rows: [Int32Array, Int32Array, Int32Array] = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];

/**
 * Optimal-string-alignment distance (Levenshtein plus adjacent swaps), giving up
 * (returning max + 1) as soon as it must exceed `max`.
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (b.length + 1 > rows[0].length) {
    const size = b.length + 1;
    rows = [new Int32Array(size), new Int32Array(size), new Int32Array(size)];
  }
  let [prevPrev, prev, row] = rows;
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    row[0] = i;
    let best = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const cb = b.charCodeAt(j - 1);
      let value = (prev[j - 1] as number) + (ca === cb ? 0 : 1);
      const del = (prev[j] as number) + 1;
      const ins = (row[j - 1] as number) + 1;
      if (del < value) value = del;
      if (ins < value) value = ins;
      if (i > 1 && j > 1 && ca === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === cb) {
        const swap = (prevPrev[j - 2] as number) + 1;
        if (swap < value) value = swap;
      }
      row[j] = value;
      if (value < best) best = value;
    }
    if (best > max) return max + 1;
    [prevPrev, prev, row] = [prev, row, prevPrev];
  }
  return prev[b.length] as number;
}

function allowedTypos(length: number): number {
  return length < 4 ? 0 : length <= 5 ? 1 : length <= 9 ? 2 : 3;
}

function scoreEntry(entry: Entry, query: string): number {
  const { text } = entry;
  if (text === query) return 100;
  if (query.length >= 2 && text.startsWith(query)) return 80 + (10 * query.length) / text.length;
  if (query.length >= 3 && entry.words.some((word) => word.startsWith(query))) return 60 + (10 * query.length) / text.length;
  const max = allowedTypos(query.length);
  if (max === 0) return 0;
  const whole = editDistance(query, text, max);
  if (whole <= max) return 55 - 12 * whole;
  if (text.length > query.length) {
    const prefix = editDistance(query, text.slice(0, query.length), max);
    if (prefix <= max) return 40 - 10 * prefix;
  }
  return 0;
}

function buildEntries(dataset: Pick<Dataset, 'authorities' | 'councilsNotInspected'>): Entry[] {
  const entries: Entry[] = [];
  const add = (hit: Entry['hit'], names: [string, number][]) => {
    const seen = new Set<string>();
    for (const [written, penalty] of names) {
      const text = searchForm(written);
      if (text === '' || seen.has(text)) continue;
      seen.add(text);
      entries.push({ text, words: text.split(' '), written, penalty, hit });
    }
  };
  for (const a of dataset.authorities) {
    const base = a.abolished === null ? 0 : 3;
    add({ kind: 'authority', id: a.id, name: a.name, shortName: a.shortName, abolished: a.abolished, inspectorate: null }, [
      [a.shortName, base],
      [a.name, base],
      ...a.aliases.map((n): [string, number] => [n, base]),
      ...(a.ambiguousAliases ?? []).map((n): [string, number] => [n, base + 5]),
    ]);
  }
  for (const c of dataset.councilsNotInspected) {
    add({ kind: 'not_inspected', id: c.id, name: c.name, shortName: c.shortName, abolished: null, inspectorate: c.inspectorate }, [
      [c.shortName, 0],
      [c.name, 0],
      ...c.aliases.map((n): [string, number] => [n, 0]),
      ...(c.ambiguousAliases ?? []).map((n): [string, number] => [n, 5]),
    ]);
  }
  return entries;
}

function rank(entries: readonly Entry[], query: string, limit: number): SearchHit[] {
  const best = new Map<string, SearchHit>();
  for (const entry of entries) {
    const raw = scoreEntry(entry, query);
    if (raw <= 0) continue;
    const score = Math.max(1, raw - entry.penalty);
    const key = `${entry.hit.kind}:${entry.hit.id}`;
    const current = best.get(key);
    if (!current || score > current.score) best.set(key, { ...entry.hit, matched: entry.written, score });
  }
  return [...best.values()]
    .sort((a, b) => b.score - a.score || a.shortName.length - b.shortName.length || (a.name < b.name ? -1 : 1))
    .slice(0, limit);
}

/** A search over one dataset's names. */
export type Search = (query: string, limit?: number) => SearchHit[];

/**
 * Builds the search for a dataset (once; keep the function). Results are ranked best
 * first; current authorities come before abolished ones with the same name. When nothing
 * matches well, the query is tried again without generic words ("council", "county",
 * "children's services"...).
 */
export function createSearch(dataset: Pick<Dataset, 'authorities' | 'councilsNotInspected'>): Search {
  const entries = buildEntries(dataset);
  return (query, limit = 10) => {
    const form = searchForm(query);
    if (form === '') return [];
    const hits = rank(entries, form, limit);
    if ((hits[0]?.score ?? 0) >= 80) return hits;
    const core = form
      .split(' ')
      .filter((word) => !GENERIC.has(word))
      .join(' ');
    if (core === '' || core === form) return hits;
    const coreHits = rank(entries, core, limit);
    return (coreHits[0]?.score ?? 0) > (hits[0]?.score ?? 0) ? coreHits : hits;
  };
}
