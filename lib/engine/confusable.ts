/**
 * Authorities whose names a writer (or a reader) easily swaps: Hertfordshire and
 * Herefordshire, North Lincolnshire and North East Lincolnshire. Found by edit
 * distance between short names, not by a hand-made list.
 */
import type { Authority } from '../data/schema';

/** Levenshtein distance between two strings. */
export function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      cur[j] = Math.min((prev[j] as number) + 1, (cur[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
    }
    prev = cur;
  }
  return prev[b.length] as number;
}

/** Share of the longer name that must change to turn one into the other. */
export function nameDistance(a: string, b: string): number {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  return editDistance(x, y) / Math.max(x.length, y.length, 1);
}

/** Names at most this far apart (share of the longer name) may be confusable... */
export const CONFUSABLE_DISTANCE = 0.25;

/**
 * ...if they also differ by at most two letters ("Hertfordshire", "Herefordshire") or
 * begin the same way ("North Lincolnshire", "North East Lincolnshire"). Short names a few
 * letters apart ("Reading", "Ealing") are different words to a reader, not slips.
 */
export function confusable(a: string, b: string): boolean {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  if (nameDistance(x, y) > CONFUSABLE_DISTANCE) return false;
  let prefix = 0;
  while (prefix < x.length && x[prefix] === y[prefix]) prefix++;
  return editDistance(x, y) <= 2 || prefix >= 5;
}

/** Why two names are confusable, in plain words. */
export function confusionReason(a: string, b: string): string {
  const d = editDistance(a.toLowerCase(), b.toLowerCase());
  const letters = d === 1 ? 'one letter' : `${d} letters`;
  return `${a} and ${b} differ by ${letters}, and are easily swapped.`;
}

/**
 * For each authority, the others whose short names are confusable with its own, closest
 * first. A predecessor and its successor (both "Dorset") are one line of records, not a confusion.
 */
export function confusablesOf(authorities: readonly Authority[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const a of authorities) {
    const near = authorities
      .filter((b) => b.id !== a.id && !a.successors.includes(b.id) && !a.predecessors.includes(b.id))
      .filter((b) => confusable(a.shortName, b.shortName))
      .map((b) => ({ id: b.id, d: nameDistance(a.shortName, b.shortName) }))
      .sort((x, y) => x.d - y.d)
      .map((x) => x.id);
    out.set(a.id, near);
  }
  return out;
}
