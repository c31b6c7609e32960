/**
 * `npm run budgets`: measures the content script against its budgets in the
 * system Chromium with the built extension.
 *
 *  1. size: the content script, gzipped: its first stage, which every page loads (budget
 *     4 KB), and both stages together (budget 25 KB);
 *  2. a 5,000-word article: the content script's main-thread time against the
 *     time to merely walk the page's text (budget 1.5x);
 *  3. a 1 MB text page: the longest task while the content script works (budget 50 ms).
 *
 * Pages carry `data-ofsted-lens-debug`, which makes the content script leave its
 * timings on the performance timeline. `--no-build` skips the build.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { CHROME_BUILD, ROOT, checkChromium, launch, serve } from './browser/harness';
import { generatedArticle } from './bench/generate-page';
import { median } from '../lib/median';
import { BUDGET } from './budget-limits';
import type { DebugTimings } from '../lib/page/debug';

/** The timings of a page the second stage ran on, with the warm re-runs. */
type Timings = Required<DebugTimings>;

checkChromium();
if (!process.argv.includes('--no-build')) {
  const built = spawnSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: 'inherit' });
  if (built.status !== 0) process.exit(built.status ?? 1);
}

const results: { name: string; value: string; budget: string; ok: boolean }[] = [];

// 1. Size: the first stage (listed in the manifest, loaded by every page) and the second (imported on a hit).
const first = readFileSync(join(CHROME_BUILD, 'content-scan.js'));
const second = readFileSync(join(CHROME_BUILD, 'content-annotate.js'));
const gzFirst = gzipSync(first, { level: 9 }).length / 1024;
const gz = gzFirst + gzipSync(second, { level: 9 }).length / 1024;
results.push({
  name: 'content script first stage, gzipped',
  value: `${gzFirst.toFixed(2)} KB (${(first.length / 1024).toFixed(1)} KB raw)`,
  budget: `≤ ${BUDGET.firstStageKb} KB`,
  ok: gzFirst <= BUDGET.firstStageKb,
});
results.push({
  name: 'content script, both stages, gzipped',
  value: `${gz.toFixed(1)} KB (${((first.length + second.length) / 1024).toFixed(1)} KB raw)`,
  budget: `≤ ${BUDGET.sizeKb} KB`,
  ok: gz <= BUDGET.sizeKb,
});

const article = generatedArticle({ words: 5000, claimEvery: 1200, debug: true });
const big = generatedArticle({ words: 175_000, claimEvery: 20_000, debug: true, seed: 7 });
const site = await serve();
site.add('/article-5000.html', article);
site.add('/page-1mb.html', big);
const browser = await launch();

async function openMeasured(path: string, timeout: number): Promise<{ page: Page; timings: Timings; start: number; end: number }> {
  const page = await browser.context.newPage();
  await page.addInitScript(() => {
    const w = window as unknown as { __longTasks: { start: number; duration: number }[] };
    w.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.__longTasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
  });
  await page.goto(site.origin + path);
  await page.waitForFunction(() => performance.getEntriesByName('ofsted-lens:timings').length > 0, undefined, { timeout });
  const measured = await page.evaluate(() => {
    const done = performance.getEntriesByName('ofsted-lens:timings')[0] as PerformanceMark;
    const start = performance.getEntriesByName('ofsted-lens:start')[0]!;
    return { timings: done.detail as Timings, start: start.startTime, end: done.startTime };
  });
  return { page, ...measured };
}

// 2. The 5,000-word article: the content script's per-scan main-thread work against a
// plain TreeWalker reading every text node's value under <body>, both warm, in the same
// load, as medians of 15 alternating blocks inside the content script (each plain block
// about 1 ms: timers in pages are coarsened to 0.1 ms, too coarse for one pass); the
// median over loads; the cold first scan of each load is reported beside it.
const scans: number[] = [];
const walks: number[] = [];
const readOnce: number[] = [];
const cold: number[] = [];
const parts: Record<string, number[]> = {};
let marks = 0;
for (let run = 0; run < 7; run++) {
  const { page, timings } = await openMeasured('/article-5000.html', 30_000);
  if (process.argv.includes('--verbose')) console.log(JSON.stringify(timings));
  scans.push(timings.warm.scanMs);
  walks.push(timings.warm.plainWalkMs);
  readOnce.push(timings.warm.readOnceMs);
  cold.push(timings.busyMs);
  for (const [key, value] of Object.entries(timings.warm.parts)) (parts[key] ??= []).push(value);
  marks = timings.marks;
  await page.close();
}
const ratio = median(scans) / median(walks);
results.push({
  name: '5,000-word article: content script main-thread time per scan',
  value: `${median(scans).toFixed(3)} ms vs ${median(walks).toFixed(3)} ms to merely walk the text = ${ratio.toFixed(2)}x (our walk alone ${(median(parts.walk ?? [0]) / median(walks)).toFixed(2)}x; all but the name check ${((median(scans) - median(parts.prefilter ?? [0])) / median(walks)).toFixed(2)}x; ${Object.entries(
    parts,
  )
    .map(([key, values]) => `${key} ${median(values).toFixed(3)}`)
    .join(', ')}; ${marks} marks; median of 7 loads; first, cold scan of a load: ${median(cold).toFixed(1)} ms)`,
  budget: `≤ ${BUDGET.walkRatio}x`,
  ok: ratio <= BUDGET.walkRatio,
});
// The same loads: the plain walk followed by one look at each character, the least any check of the text can cost.
results.push({
  name: '5,000-word article, for reference: the plain walk and then one look at every character',
  value: `${median(readOnce).toFixed(3)} ms = ${(median(readOnce) / median(walks)).toFixed(2)}x the plain walk; our scan is ${(median(scans) / median(readOnce)).toFixed(2)}x this`,
  budget: 'none (what any code that looks at each character costs at the least)',
  ok: true,
});

// 3. The 1 MB page: no long task while the content script works.
{
  const { page, timings, start, end } = await openMeasured('/page-1mb.html', 180_000);
  await page.waitForTimeout(500);
  const textLength = await page.evaluate(() => document.body.textContent?.length ?? 0);
  const tasks = await page.evaluate(() => (window as unknown as { __longTasks: { start: number; duration: number }[] }).__longTasks);
  const during = tasks.filter((t) => t.start + t.duration >= start && t.start <= end + 200);
  const longest = Math.max(0, ...during.map((t) => t.duration));
  results.push({
    name: '1 MB page: longest task while the content script runs',
    value: `${longest.toFixed(0)} ms (${during.length} long tasks; page text ${(textLength / 1e6).toFixed(2)} M chars; content script ${timings.busyMs.toFixed(0)} ms in slices of at most ${timings.longestSliceMs.toFixed(1)} ms; ${timings.marks} marks)`,
    budget: `no task > ${BUDGET.longTaskMs} ms`,
    ok: longest <= BUDGET.longTaskMs,
  });
  await page.close();
}

await browser.close();
await site.close();

for (const r of results) console.log(`${r.ok ? 'ok  ' : 'OVER'} ${r.name}: ${r.value} (budget ${r.budget})`);
process.exit(results.every((r) => r.ok) ? 0 : 1);
