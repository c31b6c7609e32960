/**
 * What the refresh remembers between runs about each provider page: its validators
 * (ETag / Last-Modified) and the publications it listed, so an unchanged page costs
 * a 304 and no parsing. Stored as JSON next to the raw material; validated on read,
 * and a damaged cache fails loudly with how to recover.
 */
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { z } from 'zod';

const CachedPublication = z
  .object({
    fileId: z.string().regex(/^\d+$/),
    href: z.url(),
    kind: z.enum(['report', 'focused_visit', 'monitoring_visit', 'joint_targeted_area_inspection', 'other']),
    published: z.iso.date(),
    label: z.string(),
  })
  .strict();

const CachedPage = z
  .object({ etag: z.string().nullable(), lastModified: z.string().nullable(), publications: z.array(CachedPublication) })
  .strict();
export type CachedPage = z.infer<typeof CachedPage>;

export const PageCache = z.object({ version: z.literal(1), pages: z.record(z.string(), CachedPage) }).strict();
export type PageCache = z.infer<typeof PageCache>;

/** The cache at `file`, or an empty one if there is none yet. */
export function readPageCache(file: string): PageCache {
  if (!existsSync(file)) return { version: 1, pages: {} };
  const parsed = PageCache.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) {
    throw new Error(`${file} is not a valid page cache (${z.prettifyError(parsed.error).split('\n')[0]}): delete it and run again`);
  }
  return parsed.data;
}

/** Writes the cache whole (temporary file, then rename), so a crash never leaves half a file. */
export function writePageCache(file: string, cache: PageCache): void {
  writeFileSync(`${file}.tmp`, `${JSON.stringify(cache, null, 1)}\n`);
  renameSync(`${file}.tmp`, file);
}
