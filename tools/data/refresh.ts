/**
 * npm run data:refresh -- --raw DIR [--seeds seeds] [--summary data-changes.md]
 *
 * Brings in every publication Ofsted has added since the last refresh:
 * 1. reads each authority's page on reports.ofsted.gov.uk (two requests at a time,
 *    conditional on the cached ETag / Last-Modified, retrying 429 and 5xx);
 * 2. downloads each report not yet held (keyed by file id) into DIR with the layout of
 *    ../shared/ofsted/reports (<urn>/<published>.pdf plus its index.csv row), and drops
 *    the later-reports.csv row a downloaded report replaces;
 * 3. runs the existing import (tools/data/import.ts) from DIR into a staging folder,
 *    adds the ungraded publications (focused and monitoring visits, JTAIs) to
 *    events.json, validates the whole dataset, and only then replaces the seeds;
 * 4. prints the change summary and writes it to --summary for the review and the release.
 *
 * DIR must hold a full copy of the raw material (cp -r ../shared/ofsted DIR): the
 * shared folder is read-only. Fails with one line naming the page when offline or when
 * a page's layout no longer matches; seeds/ is never partly written.
 * For tests: --pages-base and --files-base point it at a local fixture server.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { loadSeeds } from './load';
import { IndexRow, LaterRow, readListing } from './import/sources';
import { csvLine } from './import/csv';
import { looksLikePdf } from './import/pdf-text';
import { compareEvents } from '../../lib/data/events';
import { fileIdOf, LayoutError, readProviderPage, type Publication } from './refresh/provider-page';
import { changeSummary } from './refresh/change-summary';
import type { Authority, InspectionEvent } from '../../lib/data/schema';
import { FetchError, politeClient } from './refresh/polite-client';
import { readPageCache, writePageCache, type PageCache } from './refresh/page-cache';

const Options = z.object({
  raw: z.string({ error: '--raw DIR is required: a writable copy of the raw material (cp -r ../shared/ofsted DIR)' }).min(1),
  seeds: z.string().default('seeds'),
  summary: z.string().default('data-changes.md'),
  'pages-base': z.url().default('https://reports.ofsted.gov.uk/provider/44/'),
  'files-base': z.url().default('https://files.ofsted.gov.uk/v1/file/'),
  cache: z.string().optional(),
  'backoff-ms': z.coerce.number().int().nonnegative().default(2000),
});

/** The permanent address the dataset records, whatever host served the file. */
const canonicalUrl = (fileId: string) => `https://files.ofsted.gov.uk/v1/file/${fileId}`;

class RefreshError extends Error {}

function stepOut(message: string): never {
  throw new RefreshError(message);
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      raw: { type: 'string' },
      seeds: { type: 'string' },
      summary: { type: 'string' },
      'pages-base': { type: 'string' },
      'files-base': { type: 'string' },
      cache: { type: 'string' },
      'backoff-ms': { type: 'string' },
    },
  });
  const parsed = Options.safeParse(values);
  if (!parsed.success) stepOut(parsed.error.issues[0]?.message ?? 'bad arguments');
  const options = parsed.data;
  const raw = resolve(options.raw);
  const seeds = resolve(options.seeds);
  const indexFile = join(raw, 'reports', 'index.csv');
  if (!existsSync(indexFile))
    stepOut(`${indexFile} not found: --raw must be a writable copy of the raw material (cp -r ../shared/ofsted ${options.raw})`);
  const cacheFile = resolve(options.cache ?? join(raw, 'provider-pages-cache.json'));

  // What is held: reports (index.csv), unverified reports (later-reports.csv) and events, by file id.
  const before = loadSeeds(seeds);
  const indexText = readFileSync(indexFile, 'utf8');
  const index = readListing(indexText, 'reports/index.csv', IndexRow);
  const laterFile = join(raw, 'later-reports.csv');
  const laterText = readFileSync(laterFile, 'utf8');
  const later = readListing(laterText, 'later-reports.csv', LaterRow);
  const heldReports = new Set(index.map((r) => fileIdOf(r.url)));
  const laterByFile = new Map(later.map((r) => [fileIdOf(r.url), r]));
  const heldEvents = new Set((before.events ?? []).map((e) => fileIdOf(e.url)));
  const scrapeName = new Map(index.map((r) => [r.urn, r.local_authority]));
  const heldPerUrn = new Map<string, number>();
  for (const r of index) heldPerUrn.set(r.urn, (heldPerUrn.get(r.urn) ?? 0) + 1);

  // 1. Every authority's page, two at a time.
  const client = politeClient({ backoffMs: options['backoff-ms'] });
  const cache = readPageCache(cacheFile);
  const nextCache: PageCache = { version: 1, pages: { ...cache.pages } };
  const withPages = before.authorities.filter((a): a is Authority & { urn: string } => a.urn !== null);
  let changedPages = 0;
  const listed = await Promise.all(
    withPages.map(async (authority) => {
      const page = new URL(authority.urn, options['pages-base']).href;
      const cached = cache.pages[page];
      const got = await client.get(page, cached ?? {});
      if (got.status === 'not-modified') {
        if (!cached) stepOut(`${page} answered 304 Not Modified to a request that sent no validators`);
        return { authority, publications: cached.publications as Publication[] };
      }
      changedPages++;
      const publications = readProviderPage(new TextDecoder().decode(got.body), page);
      if (publications.length === 0 && heldPerUrn.has(authority.urn)) {
        throw new LayoutError(page, `no a.publication-link, yet ${heldPerUrn.get(authority.urn)} report(s) are held from it`);
      }
      nextCache.pages[page] = { etag: got.etag, lastModified: got.lastModified, publications: [...publications] };
      return { authority, publications };
    }),
  );

  // 2. What is new.
  const newReports: { authority: Authority & { urn: string }; publication: Publication }[] = [];
  const newEvents: InspectionEvent[] = [];
  for (const { authority, publications } of listed) {
    for (const p of publications) {
      if (p.kind === 'report' && !heldReports.has(p.fileId)) newReports.push({ authority, publication: p });
      if (p.kind !== 'report' && p.kind !== 'other' && !heldEvents.has(p.fileId)) {
        newEvents.push({ authority: authority.id, kind: p.kind, published: p.published, url: canonicalUrl(p.fileId) });
        heldEvents.add(p.fileId);
      }
    }
  }
  // Reports in DIR but not yet in the seeds (a run whose import failed) are read again.
  const inSeeds = new Set(before.inspections.map((i) => fileIdOf(i.url)));
  // (Files that are not PDFs, such as the saved "Report not found" pages of 2012, never give a record.)
  const pending = index
    .filter(
      (r) => !inSeeds.has(fileIdOf(r.url)) && looksLikePdf(new Uint8Array(readFileSync(join(raw, 'reports', r.file)).subarray(0, 1024))),
    )
    .map((r) => r.file);
  if (newReports.length === 0 && newEvents.length === 0 && pending.length === 0) {
    writePageCache(cacheFile, nextCache);
    console.log(
      `data:refresh: ${withPages.length} provider pages read (${changedPages} changed); nothing new since the last refresh. seeds/ unchanged.`,
    );
    return 0;
  }

  // Download every new report before writing anything, so a failure leaves DIR as it was.
  const downloads = await Promise.all(
    newReports.map(async ({ authority, publication }) => {
      const href = new URL(publication.fileId, options['files-base']).href;
      const got = await client.get(href);
      if (got.status !== 'fresh') stepOut(`${href} answered 304 Not Modified to an unconditional request`);
      if (!looksLikePdf(got.body)) stepOut(`${href} (${publication.label}, ${authority.name}) is not a PDF`);
      return { authority, publication, body: got.body, file: `${authority.urn}/${publication.published}.pdf` };
    }),
  );
  const indexLines: string[] = [];
  for (const d of downloads) {
    const path = join(raw, 'reports', d.file);
    if (existsSync(path)) stepOut(`${path} already exists: two reports for URN ${d.authority.urn} on ${d.publication.published}`);
    mkdirSync(join(raw, 'reports', d.authority.urn), { recursive: true });
    writeFileSync(path, d.body);
    const name = scrapeName.get(d.authority.urn) ?? d.authority.shortName.toLowerCase();
    indexLines.push(csvLine([d.authority.urn, name, d.publication.published, canonicalUrl(d.publication.fileId), d.file]));
  }
  writeFileSync(indexFile, `${indexText.replace(/\n?$/, '\n')}${indexLines.map((l) => `${l}\n`).join('')}`);
  const replaced = downloads.flatMap((d) => (laterByFile.has(d.publication.fileId) ? [canonicalUrl(d.publication.fileId)] : []));
  if (replaced.length > 0) {
    const kept = laterText.split('\n').filter((line) => !replaced.some((url) => line.includes(`,${url},`)));
    writeFileSync(laterFile, kept.join('\n'));
  }

  // 3. The existing import, into a staging folder; then events; then validate everything.
  const staging = mkdtempSync(join(tmpdir(), 'ofsted-lens-refresh-'));
  try {
    const needImport = downloads.length > 0 || pending.length > 0;
    const run = needImport
      ? spawnSync(process.execPath, ['--import', 'tsx', 'tools/data/import.ts', '--from', raw, '--out', staging], {
          encoding: 'utf8',
          maxBuffer: 64 * 1024 * 1024,
        })
      : copySeeds(seeds, staging);
    const output = `${run.stdout}${run.stderr}`.split('\n');
    const newFiles = [...pending, ...downloads.map((d) => d.file)];
    // Only lines about the new reports: the known disagreements of older ones were settled at their import.
    // (UNMATCHED is expected: the third-party scrape is a snapshot that predates them.)
    const problems = output.filter(
      (l) => /^(FAILED|SKIPPED|DISAGREE) /.test(l) && newFiles.some((f) => l.includes(`${f}:`) || l.includes(`${f} `)),
    );
    if (run.status !== 0) {
      for (const line of output.filter((l) => /^FAILED |failed/.test(l))) console.error(line);
      stepOut(`the import failed (${problems.length} problem(s) with new reports above); seeds/ unchanged, new PDFs left in ${raw}`);
    }
    const events = [...(before.events ?? []), ...newEvents].sort(compareEvents);
    writeFileSync(join(staging, 'events.json'), `${JSON.stringify({ $comment: eventsComment(seeds), events }, null, 2)}\n`);
    const after = loadSeeds(staging);
    const lines = changeSummary({ before, after, pages: { read: withPages.length, changed: changedPages }, problems });
    const failures = problems.filter((p) => /^(FAILED|SKIPPED) /.test(p));

    // 4. Replace the seeds only when everything above held: each file renamed into place whole.
    if (failures.length === 0) {
      for (const file of ['authorities.json', 'inspections.json', 'events.json']) {
        copyFileSync(join(staging, file), join(seeds, `.${file}.tmp`));
      }
      for (const file of ['authorities.json', 'inspections.json', 'events.json']) {
        renameSync(join(seeds, `.${file}.tmp`), join(seeds, file));
      }
      writePageCache(cacheFile, nextCache);
    }
    const text = `## Data changes (refresh of ${new Date().toISOString().slice(0, 10)})\n\n${lines.join('\n')}\n`;
    writeFileSync(resolve(options.summary), text);
    console.log(text);
    if (failures.length > 0) stepOut(`${failures.length} new report(s) could not be read (listed above); seeds/ unchanged`);
    console.log(`data:refresh: seeds updated; summary in ${options.summary}. Review it, run npm test, then npm run release.`);
    return 0;
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

/** Only events are new: the staging folder starts as a copy of the seeds, and no PDF is read. */
function copySeeds(seeds: string, staging: string): { status: number; stdout: string; stderr: string } {
  mkdirSync(join(staging, 'curated'), { recursive: true });
  for (const file of [
    'authorities.json',
    'inspections.json',
    'councils-not-inspected.json',
    'curated/inspections.json',
    'curated/authority-names.json',
  ]) {
    copyFileSync(join(seeds, file), join(staging, file));
  }
  return { status: 0, stdout: '', stderr: '' };
}

/** Keeps the events file's own comment. */
function eventsComment(seeds: string): string {
  const json = JSON.parse(readFileSync(join(seeds, 'events.json'), 'utf8')) as { $comment?: unknown };
  return typeof json.$comment === 'string' ? json.$comment : 'Written by npm run data:refresh.';
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    const known = error instanceof RefreshError || error instanceof FetchError || error instanceof LayoutError;
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    console.error(`data:refresh failed: ${message}${known ? '' : ' (unexpected)'}; nothing written to seeds/`);
    process.exit(1);
  },
);
