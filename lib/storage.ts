/**
 * The user's options, stored in `storage.sync` (lib/stored-item.ts) so they
 * follow the user between browsers. Values are validated with zod when read; a
 * bad stored value falls back to the defaults rather than breaking the extension.
 *
 * The zod schema is built lazily so a bundle that only needs `optionsItem` and
 * the pure helpers (the content script, which validates with its own small
 * guard) does not carry zod.
 */
import { z } from 'zod';
import { storedItem } from './stored-item';

/** Where Ofsted Lens runs. */
export const SCOPES = ['all', 'listed', 'paused'] as const;
export type Scope = (typeof SCOPES)[number];
/** Which claims get a mark on the page. */
export const MARK_CHOICES = ['all', 'attention'] as const;
export type MarkChoice = (typeof MARK_CHOICES)[number];

export interface Options {
  scope: Scope;
  /** Host names for scope `listed`; a listed name also covers its subdomains. */
  sites: string[];
  marks: MarkChoice;
}

/** What a new install (or a bad stored value) gets. */
export const DEFAULT_OPTIONS: Options = Object.freeze({ scope: 'all', sites: [], marks: 'all' }) as Options;

/** The storage key, for tests and for code that watches storage directly. */
export const OPTIONS_KEY = 'sync:options' as const;

/** The stored item. Read it through `readOptions`/`parseOptions`, which validate. */
export const optionsItem = storedItem<unknown>(OPTIONS_KEY, DEFAULT_OPTIONS);

let schema: z.ZodType<Options> | undefined;
/** The options' zod schema (host names are lower-cased and trimmed). */
export function optionsSchema(): z.ZodType<Options> {
  schema ??= z
    .object({
      scope: z.enum(SCOPES),
      sites: z.array(z.string().trim().toLowerCase().min(1).max(253)).max(500),
      marks: z.enum(MARK_CHOICES),
    })
    .strict() as unknown as z.ZodType<Options>;
  return schema;
}

/** Validates a stored value; anything invalid becomes the defaults. */
export function parseOptions(value: unknown): Options {
  const parsed = optionsSchema().safeParse(value);
  return parsed.success ? parsed.data : { ...DEFAULT_OPTIONS, sites: [] };
}

/** The current options, validated. */
export async function readOptions(): Promise<Options> {
  return parseOptions(await optionsItem.getValue());
}

/** Validates and stores options; throws with zod's message if they are invalid. */
export async function writeOptions(options: Options): Promise<void> {
  const parsed = optionsSchema().safeParse(options);
  if (!parsed.success) throw new Error(`Invalid options: ${z.prettifyError(parsed.error)}`);
  await optionsItem.setValue(parsed.data);
}

/**
 * Turns what a user typed ("https://www.Example.co.uk/news", "example.co.uk")
 * into the host name the options store, or null if it is not a host name.
 */
export function normaliseSite(input: string): string | null {
  let host = input.trim().toLowerCase();
  if (host === '') return null;
  host = host
    .replace(/^[a-z][a-z0-9+.-]*:\/\//, '')
    .replace(/[/?#:].*$/, '')
    .replace(/^www\./, '');
  return /^[a-z0-9-]+(\.[a-z0-9-]+)*$/.test(host) ? host : null;
}

/** Whether Ofsted Lens should mark pages on this host under these options. */
export function isActiveOn(options: Options, hostname: string): boolean {
  if (options.scope === 'paused') return false;
  if (options.scope === 'all') return true;
  const host = hostname.toLowerCase().replace(/^www\./, '');
  return options.sites.some((site) => host === site || host.endsWith(`.${site}`));
}
