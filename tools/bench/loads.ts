/**
 * CPU per page load, from a Chromium trace, for three extensions side by side: a no-op
 * content script, the floor (walk the page's text, read it once, the engine's own names
 * prefilter) and ours (the built extension). All three have the same `matches` and
 * `run_at`; each runs in its own headless Chromium; loads alternate no-op, floor, ours,
 * `LOADS` times per page, and the medians and min-max are printed.
 *
 * What is counted, on the page's renderer main thread (the bench pages have no script
 * of their own, so every bit of JavaScript there is the extension's): the isolated
 * world's set-up (ScriptInjection::InjectJs; Chromium often creates the world lazily,
 * as LocalWindowProxy::Initialize inside EvaluateScript, and that part is set-up too), compiling and evaluating the script
 * (EvaluateScript, v8.compileModule, v8.evaluateModule), and every later callback and
 * microtask checkpoint (FunctionCall, TimerFire, FireAnimationFrame, RunMicrotasks, ...),
 * each counted once (events inside a counted event are not added again), by the main thread's
 * CPU time inside it (the trace's `tdur`), not its wall duration, which also holds the time the
 * thread waited for a CPU. A sampling profile misses the set-up and the compile and varies far
 * more. Long tasks are wall time: what the reader waits for.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import type { BrowserContext, Page } from 'playwright-core';
import { namesModuleSource } from '../../modules/ofsted-dataset';
import { ROOT, extensionContext, type Site } from '../browser/harness';
import { median } from '../../lib/median';

/** Loads per page and extension. */
export const LOADS = 7;

const MATCHES = ['http://*/*', 'https://*/*'];

/** The floor content script: the least a script that looks for a council's name can do. */
const FLOOR_SOURCE = `
import { prefilter } from 'virtual:ofsted-names';
import { nameMatcherFromKey } from './lib/engine/prefilter';
const matcher = nameMatcherFromKey(prefilter);
const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
const parts = [];
for (let n = walker.nextNode(); n; n = walker.nextNode()) parts.push(n.data);
// Read once, by the engine's own prefilter; the answer is kept where the page cannot see it.
globalThis.__floor = matcher.mayMentionAuthority(parts.join('\\n'));
`;

/** Writes the no-op and floor extensions under `dir`; returns their folders. */
export async function buildComparisons(dir: string): Promise<{ noop: string; floor: string }> {
  const manifest = (name: string) =>
    JSON.stringify({
      manifest_version: 3,
      name,
      version: '1.0.0',
      content_scripts: [{ matches: MATCHES, run_at: 'document_idle', js: ['content.js'] }],
    });
  const noop = join(dir, 'noop');
  const floor = join(dir, 'floor');
  mkdirSync(noop, { recursive: true });
  mkdirSync(floor, { recursive: true });
  writeFileSync(join(noop, 'manifest.json'), manifest('No-op content script'));
  writeFileSync(join(noop, 'content.js'), 'void 0;\n');
  writeFileSync(join(floor, 'manifest.json'), manifest('Floor content script'));
  const names = namesModuleSource(join(ROOT, 'seeds'));
  await build({
    stdin: { contents: FLOOR_SOURCE, resolveDir: ROOT, loader: 'js' },
    bundle: true,
    format: 'iife',
    minify: true,
    outfile: join(floor, 'content.js'),
    logLevel: 'error',
    plugins: [
      {
        name: 'ofsted-names',
        setup(b) {
          b.onResolve({ filter: /^virtual:ofsted-names$/ }, (args) => ({ path: args.path, namespace: 'names' }));
          b.onLoad({ filter: /.*/, namespace: 'names' }, () => ({ contents: names, loader: 'js' }));
        },
      },
    ],
  });
  return { noop, floor };
}

/** A headless Chromium with one unpacked extension. */
export function launchWith(extension: string): Promise<BrowserContext> {
  return extensionContext(extension);
}

/** One load's CPU on the page's main thread, in milliseconds. */
export interface LoadCpu {
  /** Everything counted (see the file comment). */
  totalMs: number;
  /** Setting up the isolated world (ScriptInjection::InjectJs, and LocalWindowProxy::Initialize wherever it runs). */
  setupMs: number;
  /** Compiling and running the listed content script's top level (EvaluateScript, less any world set-up inside it). */
  evaluateMs: number;
  /** Up to the first scan: EvaluateScript plus the animation-frame callbacks before the first timer callback. */
  startupMs: number;
  /** Callbacks and microtasks after that (the scans, the second stage, its messages). */
  callbacksMs: number;
  /** Main-thread tasks over 50 ms that hold counted work, and the longest of them. */
  longTasks: number;
  longestTaskMs: number;
  /** JS heap used after a forced GC (the renderer's isolate: page and isolated worlds). */
  heapBytes: number;
}

/** A trace event as Chromium's tracing reports it (times in microseconds). */
export interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  /** The thread's CPU time inside the event (absent on a few events: then its wall duration). */
  tdur?: number;
  pid: number;
  tid: number;
  args?: Record<string, unknown>;
}

/** Events that are JavaScript running (or the world it runs in being set up) on the main thread. */
const COUNTED = new Set([
  'ScriptInjection::InjectJs',
  'EvaluateScript',
  'v8.compileModule',
  'v8.evaluateModule',
  'v8.produceModuleCache',
  'FunctionCall',
  'TimerFire',
  'FireAnimationFrame',
  'FireIdleCallback',
  'RunMicrotasks',
  'v8.callFunction',
  'v8.run',
]);
const TASKS = new Set(['ThreadControllerImpl::RunTask', 'BlinkScheduler_PerformMicrotaskCheckpoint']);

/**
 * Loads `url` in a new tab with tracing on, waits until `ready` (evaluated in the page)
 * holds and then `settleMs` more, and sums the counted events.
 */
export async function traceLoad(
  context: BrowserContext,
  url: string,
  ready: string | null,
  settleMs: number,
  timeout = 60_000,
): Promise<LoadCpu> {
  const page: Page = await context.newPage();
  await page.goto('about:blank');
  const cdp = await context.newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => void events.push(...(e.value as unknown as TraceEvent[])));
  const complete = new Promise((ok) => cdp.once('Tracing.tracingComplete', ok));
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: ['toplevel', 'devtools.timeline', 'v8', 'v8.execute', 'extensions'] },
    transferMode: 'ReportEvents',
  });
  await page.goto(url, { timeout });
  if (ready) await page.waitForFunction(ready, undefined, { timeout });
  else await page.waitForLoadState('load', { timeout });
  await page.waitForTimeout(settleMs);
  await cdp.send('Tracing.end');
  await complete;
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('Performance.enable');
  const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
  const heapBytes = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0;
  await cdp.detach();
  await page.close();
  return { ...countLoadCpu(events), heapBytes };
}

/**
 * An event's CPU time on its thread, in milliseconds. Its wall duration also holds the time the
 * thread waited for a CPU: on a shared 2-CPU machine that was up to 2.7 times the CPU time of the
 * same script's evaluation (5.8-14.4 ms wall against 4.4-6.4 ms CPU over six loads).
 */
function cpuMs(e: TraceEvent): number {
  return (e.tdur ?? e.dur!) / 1000;
}

/** Sums one load's trace (see the file comment). */
export function countLoadCpu(all: TraceEvent[]): Omit<LoadCpu, 'heapBytes'> {
  // The page's renderer main thread: where the extension's script was injected.
  const injected = all.find((e) => e.name === 'ScriptInjection::InjectJs');
  const empty = { totalMs: 0, setupMs: 0, evaluateMs: 0, startupMs: 0, callbacksMs: 0, longTasks: 0, longestTaskMs: 0 };
  if (!injected) return empty;
  const main = all
    .filter((e) => e.pid === injected.pid && e.tid === injected.tid && e.ph === 'X' && e.dur !== undefined)
    .sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  let setup = 0;
  let evaluate = 0;
  let total = 0;
  let startup = 0;
  let firstTimer = Infinity;
  let end = -Infinity;
  let longTasks = 0;
  let longest = 0;
  let task: TraceEvent | null = null;
  let taskCounted = false;
  let outer: TraceEvent | null = null;
  const closeTask = () => {
    if (task && taskCounted && task.dur! / 1000 > 50) {
      longTasks++;
      longest = Math.max(longest, task.dur! / 1000);
    }
  };
  for (const e of main) {
    if (TASKS.has(e.name) && e.ts >= end) {
      closeTask();
      task = e;
      taskCounted = false;
    }
    if (e.name === 'LocalWindowProxy::Initialize' && outer && e.ts < end && outer.name !== 'ScriptInjection::InjectJs') {
      // The isolated world made inside the script's evaluation (or a callback): set-up, not ours to run.
      const ms = cpuMs(e);
      setup += ms;
      if (outer.name === 'EvaluateScript') {
        evaluate -= ms;
        startup -= ms;
      }
      continue;
    }
    if (!COUNTED.has(e.name) || e.ts < end) continue;
    outer = e;
    // An outermost counted event: counted whole, and what is inside it is skipped.
    end = e.ts + e.dur!;
    const ms = cpuMs(e);
    if (task && e.ts >= task.ts && e.ts < task.ts + task.dur!) taskCounted = true;
    total += ms;
    if (e.name === 'ScriptInjection::InjectJs') setup += ms;
    else if (e.name === 'EvaluateScript') {
      evaluate += ms;
      startup += ms;
    } else if (e.name === 'TimerFire' && firstTimer === Infinity) firstTimer = e.ts;
    else if (e.name === 'FireAnimationFrame' && e.ts < firstTimer) startup += ms;
  }
  closeTask();
  return {
    totalMs: total,
    setupMs: setup,
    evaluateMs: evaluate,
    startupMs: startup,
    callbacksMs: total - setup - evaluate,
    longTasks,
    longestTaskMs: longest,
  };
}

/** "median (min-max)" of a list, in milliseconds. */
export function spread(values: number[], digits = 1): string {
  return `${median(values).toFixed(digits)} (${Math.min(...values).toFixed(digits)}-${Math.max(...values).toFixed(digits)})`;
}

/** What one page gives, per extension. */
export interface PageResult {
  label: string;
  loads: Record<'noop' | 'floor' | 'ours', LoadCpu[]>;
}

/**
 * Loads each page `LOADS` times in each browser, alternating, and prints a line per page.
 * Each load waits a fixed `settleMs` after the load event: waiting for marks from the
 * page's side would run the test driver's own polling script in the traced thread.
 */
export async function benchLoads(
  site: Site,
  browsers: Record<'noop' | 'floor' | 'ours', BrowserContext>,
  pages: { label: string; path: string; settleMs: number }[],
): Promise<PageResult[]> {
  const results: PageResult[] = [];
  for (const p of pages) {
    const loads: PageResult['loads'] = { noop: [], floor: [], ours: [] };
    for (let r = 0; r < LOADS; r++) {
      for (const which of ['noop', 'floor', 'ours'] as const) {
        loads[which].push(await traceLoad(browsers[which], site.origin + p.path, null, p.settleMs));
      }
    }
    results.push({ label: p.label, loads });
    const t = (which: 'noop' | 'floor' | 'ours') => loads[which].map((l) => l.totalMs);
    const ratio = median(t('ours')) / median(t('floor'));
    const ours = loads.ours;
    const kb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;
    const heap = (which: 'noop' | 'floor' | 'ours') => median(loads[which].map((l) => l.heapBytes));
    console.log(
      `  ${p.label}: no-op ${spread(t('noop'))} ms, floor ${spread(t('floor'))} ms, ours ${spread(t('ours'))} ms; ours/floor ${ratio.toFixed(2)}x` +
        ` | ours: set-up ${spread(ours.map((l) => l.setupMs))}, evaluate ${spread(ours.map((l) => l.evaluateMs))}, start-up before first scan ${spread(ours.map((l) => l.startupMs))}, callbacks ${spread(ours.map((l) => l.callbacksMs))}` +
        ` | long tasks >50 ms with our work: ${median(ours.map((l) => l.longTasks))} (longest ${median(ours.map((l) => l.longestTaskMs)).toFixed(0)} ms)` +
        ` | heap after GC: ours ${kb(heap('ours'))}, floor ${kb(heap('floor'))}, no-op ${kb(heap('noop'))}, ours - no-op ${kb(heap('ours') - heap('noop'))}, floor - no-op ${kb(heap('floor') - heap('noop'))}`,
    );
  }
  return results;
}
