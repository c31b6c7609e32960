/**
 * The content script in the real Chromium with the built extension, on generated
 * news-like pages of about 1k, 5k, 50k and 500k words, with many authorities and
 * claims ("names") or none ("none"). Per size, medians of several loads in one process:
 *
 * - walk: the floor, a plain TreeWalker pass collecting the page's text, timed in the page;
 * - scan: the content script's own main-thread time for its first scan of the page
 *   (its slices: walk, prefilter, ranges, paint; the engine runs in the background),
 *   read from the timing hook debug pages get (data-ofsted-lens-debug, entrypoints/content/connect.ts);
 * - profiled: the content script's whole main-thread time for a load, start-up included, from
 *   a sampling CPU profile of the page (samples with either stage of the content script on
 *   the stack), from outside (tools/bench/loads.ts measures CPU per load from a trace, better);
 * - script+: the renderer's ScriptDuration (CDP Performance.getMetrics) with the extension
 *   minus without it (it misses most isolated-world work; printed, not relied on);
 * - long tasks (PerformanceObserver 'longtask') with and without the extension (same pages);
 * - heap+: JS heap used after a forced GC, with minus without (same pages);
 * - insertion to marks: a claim appended to a marked page, until CSS.highlights grows;
 * - bundle sizes gzipped; the popup's time to first render on a 10-authority page.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type BrowserContext, type CDPSession, type Page } from 'playwright-core';
import { loadSeeds } from '../data/load';
import type { Dataset } from '../../lib/data/schema';
import { CHROME_BUILD, CHROMIUM, ROOT, checkChromium, launch, serve, type Browser, type Site } from '../browser/harness';
import { tabIdOf } from '../browser/page-helpers';
import { contentScriptTime } from '../browser/cpu-profile';
import { median } from '../../lib/median';
import type { DebugTimings } from '../../lib/page/debug';
import { newsParagraphs, SIZES } from './text';

interface Load {
  /** The content script's main-thread time from a sampling CPU profile (loads without the hook). */
  profiledMs: number;
  walkMs: number;
  walkColdMs: number;
  hook: DebugTimings | null;
  scriptMs: number;
  taskMs: number;
  heapBytes: number;
  longTasks: number[];
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * A news page of about `words` words (names inserted or none). `debug` turns on the content
 * script's timing hook, which afterwards re-runs the scan 50 times in one task (for the warm
 * figures): long tasks, script time and heap are therefore measured on pages without it.
 */
export function newsPage(words: number, names: readonly string[], debug = true, seed = words): string {
  const paragraphs = newsParagraphs({ words, names, nameRate: 0.2, claimRate: 0.4, seed });
  return `<!doctype html><html lang="en-GB"${debug ? ' data-ofsted-lens-debug' : ''}><head><meta charset="utf-8">
<title>Council news ${words}</title><meta property="article:published_time" content="2025-06-02T09:00:00Z"></head>
<body><header><nav><a href="/">Home</a> <a href="/news">News</a></nav></header>
<main><article><h1>Council news round-up</h1>
${paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}
</article></main><footer><p>Generated page for the benchmark.</p></footer></body></html>`;
}

const LONG_TASKS = () => {
  const w = window as unknown as { __longTasks: number[] };
  w.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) w.__longTasks.push(entry.duration);
  }).observe({ type: 'longtask', buffered: true });
};

async function metrics(page: Page, cdp: CDPSession): Promise<{ scriptMs: number; taskMs: number; heapBytes: number }> {
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  const get = (name: string) => list.find((m) => m.name === name)?.value ?? 0;
  return { scriptMs: get('ScriptDuration') * 1000, taskMs: get('TaskDuration') * 1000, heapBytes: get('JSHeapUsedSize') };
}

/**
 * The floor: a plain TreeWalker pass over the page's text nodes, in the page: the first
 * (cold) pass, and the mean of enough warm passes to beat the page's coarse timer.
 */
async function walkFloor(page: Page): Promise<{ cold: number; warm: number }> {
  return page.evaluate(() => {
    let length = 0;
    let t = performance.now();
    {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      const parts: string[] = [];
      for (let n = walker.nextNode(); n; n = walker.nextNode()) parts.push((n as Text).data);
      length += parts.join('').length;
    }
    const cold = performance.now() - t;
    let runs = 0;
    t = performance.now();
    while (runs < 5 || (performance.now() - t < 200 && runs < 200)) {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      const parts: string[] = [];
      for (let n = walker.nextNode(); n; n = walker.nextNode()) parts.push((n as Text).data);
      length += parts.join('').length;
      runs++;
    }
    return { cold, warm: (performance.now() - t) / runs + length * 0 };
  });
}

/** Waits until the page holds more than `atLeast - 1` highlighted ranges (any of ours). */
function waitForMarks(page: Page, atLeast: number, timeout: number): Promise<unknown> {
  return page.waitForFunction(
    (min) => {
      let n = 0;
      for (const h of (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.values()) n += h.size;
      return n >= min;
    },
    atLeast,
    { timeout },
  );
}

/**
 * One load. `hook`: wait for the timing hook's mark and read it. `marks`: wait for the first
 * mark (a page with names) or `quietMs` (a page without). `bare`: a browser without the extension.
 */
async function loadOnce(
  context: BrowserContext,
  url: string,
  mode: 'hook' | 'marks' | 'bare',
  timeout: number,
  quietMs = 1500,
): Promise<Load> {
  const withExtension = mode === 'hook';
  const page = await context.newPage();
  await page.addInitScript(LONG_TASKS);
  // CDP counts script time only once enabled: enable before the page loads.
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  if (mode === 'marks') {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
  }
  await page.goto(url, { timeout });
  let hook: DebugTimings | null = null;
  if (withExtension) {
    await page.waitForFunction(() => performance.getEntriesByName('ofsted-lens:timings').length > 0, undefined, { timeout });
    hook = await page.evaluate(() => (performance.getEntriesByName('ofsted-lens:timings')[0] as PerformanceMark).detail as DebugTimings);
  } else {
    await page.waitForLoadState('load', { timeout });
    if (mode === 'marks' && quietMs === 0) {
      await waitForMarks(page, 1, timeout);
    } else {
      await page.waitForTimeout(quietMs);
    }
  }
  await page.waitForTimeout(500);
  const profiledMs = mode === 'marks' ? contentScriptTime((await cdp.send('Profiler.stop')).profile).contentScriptMs : 0;
  const m = await metrics(page, cdp);
  const longTasks = await page.evaluate(() => (window as unknown as { __longTasks: number[] }).__longTasks);
  const walk = await walkFloor(page);
  await cdp.detach();
  await page.close();
  return { profiledMs, walkMs: walk.warm, walkColdMs: walk.cold, hook, ...m, longTasks };
}

function gz(path: string): number {
  return gzipSync(readFileSync(path), { level: 9 }).length;
}

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

/** The built bundles' gzipped sizes, one line. */
function printBundleSizes(EXT: string): void {
  const chunk = (prefix: string) =>
    readdirSync(join(EXT, 'chunks'))
      .filter((f) => f.startsWith(prefix))
      .map((f) => join(EXT, 'chunks', f));
  const popupFiles = [...chunk('popup-'), ...chunk('ui-')];
  console.log(
    `bundle gzipped: content script first stage ${(gz(join(EXT, 'content-scan.js')) / 1024).toFixed(2)} KB (${gz(join(EXT, 'content-scan.js'))} bytes; raw ${kb(statSync(join(EXT, 'content-scan.js')).size)}), second stage ${kb(gz(join(EXT, 'content-annotate.js')))}, both ${kb(gz(join(EXT, 'content-scan.js')) + gz(join(EXT, 'content-annotate.js')))}; debug-only timing hook ${kb(gz(join(EXT, 'content-bench.js')))}; background ${kb(gz(join(EXT, 'background.js')))}, popup ${kb(popupFiles.reduce((s, f) => s + gz(f), 0))} (popup + shared ui chunk)`,
  );
}

/** One page size with names or without: the hook's, the profiled and the page-side figures, printed; returns the scan/walk ratio. */
async function benchSize(
  browsers: { withExt: Browser; bare: BrowserContext },
  site: Site,
  words: number,
  kind: 'names' | 'none',
  names: readonly string[],
  quick: boolean,
): Promise<number> {
  const path = `/bench-${words}-${kind}.html`;
  site.add(path, newsPage(words, kind === 'names' ? names : []));
  const plainPath = `/bench-${words}-${kind}-plain.html`;
  site.add(plainPath, newsPage(words, kind === 'names' ? names : [], false));
  const quiet = kind === 'names' ? 0 : words >= 500_000 ? 4000 : 1500;
  const runs = words >= 500_000 ? 2 : words >= 50_000 ? 3 : quick ? 3 : 5;
  const timeout = words >= 500_000 ? 300_000 : 60_000;
  const a: Load[] = [];
  const c: Load[] = [];
  const b: Load[] = [];
  for (let r = 0; r < runs; r++) {
    a.push(await loadOnce(browsers.withExt.context, site.origin + path, 'hook', timeout));
    c.push(await loadOnce(browsers.withExt.context, site.origin + plainPath, 'marks', timeout, quiet));
    b.push(await loadOnce(browsers.bare, site.origin + plainPath, 'bare', timeout, quiet));
  }
  const walk = median(a.map((l) => l.walkMs));
  const walkCold = median(a.map((l) => l.walkColdMs));
  const scan = median(a.map((l) => l.hook?.busyMs ?? 0));
  const longest = median(a.map((l) => l.hook?.longestSliceMs ?? 0));
  const warmScan = median(a.map((l) => l.hook?.warm?.scanMs ?? 0));
  const warmWalk = median(a.map((l) => l.hook?.warm?.plainWalkMs ?? 0));
  const warmRead = median(a.map((l) => l.hook?.warm?.readOnceMs ?? 0));
  const partNames = Object.keys(a[0]?.hook?.warm?.parts ?? {});
  const warmParts = partNames.map((key) => `${key} ${median(a.map((l) => l.hook?.warm?.parts?.[key] ?? 0)).toFixed(3)}`).join(', ');
  const profiled = median(c.map((l) => l.profiledMs));
  const scriptPlus = median(c.map((l) => l.scriptMs)) - median(b.map((l) => l.scriptMs));
  const heapPlus = median(c.map((l) => l.heapBytes)) - median(b.map((l) => l.heapBytes));
  const longWith = c.map((l) => l.longTasks);
  const longWithout = b.map((l) => l.longTasks);
  const maxWith = median(longWith.map((t) => Math.max(0, ...t)));
  const maxWithout = median(longWithout.map((t) => Math.max(0, ...t)));
  const overWith = median(longWith.map((t) => t.length));
  const overWithout = median(longWithout.map((t) => t.length));
  // The ratio the targets name: the content script's warm per-scan time over a warm plain walk,
  // both measured by the timing hook inside the content script on the same root.
  const ratio = warmWalk > 0 ? warmScan / warmWalk : NaN;
  console.log(
    `  ${words} words ${kind} (${runs} loads each): scan/walk ${ratio.toFixed(2)}x (warm per-scan ${warmScan.toFixed(3)} ms vs plain walk ${warmWalk.toFixed(3)} ms, in the content script: ${warmParts}; the walk plus one look at every character ${(warmRead / warmWalk).toFixed(2)}x, our scan ${(warmScan / warmRead).toFixed(2)}x that); ` +
      `content script CPU (profiled, whole load incl. start-up) ${profiled.toFixed(1)} ms = ${(profiled / walkCold).toFixed(1)}x the cold page-side walk; ` +
      `first scan of a load ${scan.toFixed(2)} ms (longest slice ${longest.toFixed(1)} ms, ${a[0]!.hook?.marks ?? 0} marks) vs page-side walk ${walkCold.toFixed(2)} ms cold, ${walk.toFixed(3)} ms warm; ` +
      `script+ ${scriptPlus.toFixed(1)} ms; long tasks >50 ms with ${overWith} (max ${maxWith.toFixed(0)} ms) vs without ${overWithout} (max ${maxWithout.toFixed(0)} ms); heap+ ${kb(heapPlus)}`,
  );
  return ratio;
}

/** Insertion to marks, on a marked 5k page: a claim appended, until its mark is painted. */
async function benchInsertion(withExt: Browser, site: Site, names: readonly string[]): Promise<void> {
  site.add('/bench-5000-names-plain.html', newsPage(5000, names, false));
  const page = await withExt.context.newPage();
  await page.goto(`${site.origin}/bench-5000-names-plain.html`);
  await waitForMarks(page, 101, 60_000);
  await page.waitForTimeout(500);
  const latencies: number[] = [];
  for (let r = 0; r < 5; r++) {
    latencies.push(
      await page.evaluate(async (r) => {
        const count = () => {
          let n = 0;
          for (const h of (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.values()) n += h.size;
          return n;
        };
        const before = count();
        const p = document.createElement('p');
        p.textContent = `Late update ${r}: Essex County Council children's services were rated good by Ofsted.`;
        const t = performance.now();
        document.querySelector('article')!.append(p);
        for (;;) {
          await new Promise((ok) => requestAnimationFrame(ok));
          if (count() > before || performance.now() - t > 10_000) return performance.now() - t;
        }
      }, r),
    );
  }
  console.log(
    `insertion to marks (5k page, claim appended): median ${median(latencies).toFixed(0)} ms of 5 (the annotator debounces changes by 300 ms)`,
  );
  await page.close();
}

/** The popup's first render on a 10-authority page (navigation start to 10 sections shown). */
async function benchPopup(withExt: Browser, site: Site, dataset: Dataset): Promise<void> {
  const ten = dataset.authorities.filter((a) => a.abolished === null).slice(0, 10);
  const body = ten
    .map((a, k) => `<p>${escapeHtml(a.name)} children's services were rated ${['good', 'outstanding', 'inadequate'][k % 3]} by Ofsted.</p>`)
    .join('');
  site.add(
    '/ten.html',
    `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>Ten councils</title><meta property="article:published_time" content="2025-06-02"></head><body><article><h1>Ten councils</h1>${body}</article></body></html>`,
  );
  const article = await withExt.context.newPage();
  await article.goto(`${site.origin}/ten.html`);
  await waitForMarks(article, 10, 30_000);
  const tabId = await tabIdOf(withExt, `${site.origin}/ten.html`);
  const times: number[] = [];
  for (let r = 0; r < 5; r++) {
    const popup = await withExt.context.newPage();
    await popup.goto(`chrome-extension://${withExt.extensionId}/popup.html?tab=${tabId}`);
    try {
      await popup.waitForFunction(() => document.querySelectorAll('li.authority').length >= 10, undefined, { timeout: 20_000 });
    } catch (error) {
      console.log(`popup did not show 10 authorities (tab ${tabId}): ${(await popup.locator('body').textContent())?.slice(0, 400)}`);
      throw error;
    }
    times.push(await popup.evaluate(() => performance.now()));
    await popup.close();
  }
  console.log(`popup first render with 10 authorities (navigation start to 10 sections shown): median ${median(times).toFixed(0)} ms of 5`);
  await article.close();
  await benchPopupLongPage(
    withExt,
    site,
    ten.map((a) => a.name),
  );
}

/** The popup's first render on a page of 1,000 claims (10 authorities, every judgement and grade). */
async function benchPopupLongPage(withExt: Browser, site: Site, names: readonly string[]): Promise<void> {
  const judgements = ["children's services", 'the impact of leaders', 'help and protection', 'children in care', 'care leavers'];
  const grades = ['good', 'outstanding', 'inadequate', 'requires improvement'];
  const paragraphs: string[] = [];
  for (let k = 0; k < 1000; k++) {
    const name = names[k % names.length]!;
    paragraphs.push(
      `<p>Ofsted rated ${escapeHtml(name)}'s ${judgements[Math.floor(k / 10) % 5]} ${grades[Math.floor(k / 50) % 4]} in its report.</p>`,
    );
  }
  site.add(
    '/thousand.html',
    `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>A thousand claims</title><meta property="article:published_time" content="2025-06-02"></head><body><article><h1>A thousand claims</h1>${paragraphs.join('')}</article></body></html>`,
  );
  const article = await withExt.context.newPage();
  await article.goto(`${site.origin}/thousand.html`);
  await waitForMarks(article, 1000, 60_000);
  const tabId = await tabIdOf(withExt, `${site.origin}/thousand.html`);
  const times: number[] = [];
  let shown = '';
  for (let r = 0; r < 5; r++) {
    const popup = await withExt.context.newPage();
    await popup.goto(`chrome-extension://${withExt.extensionId}/popup.html?tab=${tabId}`);
    await popup.waitForFunction(() => document.querySelectorAll('li.authority').length >= 10, undefined, { timeout: 30_000 });
    times.push(await popup.evaluate(() => performance.now()));
    shown = await popup.evaluate(
      () => `${document.querySelectorAll('li').length} list items, ${Math.round(document.documentElement.scrollHeight)} px tall`,
    );
    await popup.close();
  }
  console.log(
    `popup first render on a 1,000-claim page (navigation start to the 10 authorities shown): median ${median(times).toFixed(0)} ms of 5 (min ${Math.min(...times).toFixed(0)}, max ${Math.max(...times).toFixed(0)}); first screen ${shown}`,
  );
  await article.close();
}

/** Runs the browser benchmark, printing as it goes; its last line is `scan/walk 5k: <ratio>`. */
export async function benchPage(quick = false, build = true): Promise<void> {
  checkChromium();
  if (build) {
    const built = spawnSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
    if (built.status !== 0) throw new Error('wxt build failed');
  }
  console.log('== content script in Chromium (built extension) ==');
  // A private copy: other work in this checkout may rebuild .output while the benchmark runs.
  const temp = mkdtempSync(join(tmpdir(), 'ofsted-lens-bench-'));
  const EXT = join(temp, 'chrome-mv3');
  cpSync(CHROME_BUILD, EXT, { recursive: true });

  printBundleSizes(EXT);

  const dataset = loadSeeds('seeds');
  const names = dataset.authorities.filter((a) => a.abolished === null).flatMap((a) => [a.name, a.shortName]);
  const site: Site = await serve();
  const withExt = await launch({ extension: EXT });
  const plainBrowser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
  });
  const bare = await plainBrowser.newContext({ viewport: { width: 1200, height: 900 } });
  const browsers = { withExt, bare };
  // tsx names functions with a __name helper that pages do not have.
  const NAME_HELPER = 'globalThis.__name = (f) => f;';
  await withExt.context.addInitScript(NAME_HELPER);
  await bare.addInitScript(NAME_HELPER);

  const ratios = new Map<string, number>();
  try {
    const sizes = process.env.BENCH_SIZES
      ? SIZES.filter((s) => process.env.BENCH_SIZES!.split(',').includes(String(s)))
      : quick
        ? SIZES.slice(0, 2)
        : SIZES.slice(0, 3);
    for (const words of sizes) {
      for (const kind of ['names', 'none'] as const)
        ratios.set(`${words}-${kind}`, await benchSize(browsers, site, words, kind, names, quick));
    }

    await benchInsertion(withExt, site, names);

    await benchPopup(withExt, site, dataset);
  } finally {
    await withExt.close();
    await bare.close();
    await plainBrowser.close();
    await site.close();
    rmSync(temp, { recursive: true, force: true });
  }
  console.log(
    `scan/walk 500k: ${(ratios.get('500000-names') ?? NaN).toFixed(2)} (names), ${(ratios.get('500000-none') ?? NaN).toFixed(2)} (none)`,
  );
  console.log(`scan/walk 5k: ${(ratios.get('5000-names') ?? NaN).toFixed(2)}`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await benchPage(process.argv.includes('--quick'), !process.argv.includes('--no-build'));
}
