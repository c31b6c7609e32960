/**
 * The content script's cheap first look: does this text possibly name an authority?
 *
 * One pass over the characters, hashing each word in place (no strings built), and
 * a lookup of each word's hash in the set of each name's most distinctive word
 * ("barnet" for "London Borough of Barnet", "somerset" for "North Somerset").
 * False positives are allowed (the full engine decides); false negatives are not.
 * Imports only the tokeniser's character tests, so the content script stays small
 * and agrees with the full engine on what a word is.
 */
import { GENERIC_WORDS } from './generic-words';
import { isInvisible as invisible, isWordChar as wordChar } from './normalise';

/**
 * Generic words never chosen as a name's distinctive word. Both sets serve only
 * `prefilterKey` (the build), so they are made on its first call: the content script,
 * which only matches, carries neither them nor the generic words (86 bytes gzipped).
 */
const wordSets = () => ({
  generic: new Set([
    ...GENERIC_WORDS,
    'north',
    'south',
    'east',
    'west',
    'isle',
    'isles',
    // Words of trusts' names ("Slough Children First") that any article about councils uses.
    'children',
    's',
    'services',
    'trust',
    'first',
    'for',
    'with',
  ]),

  /**
   * Words never chosen even for a name made only of generic words ("City of London Council"
   * is found by "london"): a page with "council" or "children" in it names no authority by that alone.
   */
  common: new Set(['council', 'county', 'city', 'borough', 'district', 'children', 's', 'services', 'of', 'and', 'the', 'in', 'on', 'for']),
});

/**
 * A word's hash is FNV-1a over its lower-cased ASCII code units, kept to 30 bits so it
 * stays a small integer in V8 (a full 32-bit hash would box a heap number per word).
 */
const HASH_MASK = 0x3fffffff;
const FNV_OFFSET = 0x811c9dc5 | 0;

/** Calls `visit(hash, length)` for each word of `text`, hashing lower-cased ASCII in place. */
function eachWordHash(text: string, visit: (hash: number, length: number) => boolean): boolean {
  const n = text.length;
  let h = FNV_OFFSET;
  let len = 0;
  for (let i = 0; i <= n; i++) {
    const c = i < n ? text.charCodeAt(i) : 32;
    if (wordChar(c)) {
      const lc = c >= 65 && c <= 90 ? c + 32 : c;
      h = Math.imul(h ^ lc, 0x01000193);
      len++;
    } else if (len > 0 && invisible(c) && i + 1 < n && wordChar(text.charCodeAt(i + 1))) {
      continue;
    } else if (len > 0) {
      if (visit(h & HASH_MASK, len)) return true;
      h = FNV_OFFSET;
      len = 0;
    }
  }
  return false;
}

/** The prefilter built from names. */
export interface NameMatcher {
  /** True when the text contains a distinctive word of some name (case-insensitive). */
  mayMentionAuthority(text: string): boolean;
  /** A reading of one text that arrives in pieces (a page's text nodes, as its walk meets them). */
  reader(): NameReader;
}

/**
 * Reads a text piece by piece, as if the pieces were joined: a word may run on from one
 * piece into the next. The content script's first stage feeds it the page's text as it walks,
 * so it never joins (or holds) the page's text.
 */
export interface NameReader {
  /** Reads the next piece; true once the text read so far holds a distinctive word of some name. */
  read(piece: string): boolean;
  /** Ends the text (its last word may be a name's); true when the whole text holds a distinctive word. */
  end(): boolean;
}

/**
 * What the prefilter needs to know, small and JSON-safe so the build can compute it
 * once: the hash of each name's most distinctive word, and the shortest such word.
 */
export interface PrefilterKey {
  hashes: number[];
  shortest: number;
}

/**
 * Computes the prefilter's key from every name people write (official names, short
 * names, aliases). The build does this once (modules/ofsted-dataset.ts), so a page
 * load pays nothing for it.
 */
export function prefilterKey(names: readonly string[]): PrefilterKey {
  const { generic, common } = wordSets();
  const wanted = new Set<number>();
  let shortest = Infinity;
  for (const name of names) {
    const words: { hash: number; length: number; word: string }[] = [];
    const parts = name.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
    let k = 0;
    eachWordHash(name, (hash, length) => {
      words.push({ hash, length, word: (parts[k++] ?? '').toLowerCase() });
      return false;
    });
    const distinctive = words.filter((w) => !generic.has(w.word));
    const uncommon = words.filter((w) => !common.has(w.word));
    const pool = distinctive.length > 0 ? distinctive : uncommon.length > 0 ? uncommon : words;
    const best = pool.reduce<(typeof pool)[number] | null>((a, w) => (a && a.length >= w.length ? a : w), null);
    if (best) {
      wanted.add(best.hash);
      shortest = Math.min(shortest, best.length);
    }
  }
  return { hashes: [...wanted].sort((x, y) => x - y), shortest: Number.isFinite(shortest) ? shortest : 0 };
}

/**
 * The key as the content script carries it: the sorted hashes' gaps as text, each gap
 * four base-64 digits (24 bits; a gap that needs more is `!` and five digits), digit
 * values being character codes from 48. The hashes are random 30-bit numbers, so as
 * decimal JSON they were 1.37 KB gzipped of the content script's first stage, which
 * must stay under 4 KB; packed they are about 0.85 KB.
 */
export interface PackedPrefilterKey {
  packed: string;
  shortest: number;
}

/** Packs a key for the content script (`nameMatcherFromKey` reads either form). */
export function packPrefilterKey(key: PrefilterKey): PackedPrefilterKey {
  let packed = '';
  let previous = 0;
  for (const hash of [...new Set(key.hashes)].sort((x, y) => x - y)) {
    const gap = hash - previous;
    previous = hash;
    const digits = gap < 2 ** 24 ? 4 : 5;
    if (digits === 5) packed += '!';
    for (let k = digits - 1; k >= 0; k--) packed += String.fromCharCode(48 + (Math.floor(gap / 64 ** k) % 64));
  }
  return { packed, shortest: key.shortest };
}

function unpackHashes(packed: string): number[] {
  const hashes: number[] = [];
  let hash = 0;
  for (let i = 0; i < packed.length;) {
    let digits = 4;
    if (packed.charCodeAt(i) === 33) {
      digits = 5;
      i++;
    }
    let gap = 0;
    while (digits-- > 0) gap = gap * 64 + packed.charCodeAt(i++) - 48;
    hashes.push((hash += gap));
  }
  return hashes;
}

/** The prefilter from a key computed by `prefilterKey` (or packed by `packPrefilterKey`). */
export function nameMatcherFromKey(key: PrefilterKey | PackedPrefilterKey): NameMatcher {
  const hashes = 'packed' in key ? unpackHashes(key.packed) : key.hashes;
  const wanted = new Set(hashes);
  // A 65,536-bit filter answers most words without touching the Set.
  const bits = new Uint8Array(8192);
  for (const hash of hashes) bits[(hash & 0xffff) >> 3]! |= 1 << (hash & 7);
  const { shortest } = key;
  /** Whether a word read (its hash, its length) is some name's distinctive word. */
  const wants = (hash: number, length: number): boolean => {
    const masked = hash & HASH_MASK;
    return length >= shortest && (bits[(masked & 0xffff) >> 3]! & (1 << (masked & 7))) !== 0 && wanted.has(masked);
  };
  const reader = (): NameReader => {
    // The word being read, carried from piece to piece.
    let h = FNV_OFFSET;
    let len = 0;
    // The last piece ended on an invisible character inside a word: the next piece's first
    // character says whether the word goes on (a letter) or ended there.
    let held = false;
    let found = wanted.size === 0 ? null : false;
    const read = (text: string): boolean => {
      if (found !== false) return found === true;
      // The hot loop of every page load: eachWordHash inlined, ASCII answered without a call.
      const n = text.length;
      let hash = h;
      let length = len;
      if (held && n > 0) {
        held = false;
        if (!wordChar(text.charCodeAt(0))) {
          if (wants(hash, length)) return (found = true);
          hash = FNV_OFFSET;
          length = 0;
        }
      }
      for (let i = 0; i < n; i++) {
        const c = text.charCodeAt(i);
        const word = c < 128 ? (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) : wordChar(c);
        if (word) {
          hash = Math.imul(hash ^ (c >= 65 && c <= 90 ? c + 32 : c), 0x01000193);
          length++;
        } else if (length > 0 && c >= 128 && invisible(c) && (i + 1 === n ? (held = true) : wordChar(text.charCodeAt(i + 1)))) {
          continue;
        } else if (length > 0) {
          if (wants(hash, length)) return (found = true);
          hash = FNV_OFFSET;
          length = 0;
        }
      }
      h = hash;
      len = length;
      return false;
    };
    return { read, end: () => read(' ') };
  };
  return {
    mayMentionAuthority(text: string): boolean {
      const r = reader();
      return r.read(text) || r.end();
    },
    reader,
  };
}

/** Builds the prefilter from every name people write (`prefilterKey`, then `nameMatcherFromKey`). */
export function buildNameMatcher(names: readonly string[]): NameMatcher {
  return nameMatcherFromKey(prefilterKey(names));
}
