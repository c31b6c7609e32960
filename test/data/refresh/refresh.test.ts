/**
 * `npm run data:refresh` end to end against a fixture site on 127.0.0.1 standing in
 * for reports.ofsted.gov.uk and files.ofsted.gov.uk: the raw folder, its index, the
 * seeds and the change summary after a run with new reports, a run where one page
 * changed and the rest answer 304, and the runs that must fail in one line without
 * touching seeds/. Needs ../shared/ofsted (the raw material the import reads), like
 * the re-import test; the raw folder links to its PDFs rather than copying them.
 */
import { spawn } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IndexRow, LaterRow, readListing } from '../../../tools/data/import/sources';
import { loadSeeds } from '../../../tools/data/load';
import * as layouts from '../import/layouts';
import { startFixtureSite, type FixtureSite } from './fixture-server';

const SHARED = resolve('..', 'shared', 'ofsted');
const available = existsSync(join(SHARED, 'reports', 'index.csv'));
const REPORT = "children's services inspection";
const fileId = (url: string) => /\/v1\/file\/(\d+)$/.exec(url)?.[1] ?? '';

describe.skipIf(!available)('npm run data:refresh against a fixture site', () => {
  let site: FixtureSite;
  let work: string;
  let raw: string;
  let seeds: string;

  // Asynchronous: the fixture site answers from this process, so it must not be blocked.
  const refresh = (pagesBase = `${site.base}/provider/44/`) =>
    new Promise<{ status: number | null; stdout: string; stderr: string }>((done) => {
      const args = [
        '--import',
        'tsx',
        'tools/data/refresh.ts',
        '--raw',
        raw,
        '--seeds',
        seeds,
        '--summary',
        join(work, 'summary.md'),
        '--pages-base',
        pagesBase,
        '--files-base',
        `${site.base}/v1/file/`,
        '--backoff-ms',
        '10',
      ];
      const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      child.on('close', (status) => done({ status, stdout, stderr }));
    });
  const seedBytes = () => ['inspections.json', 'authorities.json', 'events.json'].map((f) => readFileSync(join(seeds, f), 'utf8'));

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'ofsted-lens-refresh-test-'));
    raw = join(work, 'raw');
    seeds = join(work, 'seeds');
    mkdirSync(join(raw, 'reports'), { recursive: true });
    for (const f of ['la-lookup.csv', 'ilacs-history.csv', 'later-reports.csv']) copyFileSync(join(SHARED, f), join(raw, f));
    copyFileSync(join(SHARED, 'reports', 'index.csv'), join(raw, 'reports', 'index.csv'));
    const index = readListing(readFileSync(join(SHARED, 'reports', 'index.csv'), 'utf8'), 'index.csv', IndexRow);
    for (const row of index) {
      mkdirSync(join(raw, 'reports', row.urn), { recursive: true });
      symlinkSync(join(SHARED, 'reports', row.file), join(raw, 'reports', row.file));
    }
    cpSync('seeds', seeds, { recursive: true });

    site = await startFixtureSite();
    // Every authority's page lists what is held: its reports and its later report.
    for (const a of loadSeeds('seeds').authorities) if (a.urn) site.pages.set(a.urn, []);
    for (const row of index) site.pages.get(row.urn)?.push({ fileId: fileId(row.url), type: REPORT, published: row.published });
    const later = readListing(readFileSync(join(SHARED, 'later-reports.csv'), 'utf8'), 'later-reports.csv', LaterRow);
    for (const row of later) site.pages.get(row.urn)?.push({ fileId: fileId(row.url), type: REPORT, published: row.published });
    // New: the three reports of 25 August 2026 held until now only from later-reports.csv, and a report for Barnet.
    site.files.set('50309682', layouts.ilacs2026('Inspection dates: 6 to 17 July 2026'));
    site.files.set('50309681', layouts.ilacs2026('Inspection dates: 13 to 24 July 2026'));
    site.files.set('50309683', layouts.ilacs2026('Inspection dates: 6 to 17 July 2026'));
    site.pages.get('80487')?.push({ fileId: '60000001', type: REPORT, published: '2026-11-20' });
    site.files.set('60000001', layouts.ilacs2026('Inspection dates: 5 to 16 October 2026'));
    // Ungraded publications become events.
    site.pages.get('80487')?.push({ fileId: '60000002', type: 'focused visit', published: '2025-10-02' });
    // Barnsley's page answers 429 once before it answers.
    site.behaviour.set('80426', 'rate-limited-once');
  });

  afterAll(async () => {
    await site?.close();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('downloads the new reports into the raw folder, updates the index and the seeds, and prints the change summary', async () => {
    const run = await refresh();
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);

    expect(
      readFileSync(join(raw, 'reports', '80487', '2026-11-20.pdf'))
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
    expect(existsSync(join(raw, 'reports', '80464', '2026-08-25.pdf'))).toBe(true);
    const index = readFileSync(join(raw, 'reports', 'index.csv'), 'utf8');
    expect(index).toContain('\n80487,barnet,2026-11-20,https://files.ofsted.gov.uk/v1/file/60000001,80487/2026-11-20.pdf\n');
    expect(index).toContain('\n80464,dudley,2026-08-25,https://files.ofsted.gov.uk/v1/file/50309682,80464/2026-08-25.pdf\n');
    expect(readFileSync(join(raw, 'later-reports.csv'), 'utf8')).toBe(
      `${readFileSync(join(SHARED, 'later-reports.csv'), 'utf8').split('\n')[0]}\n`,
    );

    const dataset = loadSeeds(seeds);
    const dudley = dataset.inspections.find((i) => i.id === 'dudley-2026-08-25');
    expect(dudley?.source).toEqual({ kind: 'report' });
    expect(dudley?.fieldworkEnd).toBe('2026-07-17');
    expect(dataset.inspections.find((i) => i.id === 'barnet-2026-11-20')?.judgements.in_care).toBe('outstanding');
    expect(dataset.events).toEqual([
      { authority: 'barnet', kind: 'focused_visit', published: '2025-10-02', url: 'https://files.ofsted.gov.uk/v1/file/60000002' },
    ]);
    expect(dataset.asOf).toBe('2026-11-20');

    const summary = readFileSync(join(work, 'summary.md'), 'utf8');
    expect(run.stdout).toContain(summary.trim().split('\n')[0]);
    expect(summary).toContain('Data up to 20 November 2026 (was 25 August 2026).');
    expect(summary).toContain('### New reports (4)');
    expect(summary).toMatch(
      /- London Borough of Barnet, published 20 November 2026: ILACS \(April 2026 framework, no overall judgement\), standard, fieldwork 5 October 2026 to 16 October 2026\. impact of leaders: good; .*children in care: outstanding; care leavers: requires improvement\. https:\/\/files\.ofsted\.gov\.uk\/v1\/file\/60000001/,
    );
    expect(summary).toMatch(
      /### Latest grades changed \(4\)\n- .*Barnet \(report published 20 November 2026\): overall effectiveness: \w[\w ]* -> none \(not in its framework\)/,
    );
    expect(summary).toMatch(/- Dudley .*: impact of leaders: inadequate -> good/);
    expect(summary).toMatch(
      /### later-reports\.csv rows now read from the PDF \(3\)\n- Dudley.*published 25 August 2026: was unverified, now read from https:\/\/files\.ofsted\.gov\.uk\/v1\/file\/50309682/,
    );
    expect(summary).toContain(
      '### New focused visits, monitoring visits and JTAIs (1)\n- London Borough of Barnet: focused visit, published 2 October 2025.',
    );
    expect(summary).toContain('### Disagreements and parse failures (0)\n- none');

    // Polite: never more than two requests at once, a User-Agent naming the project, the 429 retried.
    expect(site.peak).toBeLessThanOrEqual(2);
    expect(site.log.every((r) => String(r.headers['user-agent']).startsWith('ofsted-lens-data-refresh/'))).toBe(true);
    expect(site.log.filter((r) => r.path === '/provider/44/80426').map((r) => r.status)).toEqual([429, 200]);
  }, 300_000);

  it('asks conditionally next time: unchanged pages answer 304, and a changed page adds its new visit', async () => {
    site.log.length = 0;
    site.pages.get('80475')?.push({ fileId: '60000003', type: 'monitoring visit', published: '2026-11-25' });
    const run = await refresh();
    expect(run.status, run.stderr).toBe(0);
    const pages = site.log.filter((r) => r.path.startsWith('/provider/'));
    expect(pages.filter((r) => r.status === 200).map((r) => r.path)).toEqual(['/provider/44/80475']);
    expect(pages.filter((r) => r.status === 304).length).toBe(pages.length - 1);
    expect(pages.every((r) => r.headers['if-none-match'])).toBe(true);
    expect(loadSeeds(seeds).events?.map((e) => e.kind)).toEqual(['focused_visit', 'monitoring_visit']);
    expect(run.stdout).toContain('- Hertfordshire County Council: monitoring visit, published 25 November 2026.');
    expect(run.stdout).toContain('### New reports (0)');

    site.log.length = 0;
    const again = await refresh();
    expect(again.status).toBe(0);
    expect(again.stdout).toContain('nothing new since the last refresh');
  }, 300_000);

  it.each([
    {
      name: 'a page that answers 500 every time',
      urn: '80431',
      behaviour: 'error-500' as const,
      error:
        /^data:refresh failed: http:\/\/127\.0\.0\.1:\d+\/provider\/44\/80431 answered 500 Internal Server Error after 4 tries; nothing written to seeds\/\n$/,
    },
    {
      name: 'a page whose layout changed',
      urn: '80431',
      behaviour: 'new-layout' as const,
      error:
        /^data:refresh failed: http:\/\/127\.0\.0\.1:\d+\/provider\/44\/80431 no longer matches the expected layout: no a\.publication-link, yet \d+ report\(s\) are held from it; nothing written to seeds\/\n$/,
    },
  ])(
    'fails in one line naming the page, leaving seeds/ as it was: $name',
    async ({ urn, behaviour, error }) => {
      site.pages.get('80431')?.push({ fileId: '60000004', type: 'focused visit', published: '2026-11-26' });
      site.behaviour.set(urn, behaviour);
      const before = seedBytes();
      const run = await refresh();
      expect(run.status).toBe(1);
      expect(run.stderr).toMatch(error);
      expect(seedBytes()).toEqual(before);
      site.behaviour.delete(urn);
      site.pages.get('80431')?.pop();
    },
    120_000,
  );

  it('fails in one line when the site cannot be reached', async () => {
    const before = seedBytes();
    // A port that was free a moment ago: nothing listens there.
    const closed = createServer();
    await new Promise<void>((ready) => closed.listen(0, '127.0.0.1', ready));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((done) => closed.close(() => done()));
    const run = await refresh(`http://127.0.0.1:${port}/provider/44/`);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(
      /^data:refresh failed: cannot reach http:\/\/127\.0\.0\.1:\d+\/provider\/44\/\d+ \(ECONNREFUSED\): check the internet connection; nothing written to seeds\/\n$/,
    );
    expect(seedBytes()).toEqual(before);
  }, 120_000);
});
