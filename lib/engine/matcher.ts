/**
 * The name matcher: a trie over lower-cased words, walked once from each word of the
 * text, keeping the longest name that fits ("North Somerset" before "Somerset",
 * "Kingston upon Hull" before "Kingston"). Case and word boundaries are checked on
 * the text's own characters, so "reading" the verb and "hull of a ship" never match.
 */
import { GENERIC_WORDS, type NameForm } from './names';
import { hashWord, nameKeys, tokenise, type Token } from './normalise';

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
  for (const form of forms) {
    const keys = nameKeys(form.text);
    if (keys.length === 0) continue;
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
  return { root, words };
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
      if (text.slice(tok.start, tok.end) !== word) return false;
    } else if (!GENERIC_WORDS.has(tok.key) && !tok.upper && !writtenLower(word)) {
      return false;
    }
  }
  return true;
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
    const rank = (x: NameForm): number =>
      x.priority * 4 + (x.abolished === null ? 1 : date !== null && date < x.abolished ? 2 : 0);
    if (rank(f) > rank(best)) {
      best = f;
      tie = false;
    } else if (rank(f) === rank(best) && f.id !== best.id) {
      tie = true;
    }
  }
  return tie ? null : best;
}

/**
 * True when a hyphen glues the match to a capitalised word, making it part of
 * another place's name ("Newcastle-under-Lyme", "Weston-super-Mare"). Lower-case
 * words glued on ("Kent-based", "Herts-wide") leave the name standing.
 */
function gluedToPlace(tokens: readonly Token[], m: NameMatch): boolean {
  const before = tokens[m.firstToken - 1];
  if ((tokens[m.firstToken] as Token).hyphenBefore && before?.upper) return true;
  for (let k = m.lastToken + 1; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (!t.hyphenBefore) break;
    if (t.upper) return true;
  }
  return false;
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
    const first = tokens[i] as Token;
    let at = trie.root.next.get(first.key);
    let found: NameMatch | null = null;
    let j = i;
    while (at) {
      if (at.candidates.length > 0) {
        const form = choose(text, tokens, i, at.candidates, date);
        if (form) {
          found = { start: first.start, end: (tokens[j] as Token).end, firstToken: i, lastToken: j, form };
        }
      }
      const nextTok = tokens[j + 1];
      if (!nextTok) break;
      if (!(nextTok.spaceBefore || nextTok.hyphenBefore || joinIn(text, (tokens[j] as Token).end, nextTok.start))) break;
      at = at.next.get(nextTok.key);
      j++;
    }
    if (found && !gluedToPlace(tokens, found)) {
      out.push(found);
      i = found.lastToken + 1;
    } else {
      i++;
    }
  }
  return out;
}
