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
import { isInvisible as invisible, isWordChar as wordChar } from './normalise';

/** Generic words never chosen as a name's distinctive word. */
const GENERIC = new Set([
  'council', 'county', 'city', 'borough', 'metropolitan', 'district', 'of', 'upon', 'on', 'under',
  'and', 'the', 'le', 'in', 'royal', 'london', 'north', 'south', 'east', 'west', 'isle', 'isles',
  // Words of trusts' names ("Slough Children First") that any article about councils uses.
  'children', 's', 'services', 'trust', 'first', 'for', 'with',
]);
/**
 * Words never chosen even for a name made only of generic words ("City of London Council"
 * is found by "london"): a page with "council" or "children" in it names no authority by that alone.
 */
const COMMON = new Set(['council', 'county', 'city', 'borough', 'district', 'children', 's', 'services', 'of', 'and', 'the', 'in', 'on', 'for']);

/** Calls `visit(hash, length)` for each word of `text`, hashing lower-cased ASCII in place. */
function eachWordHash(text: string, visit: (hash: number, length: number) => boolean): boolean {
  const n = text.length;
  let h = 0x811c9dc5;
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
      if (visit(h >>> 0, len)) return true;
      h = 0x811c9dc5;
      len = 0;
    }
  }
  return false;
}

/** The prefilter built from names. */
export interface NameMatcher {
  /** True when the text contains a distinctive word of some name (case-insensitive). */
  mayMentionAuthority(text: string): boolean;
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
 * names, aliases). The build does this once (lib/data/vite-plugin.ts), so a page
 * load pays nothing for it.
 */
export function prefilterKey(names: readonly string[]): PrefilterKey {
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
    const distinctive = words.filter((w) => !GENERIC.has(w.word));
    const uncommon = words.filter((w) => !COMMON.has(w.word));
    const pool = distinctive.length > 0 ? distinctive : uncommon.length > 0 ? uncommon : words;
    const best = pool.reduce<(typeof pool)[number] | null>((a, w) => (a && a.length >= w.length ? a : w), null);
    if (best) {
      wanted.add(best.hash);
      shortest = Math.min(shortest, best.length);
    }
  }
  return { hashes: [...wanted].sort((x, y) => x - y), shortest: Number.isFinite(shortest) ? shortest : 0 };
}

/** The prefilter from a key computed by `prefilterKey`. */
export function nameMatcherFromKey(key: PrefilterKey): NameMatcher {
  const wanted = new Set(key.hashes);
  const { shortest } = key;
  return {
    mayMentionAuthority(text: string): boolean {
      if (wanted.size === 0) return false;
      return eachWordHash(text, (hash, length) => length >= shortest && wanted.has(hash));
    },
  };
}

/** Builds the prefilter from every name people write (`prefilterKey`, then `nameMatcherFromKey`). */
export function buildNameMatcher(names: readonly string[]): NameMatcher {
  return nameMatcherFromKey(prefilterKey(names));
}
