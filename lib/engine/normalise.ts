/**
 * Word-level reading of a text: the one tokeniser shared by the name matcher, the
 * prefilter and the claim finder, so that all of them agree on what a word is.
 *
 * A word is a run of letters and digits. Soft hyphens and zero-width characters
 * inside a word are skipped (they are invisible to a reader), so "Hert\u200Bfordshire"
 * is still one word. Apostrophes and hyphens end a word; the token remembers whether
 * it was glued to the previous word by a hyphen ("Newcastle-under-Lyme").
 */

/** One word of a text. `key` is the lower-cased word without invisible characters. */
export interface Token {
  start: number;
  end: number;
  key: string;
  /** First visible character is an upper-case letter. */
  upper: boolean;
  /** Every letter is upper case (e.g. "BCP"). */
  allCaps: boolean;
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
/** Per UTF-16 code unit: 0 not yet known, 1 word character, 2 not. Filled on first sight. */
const WORD_CACHE = new Uint8Array(0x10000);

/**
 * True for a letter, digit or combining mark at `code` (a UTF-16 code unit; surrogate
 * halves are never word characters). ASCII is answered directly; other code units
 * once each, then from a table, so a scan allocates nothing in the steady state.
 */
export function isWordChar(code: number): boolean {
  if (code < 128) {
    return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  }
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
    code === 32 || (code >= 9 && code <= 13) || code === 0xa0 || code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 ||
    code === 0x202f || code === 0x205f || code === 0x3000 || code === 0x85
  );
}

/** Splits a text into words, in order. */
export function tokenise(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  let prevEnd = -1;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (!isWordChar(c)) {
      i++;
      continue;
    }
    const start = i;
    let key = '';
    let upper = false;
    let allCaps = true;
    let sawLetter = false;
    let end = i;
    while (i < n) {
      const d = text.charCodeAt(i);
      if (isWordChar(d)) {
        const ch = text[i] as string;
        const lower = ch.toLowerCase();
        if (!sawLetter && lower !== ch.toUpperCase()) {
          upper = lower !== ch;
          sawLetter = true;
        }
        if (lower !== ch.toUpperCase() && lower === ch) allCaps = false;
        key += lower;
        i++;
        end = i;
      } else if (isInvisible(d) && i + 1 < n && isWordChar(text.charCodeAt(i + 1))) {
        i++;
      } else {
        break;
      }
    }
    let hyphenBefore = false;
    let spaceBefore = prevEnd >= 0;
    if (prevEnd >= 0) {
      for (let j = prevEnd; j < start; j++) {
        const s = text.charCodeAt(j);
        if (!isSpace(s) && !isInvisible(s)) spaceBefore = false;
      }
      const gap = text.slice(prevEnd, start);
      hyphenBefore = gap === '-' || gap === '\u2010' || gap === '\u2011';
    }
    tokens.push({ start, end, key, upper, allCaps: allCaps && sawLetter, hyphenBefore, spaceBefore });
    prevEnd = end;
  }
  return tokens;
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
