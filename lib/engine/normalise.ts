/**
 * Word-level reading of a text: the one tokeniser shared by the name matcher, the
 * prefilter and the claim finder, so that all of them agree on what a word is.
 *
 * A word is a run of letters and digits. Soft hyphens and zero-width characters
 * inside a word are skipped (they are invisible to a reader), so "Hert\u200Bfordshire"
 * is still one word. Apostrophes and hyphens end a word; the token remembers whether
 * it was glued to the previous word by a hyphen ("Newcastle-under-Lyme").
 */

/** One word of a text. */
export interface Token {
  start: number;
  end: number;
  /**
   * The lower-cased word without invisible characters; '' when `tokenise` was given
   * the set of name words and this word is in no name (it can match nothing, so no
   * string is built for it).
   */
  key: string;
  /** First visible character is an upper-case letter. */
  upper: boolean;
  /** Joined to the previous token by a hyphen with no space ("Stoke-on"). */
  hyphenBefore: boolean;
  /** Only white space (any kind, including line breaks) separates it from the previous token. */
  spaceBefore: boolean;
}

/** Characters a reader cannot see and that may sit inside a word. */
export function isInvisible(code: number): boolean {
  return code === 0xad || (code >= 0x200b && code <= 0x200d) || code === 0x2060 || code === 0xfeff;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}\p{M}]/u;
/** Per UTF-16 code unit: 0 not yet known, 1 word character, 2 not. Filled on first sight; made on first non-ASCII character. */
let WORD_CACHE: Uint8Array | null = null;

/**
 * True for a letter, digit or combining mark at `code` (a UTF-16 code unit; surrogate
 * halves are never word characters). ASCII is answered directly; other code units
 * once each, then from a table, so a scan allocates nothing in the steady state.
 */
export function isWordChar(code: number): boolean {
  if (code < 128) {
    return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  }
  WORD_CACHE ??= new Uint8Array(0x10000);
  const known = WORD_CACHE[code];
  if (known === 1) return true;
  if (known === 2) return false;
  const word = !(code >= 0xd800 && code <= 0xdfff) && LETTER_OR_DIGIT.test(String.fromCharCode(code));
  WORD_CACHE[code] = word ? 1 : 2;
  return word;
}

/** True for any white space, including non-breaking and other Unicode spaces. */
export function isSpace(code: number): boolean {
  return (
    code === 32 ||
    (code >= 9 && code <= 13) ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0x85
  );
}

/**
 * A place in a text to read words from, one at a time (see `nextToken`): `tokenise` reads a
 * whole text with one; the name matcher reads a few words around each likely name with
 * one, in place, so it neither slices the text nor reads words it does not need.
 */
export interface WordCursor {
  readonly text: string;
  /** Hashes of the words to build keys for (see `tokenise`). */
  readonly known: ReadonlySet<number> | undefined;
  /** Where the next word is looked for. */
  at: number;
  /** Where reading stops: no word is read past it. */
  end: number;
  /** End of the last word read; -1 when none was, so the next word has nothing before it. */
  prevEnd: number;
}

/** A cursor at the start of `text`, reading to its end. */
export function wordCursor(text: string, known?: ReadonlySet<number>): WordCursor {
  return { text, known, at: 0, end: text.length, prevEnd: -1 };
}

/** Splits a text into words, in order, as `nextToken` reads them. */
export function tokenise(text: string, known?: ReadonlySet<number>): Token[] {
  const tokens: Token[] = [];
  const cursor = wordCursor(text, known);
  for (let t = nextToken(cursor); t; t = nextToken(cursor)) tokens.push(t);
  return tokens;
}

/**
 * The next word at or after the cursor, or null at its end. With `known` (hashes of every
 * word of every name, see `hashWord`), words outside it get an empty key and cost no
 * allocation: most words of a page are in no name.
 */
export function nextToken(cursor: WordCursor): Token | null {
  const { text, known, end: n } = cursor;
  let i = cursor.at;
  while (i < n && !isWordChar(text.charCodeAt(i))) i++;
  if (i >= n) {
    cursor.at = n;
    return null;
  }
  const start = i;
  let invisibleInside = false;
  let nonAscii = false;
  let h = 0x811c9dc5;
  while (i < n) {
    let d = text.charCodeAt(i);
    if (isWordChar(d)) {
      if (d >= 128) nonAscii = true;
      else if (d >= 65 && d <= 90) d += 32;
      h = Math.imul(h ^ d, 0x01000193);
      i++;
    } else if (isInvisible(d) && i + 1 < n && isWordChar(text.charCodeAt(i + 1))) {
      invisibleInside = true;
      i++;
    } else break;
  }
  const end = i;
  let key = '';
  if (!known || nonAscii || known.has(h >>> 0)) {
    const word = text.slice(start, end);
    key = (
      invisibleInside
        ? Array.from(word)
            .filter((ch) => !isInvisible(ch.charCodeAt(0)))
            .join('')
        : word
    ).toLowerCase();
  }
  const c0 = text.charCodeAt(start);
  const upper = c0 < 128 ? c0 >= 65 && c0 <= 90 : text.charAt(start) !== text.charAt(start).toLowerCase();
  const prevEnd = cursor.prevEnd;
  let hyphenBefore = false;
  let spaceBefore = prevEnd >= 0;
  if (prevEnd >= 0) {
    for (let j = prevEnd; j < start; j++) {
      const c = text.charCodeAt(j);
      if (!isSpace(c) && !isInvisible(c)) {
        spaceBefore = false;
        break;
      }
    }
    if (start - prevEnd === 1) {
      const c = text.charCodeAt(prevEnd);
      hyphenBefore = c === 45 || c === 0x2010 || c === 0x2011;
    }
  }
  cursor.at = end;
  cursor.prevEnd = end;
  return { start, end, key, upper, hyphenBefore, spaceBefore };
}

/** The lower-cased text of a token, whether or not its key was built. */
export function lowerWord(text: string, t: Token): string {
  return t.key || text.slice(t.start, t.end).toLowerCase();
}

/** Lower-cased words of a name, as the tokeniser would read them. */
export function nameKeys(name: string): string[] {
  return tokenise(name).map((t) => t.key);
}

/**
 * 32-bit FNV-1a hash of a word, lower-casing ASCII letters on the fly, so that the
 * prefilter can test words without building strings.
 */
export function hashWord(text: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) {
    let c = text.charCodeAt(i);
    if (isInvisible(c)) continue;
    if (c >= 65 && c <= 90) c += 32;
    h ^= c;
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
