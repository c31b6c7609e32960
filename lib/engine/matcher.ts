/**
 * The name matcher: a trie over lower-cased words, walked once from each word of the
 * text, keeping the longest name that fits ("North Somerset" before "Somerset",
 * "Kingston upon Hull" before "Kingston"). Case and word boundaries are checked on
 * the text's own characters, so "reading" the verb and "hull of a ship" never match.
 */
import { GENERIC_WORDS } from './generic-words';
import type { NameForm } from './names';
import { hashWord, isWordChar, nameKeys, nextToken, tokenise, wordCursor, type Token, type WordCursor } from './normalise';

interface Candidate {
  form: NameForm;
  /** The name's own words, for exact-case forms. */
  words: string[];
  /** Per gap between words: the comma or ampersand the name itself has there ("Bournemouth, Christchurch and Poole", "Telford & Wrekin"), else ''. */
  joins: string[];
}

interface TrieNode {
  next: Map<string, TrieNode>;
  candidates: Candidate[];
}

/** A compiled set of names. */
export interface NameTrie {
  root: TrieNode;
  /** Hashes (`hashWord`) of every word of every name: pass to `tokenise` to skip the rest. */
  words: Set<number>;
  /** Finds every first word of a name (ASCII, case-insensitive); null when some first word is not ASCII. */
  firstWords: RegExp | null;
  /**
   * The same for texts without "_", and faster: a leading `\b` lets the browser skip ahead
   * to likely first letters, where a lookbehind is tried at every character (measured in
   * Chromium: about twice as fast). It differs only after "_", which `\b` counts as a letter.
   */
  firstWordsFast: RegExp | null;
  /** Words in the longest name. */
  longest: number;
}

/** A raw name match: token range and the form that matched. */
export interface NameMatch {
  start: number;
  end: number;
  firstToken: number;
  lastToken: number;
  form: NameForm;
}

function node(): TrieNode {
  return { next: new Map(), candidates: [] };
}

/** Compiles name forms into a trie. */
export function buildTrie(forms: readonly NameForm[]): NameTrie {
  const root = node();
  const words = new Set<number>();
  let longest = 0;
  for (const form of forms) {
    const keys = nameKeys(form.text);
    if (keys.length === 0) continue;
    longest = Math.max(longest, keys.length);
    let at = root;
    for (const key of keys) {
      words.add(hashWord(key, 0, key.length));
      let child = at.next.get(key);
      if (!child) {
        child = node();
        at.next.set(key, child);
      }
      at = child;
    }
    const own = tokenise(form.text);
    const written = own.map((t) => form.text.slice(t.start, t.end));
    const joins = own.slice(1).map((t, k) => joinIn(form.text, (own[k] as Token).end, t.start));
    at.candidates.push({ form, words: written, joins });
  }
  const firsts = [...root.next.keys()].sort((a, b) => b.length - a.length);
  const ascii = firsts.every((w) => /^[a-z0-9]+$/.test(w));
  const any = ascii && firsts.length > 0;
  const firstWords = any ? new RegExp(`(?<![A-Za-z0-9])(?:${firsts.join('|')})(?![A-Za-z0-9])`, 'gi') : null;
  const firstWordsFast = any ? new RegExp(`\\b(?:${firsts.join('|')})(?![A-Za-z0-9])`, 'gi') : null;
  return { root, words, firstWords, firstWordsFast, longest };
}

/** The comma or ampersand when the gap between two words is one of them and white space (", ", " & "), else ''. */
function joinIn(text: string, from: number, to: number): string {
  if (to - from > 8) return '';
  const found = /^\s*([,&])\s*$/.exec(text.slice(from, to));
  return found ? (found[1] as string) : '';
}

/** A word the name itself writes in lower case ("with" in "Blackburn with Darwen"). */
function writtenLower(word: string): boolean {
  const first = word.charAt(0);
  return first !== first.toUpperCase();
}

function caseFits(text: string, tokens: readonly Token[], first: number, c: Candidate): boolean {
  for (let j = 0; j < c.words.length; j++) {
    const tok = tokens[first + j] as Token;
    const word = c.words[j] as string;
    // A comma or ampersand between the text's words only where the name has the same one.
    if (j > 0 && !tok.spaceBefore && !tok.hyphenBefore) {
      const join = c.joins[j - 1] as string;
      if (join === '' || joinIn(text, (tokens[first + j - 1] as Token).end, tok.start) !== join) return false;
    }
    if (c.form.caseMode === 'exact') {
      if (tok.end - tok.start !== word.length || !text.startsWith(word, tok.start)) return false;
    } else if (!GENERIC_WORDS.has(tok.key) && !tok.upper && !writtenLower(word)) {
      return false;
    }
  }
  return true;
}

/** Listed names above derived ones, then the authority that existed on `date` (the current one when no date). */
function rank(form: NameForm, date: string | null): number {
  return form.priority * 4 + (form.abolished === null ? 1 : date !== null && date < form.abolished ? 2 : 0);
}

/**
 * Picks the best candidate among forms spelt the same way; null when two authorities tie.
 * Listed names outrank derived ones; between a predecessor and its successor sharing a
 * name ("Dorset"), the one that existed on `date` wins (the current one when no date).
 */
function choose(
  text: string,
  tokens: readonly Token[],
  first: number,
  candidates: readonly Candidate[],
  date: string | null,
): NameForm | null {
  let best: NameForm | null = null;
  let tie = false;
  for (const c of candidates) {
    if (!caseFits(text, tokens, first, c)) continue;
    const f = c.form;
    if (!best) {
      best = f;
      continue;
    }
    if (rank(f, date) > rank(best, date)) {
      best = f;
      tie = false;
    } else if (rank(f, date) === rank(best, date) && f.id !== best.id) {
      tie = true;
    }
  }
  return tie ? null : best;
}

/**
 * True when a hyphen glues the match (tokens `firstToken` to `lastToken`) to a capitalised
 * word, making it part of another place's name ("Newcastle-under-Lyme", "Weston-super-Mare").
 * Lower-case words glued on ("Kent-based", "Herts-wide") leave the name standing.
 */
function gluedToPlace(tokens: readonly Token[], firstToken: number, lastToken: number): boolean {
  const before = tokens[firstToken - 1];
  if ((tokens[firstToken] as Token).hyphenBefore && before?.upper) return true;
  for (let k = lastToken + 1; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (!t.hyphenBefore) break;
    if (t.upper) return true;
  }
  return false;
}

/** The longest acceptable name starting at token `i`, or null. */
function longestAt(text: string, tokens: readonly Token[], i: number, trie: NameTrie, date: string | null): NameMatch | null {
  const first = tokens[i] as Token;
  let at = trie.root.next.get(first.key);
  let form: NameForm | null = null;
  let last = i;
  let j = i;
  while (at) {
    if (at.candidates.length > 0) {
      const chosen = choose(text, tokens, i, at.candidates, date);
      if (chosen) {
        form = chosen;
        last = j;
      }
    }
    const nextTok = tokens[j + 1];
    if (!nextTok) break;
    if (!(nextTok.spaceBefore || nextTok.hyphenBefore || joinIn(text, (tokens[j] as Token).end, nextTok.start))) break;
    at = at.next.get(nextTok.key);
    j++;
  }
  if (!form || gluedToPlace(tokens, i, last)) return null;
  return { start: first.start, end: (tokens[last] as Token).end, firstToken: i, lastToken: last, form };
}

/**
 * Every longest, non-overlapping name match in the text, left to right.
 * Words of a name may be separated by any white space (line breaks, non-breaking
 * spaces, several spaces) or by a hyphen, and by a comma or ampersand only where the name has one.
 */
export function matchNames(text: string, tokens: readonly Token[], trie: NameTrie, date: string | null = null): NameMatch[] {
  const out: NameMatch[] = [];
  let i = 0;
  while (i < tokens.length) {
    const found = longestAt(text, tokens, i, trie, date);
    if (found) {
      out.push(found);
      i = found.lastToken + 1;
    } else {
      i++;
    }
  }
  return out;
}

/** A match with the words around it (the mention rules read the words before and after). */
export interface LocatedMatch {
  match: NameMatch;
  /**
   * Tokens of the text around the match, at least as far as the rules read (the word a
   * hyphen glues before it, two words past it, a hyphenated run to its end); `match`'s
   * token indexes point into them.
   */
  tokens: readonly Token[];
}

/**
 * Words read past the last word the trie reached: the mention rules read two words past a
 * name ("Sutton Coldfield", "Newcastle under Lyme"), and a name ends before that word.
 * Hyphen chains are read to their end whatever their length.
 */
const LOOK_AHEAD = 2;
const isHyphen = (c: number): boolean => c === 45 || c === 0x2010 || c === 0x2011;
const INVISIBLE_ANYWHERE = /[\u00ad\u200b-\u200d\u2060\ufeff]/;

/**
 * The same matches as `matchNames(text, tokenise(text, trie.words), trie, date)`, found
 * faster: one native RegExp finds where a name's first word occurs, and only a short
 * window of words around each such place is read and walked through the trie.
 * Texts with invisible characters (which may sit inside a name) take the full path.
 */
export function locateNames(text: string, trie: NameTrie, date: string | null = null): LocatedMatch[] {
  if (!trie.firstWords || !trie.firstWordsFast || INVISIBLE_ANYWHERE.test(text)) {
    const tokens = tokenise(text, trie.words);
    return matchNames(text, tokens, trie, date).map((match) => ({ match, tokens }));
  }
  // The trie's own global expression, from the start (nothing below calls back in here).
  const re = text.includes('_') ? trie.firstWords : trie.firstWordsFast;
  re.lastIndex = 0;
  const cursor = wordCursor(text, trie.words);
  const read: Token[] = [];
  const out: LocatedMatch[] = [];
  let lastEnd = 0;
  // `test`, not `exec`: no match array per place (a name-dense text has one every 150 characters).
  while (re.test(text)) {
    const p = asciiRunStart(text, re.lastIndex);
    const count = p < lastEnd ? 0 : readWindow(cursor, p, trie, read);
    if (count === 0) continue;
    const tokens = read.slice(0, count);
    const found = longestAt(text, tokens, tokens[0]?.start === p ? 0 : 1, trie, date);
    if (found) {
      out.push({ match: found, tokens });
      lastEnd = found.end;
    }
  }
  return out;
}

/**
 * Where the first word the RegExp found ends at `end` begins: the RegExp's matches are
 * ASCII letters and digits, with none just before them.
 */
function asciiRunStart(text: string, end: number): number {
  let k = end;
  while (k > 0 && isAsciiLetterOrDigit(text.charCodeAt(k - 1))) k--;
  return k;
}

const isAsciiLetterOrDigit = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);

/**
 * Reads the tokens of the window around a first word found at `p` into the start of
 * `read`, in place, and says how many: the word a hyphen glues before p (the glue rule
 * reads it), the words from p as far as the trie follows them (`longestAt` reads no
 * further), then LOOK_AHEAD words more and the rest of a hyphenated run. Zero when p is
 * inside a word, or when no name can start at p: most first words found in a name-dense
 * text lead nowhere ("Council" in "Kent County Council said"), and those cost a word or
 * two and no array (`read` is reused and never shortened, which would free its store).
 */
function readWindow(cursor: WordCursor, p: number, trie: NameTrie, read: Token[]): number {
  const text = cursor.text;
  const before = p > 0 ? text.charCodeAt(p - 1) : 0;
  if (isWordChar(before)) return 0;
  cursor.at = isHyphen(before) && p > 1 && isWordChar(text.charCodeAt(p - 2)) ? wordStart(text, p - 2) : p;
  cursor.end = text.length;
  cursor.prevEnd = -1;
  let count = 0;
  let t = nextToken(cursor);
  if (t && t.start < p) {
    read[count++] = t;
    t = nextToken(cursor);
  }
  let named = false;
  let at = t ? trie.root.next.get(t.key) : undefined;
  while (t && at) {
    read[count++] = t;
    named ||= at.candidates.length > 0;
    t = nextToken(cursor);
    at = t ? at.next.get(t.key) : undefined;
  }
  if (!named) return 0;
  // The word the trie stopped at is the first of the LOOK_AHEAD.
  if (!t) return count;
  read[count++] = t;
  cursor.end = windowEnd(text, t.end, LOOK_AHEAD - 1);
  for (t = nextToken(cursor); t; t = nextToken(cursor)) read[count++] = t;
  return count;
}

/** Start of the word that has a character at `k`. */
function wordStart(text: string, k: number): number {
  while (k > 0 && isWordChar(text.charCodeAt(k - 1))) k--;
  return k;
}

/** End of the `words`-th word after `from`, or of the hyphenated run it is part of. */
function windowEnd(text: string, from: number, words: number): number {
  const n = text.length;
  let to = from;
  for (let w = 0; w < words && to < n; w++) {
    while (to < n && !isWordChar(text.charCodeAt(to))) to++;
    while (to < n && isWordChar(text.charCodeAt(to))) to++;
  }
  // A hyphenated run continues to its end ("Kent-based-and-run-by-Essex"): the glue rule reads all of it.
  while (to + 1 < n && isHyphen(text.charCodeAt(to)) && isWordChar(text.charCodeAt(to + 1))) {
    to++;
    while (to < n && isWordChar(text.charCodeAt(to))) to++;
  }
  return to;
}
