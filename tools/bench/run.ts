/**
 * `npm run bench`: the matcher against its peers (Node), the content script's own timings
 * in the real Chromium (tools/bench/page.ts), then CPU per page load from a trace for a
 * no-op content script, the floor and ours side by side (tools/bench/loads.ts). Not part
 * of npm test. The last line printed is `floor ratio 5k none: <ours/floor>`.
 *
 * Flags: --quick (smaller sizes, fewer runs), --matcher-only, --page-only (both browser
 * benchmarks), --loads-only (the trace benchmark only), --no-build.
 * BENCH_SIZES=1000,5000 limits tools/bench/page.ts's sizes (default 1k, 5k and 50k words; 500000 adds the largest).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { benchMatcher } from './matcher';

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const loadsOnly = args.includes('--loads-only');

function ratioLine(report: ReturnType<typeof benchMatcher>): void {
  for (const row of report.rows) {
    const ours = row.ms.ours!;
    const peers = Object.entries(row.ms).filter(([name]) => !name.startsWith('ours'));
    const fastest = peers.reduce((a, b) => (b[1] < a[1] ? b : a));
    console.log(
      `  ${row.words} words ${row.kind}: ours ${(row.words / ours).toFixed(0)} words/ms; fastest peer ${fastest[0]} ${(row.words / fastest[1]).toFixed(0)} words/ms; ours/fastest time ${(ours / fastest[1]).toFixed(2)}x`,
    );
  }
}

if (!args.includes('--page-only') && !loadsOnly) {
  console.log('== matcher (Node) ==');
  const report = benchMatcher(quick);
  console.log('parity:');
  for (const line of report.parity) console.log(`  ${line}`);
  console.log('throughput:');
  ratioLine(report);
}
if (!args.includes('--matcher-only')) {
  const { CHROME_BUILD, ROOT, checkChromium, serve } = await import('../browser/harness');
  checkChromium();
  if (!args.includes('--no-build')) {
    const built = spawnSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
    if (built.status !== 0) throw new Error('wxt build failed');
  }
  if (!loadsOnly) {
    const { benchPage } = await import('./page');
    await benchPage(quick, false);
  }

  console.log('== CPU per load from a trace: no-op content script, floor (walk, read once, names prefilter), ours ==');
  const { benchLoads, buildComparisons, launchWith, LOADS } = await import('./loads');
  const { newsPage } = await import('./page');
  const { loadSeeds } = await import('../data/load');
  const temp = mkdtempSync(join(tmpdir(), 'ofsted-lens-loads-'));
  // A private copy: other work in this checkout may rebuild .output while the benchmark runs.
  const ours = join(temp, 'ours');
  cpSync(CHROME_BUILD, ours, { recursive: true });
  const { noop, floor } = await buildComparisons(temp);
  const dataset = loadSeeds('seeds');
  const names = dataset.authorities.filter((a) => a.abolished === null).flatMap((a) => [a.name, a.shortName]);
  const site = await serve();
  const browsers = { noop: await launchWith(noop), floor: await launchWith(floor), ours: await launchWith(ours) };
  const pages: { label: string; path: string; settleMs: number }[] = [];
  for (const [words, kind] of [
    [1000, 'none'],
    [5000, 'none'],
    [50_000, 'none'],
    [5000, 'names'],
    ...(quick
      ? []
      : ([
          [1000, 'names'],
          [50_000, 'names'],
        ] as const)),
  ] as const) {
    const path = `/loads-${words}-${kind}.html`;
    site.add(path, newsPage(words, kind === 'names' ? names : [], false));
    const label = `${words >= 1000 ? `${words / 1000}k` : words} words ${kind === 'names' ? 'with councils' : 'no council'}`;
    pages.push({ label, path, settleMs: kind === 'names' ? 2500 : 1500 });
  }
  console.log(`(${LOADS} loads each, alternating; milliseconds: median (min-max))`);
  let ratio5kNone = NaN;
  try {
    const results = await benchLoads(site, browsers, pages);
    const { median } = await import('../../lib/median');
    const total = (loads: { totalMs: number }[]) => median(loads.map((l) => l.totalMs));
    for (const r of results) {
      if (r.label === '5k words no council') ratio5kNone = total(r.loads.ours) / total(r.loads.floor);
    }
  } finally {
    for (const b of Object.values(browsers)) await b.close();
    await site.close();
    rmSync(temp, { recursive: true, force: true });
  }
  console.log(`floor ratio 5k none: ${ratio5kNone.toFixed(2)}`);
}
