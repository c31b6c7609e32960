/**
 * What the reader told us on pages, kept on this device (`storage.local`): claims
 * they marked "Not a claim" (per page address) and sites they paused from the popup.
 * Read through `parseReaderChoices` (zod, for the popup and options) or
 * `coerceReaderChoices` (hand-written, for the content script, which carries no zod);
 * test/page/reader-choices.test.ts holds the two to the same answers.
 */
import { z } from 'zod';
import { storedItem } from './stored-item';
import { CLAIM_KEY_MAX } from './ui/claim-key';

export interface ReaderChoices {
  /** Host names (lower case, no "www.") where the reader paused Ofsted Lens from the popup. */
  paused: string[];
  /** Page address (no #fragment) → keys of the claims the reader said are not claims. */
  notClaims: Record<string, string[]>;
}

export const EMPTY_CHOICES: ReaderChoices = Object.freeze({ paused: [], notClaims: {} }) as ReaderChoices;
export const READER_CHOICES_KEY = 'local:readerChoices' as const;
const MAX_PAGES = 1000;
const MAX_PER_PAGE = 200;

export const readerChoicesItem = storedItem<unknown>(READER_CHOICES_KEY, EMPTY_CHOICES);

let schema: z.ZodType<ReaderChoices> | undefined;
function readerChoicesSchema(): z.ZodType<ReaderChoices> {
  schema ??= z
    .object({
      paused: z.array(z.string().min(1, 'a paused site needs a host name').max(253)).max(500),
      notClaims: z
        .record(z.string().min(1).max(2048), z.array(z.string().min(1).max(CLAIM_KEY_MAX)).max(MAX_PER_PAGE))
        .refine((r) => Object.keys(r).length <= MAX_PAGES, `at most ${MAX_PAGES} pages: clear the list in Options`),
    })
    .strict() as unknown as z.ZodType<ReaderChoices>;
  return schema;
}

/** Validates a stored value; anything invalid is read as no choices at all. */
export function parseReaderChoices(value: unknown): ReaderChoices {
  const parsed = readerChoicesSchema().safeParse(value);
  return parsed.success ? parsed.data : { paused: [], notClaims: {} };
}

/** The same check as `parseReaderChoices`, without zod (for the content script). */
export function coerceReaderChoices(value: unknown): ReaderChoices {
  const empty = { paused: [], notClaims: {} };
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return empty;
  const v = value as Record<string, unknown>;
  const keys = Object.keys(v);
  if (keys.length !== 2 || !keys.includes('paused') || !keys.includes('notClaims')) return empty;
  const paused = v.paused;
  if (!Array.isArray(paused) || paused.length > 500 || !paused.every((s) => typeof s === 'string' && s.length >= 1 && s.length <= 253))
    return empty;
  const notClaims = v.notClaims;
  if (typeof notClaims !== 'object' || notClaims === null || Array.isArray(notClaims)) return empty;
  const pages = Object.entries(notClaims as Record<string, unknown>);
  if (pages.length > MAX_PAGES) return empty;
  for (const [page, list] of pages) {
    if (page.length < 1 || page.length > 2048) return empty;
    if (!Array.isArray(list) || list.length > MAX_PER_PAGE) return empty;
    if (!list.every((k) => typeof k === 'string' && k.length >= 1 && k.length <= CLAIM_KEY_MAX)) return empty;
  }
  return value as ReaderChoices;
}

/** A page's address as "Not a claim" remembers it: without its #fragment. */
export function pageKey(url: string): string {
  const at = url.indexOf('#');
  return (at === -1 ? url : url.slice(0, at)).slice(0, 2048);
}

/** A host name as "Pause on this site" stores it. */
export function siteKey(hostname: string): string {
  return hostname.toLowerCase().replace(/^www\./, '');
}

/** True when the reader paused Ofsted Lens on this host (or a site it belongs to). */
export function isPausedOn(choices: ReaderChoices, hostname: string): boolean {
  const host = siteKey(hostname);
  return choices.paused.some((site) => host === site || host.endsWith(`.${site}`));
}

/** The choices with one more "Not a claim" on a page (the oldest pages go past the limit). */
export function withNotClaim(choices: ReaderChoices, url: string, key: string): ReaderChoices {
  const page = pageKey(url);
  const list = choices.notClaims[page] ?? [];
  if (list.includes(key)) return choices;
  const rest = Object.entries(choices.notClaims).filter(([p]) => p !== page);
  const kept = rest.slice(Math.max(0, rest.length - (MAX_PAGES - 1)));
  return { ...choices, notClaims: Object.fromEntries([...kept, [page, [...list, key].slice(-MAX_PER_PAGE)]]) };
}

/** The choices with a site paused (`true`) or resumed. */
export function withPaused(choices: ReaderChoices, hostname: string, paused: boolean): ReaderChoices {
  const host = siteKey(hostname);
  const rest = choices.paused.filter((s) => s !== host);
  return { ...choices, paused: paused ? [...rest, host] : rest };
}

/**
 * Reads, changes and writes the stored choices, validated both ways (with the
 * hand-written check, so the content script can call it without zod).
 */
export async function updateReaderChoices(change: (choices: ReaderChoices) => ReaderChoices): Promise<ReaderChoices> {
  const next = change(coerceReaderChoices(await readerChoicesItem.getValue()));
  if (coerceReaderChoices(next) !== next)
    throw new Error('Could not save your choice: the list is too long or malformed; clear it in Options.');
  await readerChoicesItem.setValue(next);
  return next;
}
