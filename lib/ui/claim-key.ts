/**
 * What identifies a claim on a page across reloads, for "Not a claim": its authority,
 * judgement and grade and the sentence it is read in (offsets move as pages change).
 */
import type { Claim } from '../engine/types';

/** The longest key kept: a sentence is cut so one page's list stays small. */
export const CLAIM_KEY_MAX = 300;

export function claimKey(claim: Pick<Claim, 'authority' | 'judgement' | 'grade' | 'text'>, sentence: string): string {
  const words = (sentence || claim.text).replace(/\s+/g, ' ').trim();
  return `${claim.authority}|${claim.judgement}|${claim.grade}|${words}`.slice(0, CLAIM_KEY_MAX);
}
