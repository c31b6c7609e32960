/**
 * Hostile pages in the real Chromium with the built extension: the content script
 * never throws into the page, never changes its text and never freezes it (a
 * page-side heartbeat keeps ticking), whatever the page does.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { contentScriptTime } from '../../tools/browser/cpu-profile';
import { launch, serve, type Browser, type Site } from '../../tools/browser/harness';
import * as hostile from './fixtures-hostile/pages';

let site: Site;
let browser: Browser;

beforeAll(async () => {
  site = await serve();
  site.add('/hostile/huge.html', hostile.hugeTextNode());
  site.add('/hostile/many.html', hostile.manyTextNodes());
  site.add('/hostile/deep.html', hostile.deepNesting());
  site.add('/hostile/shadow.html', hostile.shadowAndFrame());
  site.add('/hostile/frame.html', hostile.framePage());
  site.add('/hostile/editable.html', hostile.editable());
  site.add('/hostile/odd.html', hostile.oddText());
  site.add('/hostile/mutating.html', hostile.mutating(10));
  site.add('/hostile/broken.html', hostile.brokenBuiltins());
  site.add('/hostile/push.html', hostile.pushState());
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

/**
 * Runs in the page before its own scripts: a heartbeat every 10 ms (its largest gap
 * is how long the page froze), the page's text as it built it, and a probe of the
 * registered highlights written without Array methods (a hostile page may break them).
 */
const INIT = () => {
  const w = window as unknown as Record<string, unknown>;
  w.__name = (f: unknown) => f;
  const beats = { last: performance.now(), maxGap: 0, count: 0, gaps: [] as number[][] };
  w.__beats = beats;
  setInterval(() => {
    const now = performance.now();
    const gap = now - beats.last;
    if (gap > beats.maxGap) beats.maxGap = gap;
    if (gap > 50) beats.gaps[beats.gaps.length] = [beats.last, now];
    beats.last = now;
    beats.count++;
  }, 10);
  const css = (window as unknown as { CSS: { highlights: Map<string, Set<Range>> } }).CSS;
  w.__marked = () => {
    let out = '';
    for (const [name, highlight] of css.highlights) {
      for (const range of highlight) {
        const root = range.startContainer.getRootNode() as Node;
        const where =
          root.nodeType === 11
            ? 'shadow'
            : range.startContainer.parentElement?.closest('[contenteditable],textarea,input,select,button')
              ? 'editable'
              : 'page';
        out += `${name}|${where}|${range.toString().substring(0, 60)}\n`;
      }
    }
    return out;
  };
  document.addEventListener('DOMContentLoaded', () => {
    // The content script's timing hook without the budgets' re-runs: it records its longest slice of work.
    document.documentElement.setAttribute('data-ofsted-lens-debug', 'no-bench');
    w.__before = document.documentElement.textContent;
  });
};

interface Outcome {
  page: Page;
  errors: string[];
  /** Registered highlights as "name|where|text" lines. */
  marks: string[];
  maxGapMs: number;
  textUnchanged: boolean;
  /** Whether any mark appeared before the wait ended. */
  scanned: boolean;
  /** The content script's longest uninterrupted slice of work (its timing hook), if it reported one. */
  longestSliceMs: number | null;
}

/** Opens a page and waits for its first mark (or `quietMs` when none is expected). */
async function open(path: string, timeout = 60_000, quietMs = 0): Promise<Outcome> {
  const page = await browser.context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  // The content script's caught errors go to the console as warnings.
  page.on('console', (m) => {
    if (m.text().startsWith('Ofsted Lens')) console.log(`${path}: console ${m.type()}: ${m.text().slice(0, 200)}`);
  });
  await page.addInitScript(INIT);
  await page.goto(site.origin + path, { timeout });
  await page.waitForLoadState('load', { timeout });
  const scanned =
    quietMs > 0
      ? (await page.waitForTimeout(quietMs), false)
      : await page
          .waitForFunction('window.__marked().length > 0', undefined, { timeout })
          .then(() => true)
          .catch(() => false);
  await page.waitForTimeout(1000);
  return { page, errors, scanned, ...(await state(page)) };
}

/**
 * The page's longest freeze while the content script works: the largest heartbeat gap
 * after the page's load event (the page's own parsing and layout before it do not count).
 */
async function state(page: Page): Promise<{ marks: string[]; maxGapMs: number; textUnchanged: boolean; longestSliceMs: number | null }> {
  // Through CDP, not page.evaluate: Playwright's in-page helpers use the built-ins a hostile page breaks.
  const cdp = await page.context().newCDPSession(page);
  const expression = `(() => {
    const w = window;
    const start = performance.getEntriesByType('navigation')[0]?.loadEventEnd ?? 0;
    const end = performance.now();
    let maxGap = Math.max(0, performance.now() - w.__beats.last);
    for (let i = 0; i < w.__beats.gaps.length; i++) {
      const from = w.__beats.gaps[i][0], to = w.__beats.gaps[i][1];
      if (to >= start && from <= end && to - from > maxGap) maxGap = to - from;
    }
    const hook = performance.getEntriesByName('ofsted-lens:timings')[0];
    const longestSliceMs = hook && hook.detail ? hook.detail.longestSliceMs : null;
    return { marks: w.__marked(), maxGapMs: maxGap, textUnchanged: w.__before === document.documentElement.textContent, longestSliceMs };
  })()`;
  const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', { expression, returnByValue: true });
  await cdp.detach();
  if (exceptionDetails) throw new Error(`probe failed: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
  const s = result.value as { marks: string; maxGapMs: number; textUnchanged: boolean; longestSliceMs: number | null };
  return {
    marks: s.marks.split('\n').filter(Boolean),
    maxGapMs: s.maxGapMs,
    textUnchanged: s.textUnchanged,
    longestSliceMs: s.longestSliceMs,
  };
}

const FREEZE_MS = 250;
/** Loads per page for the longest-slice checks (odd, for a median). */
const LOADS = 5;

describe('hostile pages', () => {
  // Large pages load once; each test below reads the same outcome. The page is closed once
  // read: a big page left open shares the renderer's heap with the next load and stretches
  // its garbage collector's pauses, which the content script's timing hook would count.
  const loads = new Map<string, Promise<Outcome>>();
  const once = (path: string) => {
    if (!loads.has(path)) {
      const outcome = open(path, 150_000, path.includes('huge') ? 8000 : 0);
      loads.set(
        path,
        outcome.then(async (o) => (await o.page.close(), o)),
      );
    }
    return loads.get(path)!;
  };

  /**
   * The content script's longest slice of work on a page: the median of five loads (the
   * first shared with the other tests). A load can be stretched by the machine (a 2-CPU
   * virtual machine paused the page's thread for 40-70 ms at times, whatever ran on it: on
   * 2 December 2026 a fresh-clone CI run read the 10 MB page at 17.5, 50.2 and 61.6 ms where
   * runs before and after it on the same build read 15.7-16.6 ms), so the figure is a median,
   * as the benchmarks take theirs, over enough loads that two stretched ones cannot decide it.
   */
  async function medianLongestSlice(path: string, quietMs: number): Promise<number> {
    const longest: number[] = [];
    for (let load = 0; load < LOADS; load++) {
      const o = load === 0 ? await once(path) : await open(path, 150_000, quietMs);
      expect(o.longestSliceMs).not.toBeNull();
      longest.push(o.longestSliceMs!);
      if (load > 0) await o.page.close();
    }
    const median = [...longest].sort((x, y) => x - y)[LOADS >> 1]!;
    console.log(
      `${path}: content script's longest slice per load ${longest.map((ms) => ms.toFixed(1)).join(', ')} ms; median ${median.toFixed(1)} ms`,
    );
    return median;
  }

  it('a 10 MB single text node: no error, text unchanged', async () => {
    const o = await once('/hostile/huge.html');
    console.log(`10 MB text node: ${o.marks.length} marks, longest page freeze after load ${o.maxGapMs.toFixed(0)} ms`);
    expect(o.errors).toEqual([]);
    expect(o.textUnchanged).toBe(true);
  }, 180_000);

  // The page's own heartbeat also stalls after load without the extension (the browser laying out
  // megabytes of text: 0.39 s here, 3 s for 200,000 nodes), so the test asks the content script
  // how long it held the page at a stretch (its timing hook), and keeps the heartbeat as a report.
  it('a 10 MB single text node: the content script never holds the page over 50 ms at a stretch (median of 5 loads)', async () => {
    const median = await medianLongestSlice('/hostile/huge.html', 8000);
    expect(median).toBeLessThan(50);
  }, 600_000);

  it('200,000 text nodes: no error, text unchanged, claims marked', async () => {
    const o = await once('/hostile/many.html');
    console.log(`200k text nodes: ${o.marks.length} marks, longest page freeze after load ${o.maxGapMs.toFixed(0)} ms`);
    expect(o.errors).toEqual([]);
    expect(o.textUnchanged).toBe(true);
    expect(o.marks.some((m) => /^ofsted-lens-(?:matches|superseded)\|/.test(m))).toBe(true);
  }, 180_000);

  // The slices themselves stop every 128 nodes; what stretched one was native work between two
  // checks that grows with the DOM wrappers the content script holds (docs/reliability.md).
  it('200,000 text nodes: the content script never holds the page over 50 ms at a stretch (median of 5 loads)', async () => {
    const median = await medianLongestSlice('/hostile/many.html', 0);
    expect(median).toBeLessThan(50);
  }, 600_000);

  it('a claim 2,000 elements deep is marked, without error or freeze (5,000 crashes Chromium itself)', async () => {
    const o = await open('/hostile/deep.html');
    expect(o.errors).toEqual([]);
    expect(o.textUnchanged).toBe(true);
    expect(o.maxGapMs).toBeLessThan(FREEZE_MS);
    expect(o.marks.some((m) => /^ofsted-lens-(?:matches|superseded)\|page\|/.test(m))).toBe(true);
    await o.page.close();
  });

  it('editable regions and form fields are never marked; plain text is', async () => {
    const o = await open('/hostile/editable.html');
    expect(o.errors).toEqual([]);
    expect(o.marks.filter((m) => m.includes('|editable|'))).toEqual([]);
    expect(o.marks.some((m) => /^ofsted-lens-(?:matches|superseded)\|page\|/.test(m))).toBe(true);
    await o.page.close();
  });

  it('names with a zero-width space, among emoji and right-to-left text, are marked', async () => {
    const o = await open('/hostile/odd.html');
    expect(o.errors).toEqual([]);
    expect(o.textUnchanged).toBe(true);
    expect(o.marks).toContainEqual(expect.stringMatching(/^ofsted-lens-authority\|page\|Hert\u200Bfordshire County Council$/));
    expect(o.marks).toContainEqual(expect.stringMatching(/^ofsted-lens-authority\|page\|Essex County Council$/));
    expect(o.marks).toContainEqual(expect.stringMatching(/^ofsted-lens-authority\|page\|Kent County Council$/));
    await o.page.close();
  });

  it('a page that breaks Array, Node, JSON, String and window.CSS in its own world still gets its marks, and no error', async () => {
    const o = await open('/hostile/broken.html');
    // The page's own replaced built-ins must not be called by the content script (it runs in an isolated world).
    expect(o.errors).toEqual([]);
    expect(o.marks.some((m) => /^ofsted-lens-(?:matches|superseded)\|page\|/.test(m))).toBe(true);
    expect(
      o.marks.some((m) => m.startsWith('ofsted-lens-contradicts|page|') || /^ofsted-lens-(?:matches|superseded)\|page\|/.test(m)),
    ).toBe(true);
    await o.page.close();
  });

  it('history.pushState to a new article: the old marks go, the new article is marked', async () => {
    const o = await open('/hostile/push.html');
    expect(o.marks.some((m) => m.includes('|Essex County Council'))).toBe(true);
    await o.page.evaluate(() => (window as unknown as { __navigate(): void }).__navigate());
    await o.page.waitForFunction(
      () => (window as unknown as { __marked(): string }).__marked().includes('|Hertfordshire County Council'),
      undefined,
      { timeout: 10_000 },
    );
    const after = await state(o.page);
    expect(after.marks.filter((m) => m.includes('Essex'))).toEqual([]);
    expect(o.errors).toEqual([]);
    await o.page.close();
  });

  it('a page that changes every 10 ms for 10 s: no error, no freeze, modest CPU', async () => {
    // A sampling CPU profile of the page's main thread for the whole 10 s (tools/browser/cpu-profile.ts).
    const page = await browser.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.addInitScript(INIT);
    const cdp = await browser.context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
    await cdp.send('Profiler.start');
    await page.goto(site.origin + '/hostile/mutating.html');
    await page.waitForFunction(() => (window as unknown as { __mutationsDone?: boolean }).__mutationsDone === true, undefined, {
      timeout: 30_000,
    });
    await page.waitForTimeout(1000);
    const { profile } = await cdp.send('Profiler.stop');
    await cdp.detach();
    const { totalMs: total, busyMs: busy, contentScriptMs: content } = contentScriptTime(profile);
    const beats = await page.evaluate(() => (window as unknown as { __beats: { maxGap: number } }).__beats.maxGap);
    const marks = await page.evaluate(() => (window as unknown as { __marked(): string }).__marked().split('\n').length - 1);
    await page.close();
    const share = content / total;
    console.log(
      `mutating page: content script ${content.toFixed(0)} ms of ${total.toFixed(0)} ms profiled (CPU share ${(share * 100).toFixed(1)}%; ` +
        `main thread busy ${((busy / total) * 100).toFixed(0)}% in all); heartbeat max gap ${beats.toFixed(0)} ms; ${marks} marks at the end`,
    );
    expect(errors).toEqual([]);
    expect(beats).toBeLessThan(FREEZE_MS);
    expect(content).toBeGreaterThan(0);
    expect(share).toBeLessThan(0.25);
  }, 90_000);

  it('open shadow roots and same-origin iframes: no error (whether they are marked is reported)', async () => {
    const o = await open('/hostile/shadow.html', 60_000, 2000);
    const frame = o.page.frames().find((f) => f.url().endsWith('/hostile/frame.html'));
    const frameMarks = frame
      ? await frame.evaluate(() => {
          let n = 0;
          for (const h of (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.values()) n += h.size;
          return n;
        })
      : -1;
    console.log(`shadow root marks: ${o.marks.filter((m) => m.includes('|shadow|')).length}; same-origin iframe marks: ${frameMarks}`);
    expect(o.errors).toEqual([]);
    expect(o.textUnchanged).toBe(true);
    await o.page.close();
  });

  it('article text inside an open shadow root is marked', async () => {
    const o = await open('/hostile/shadow.html', 60_000, 2000);
    try {
      expect(o.marks.some((m) => m.includes('|shadow|'))).toBe(true);
    } finally {
      await o.page.close();
    }
  });

  it('a page probing for the extension cannot fetch the second stage by the extension’s fixed id, though it was imported', async () => {
    const o = await open('/hostile/odd.html');
    try {
      expect(o.marks.length).toBeGreaterThan(0); // The second stage ran here.
      const probe = await o.page.evaluate(async (id) => {
        const tried: Record<string, string> = {};
        for (const path of ['content-annotate.js', 'content-bench.js', 'content-scan.js']) {
          try {
            const response = await fetch(`chrome-extension://${id}/${path}`);
            tried[path] = `fetched ${response.status}`;
          } catch (error) {
            tried[path] = `refused: ${(error as Error).name}`;
          }
        }
        // Nor does the import show in the page's own resource timing (which would leak its dynamic URL).
        const seen = performance.getEntriesByType('resource').filter((e) => e.name.startsWith('chrome-extension:')).length;
        return { tried, seen };
      }, browser.extensionId);
      console.log(`fixed-id probe: ${JSON.stringify(probe)}`);
      for (const outcome of Object.values(probe.tried)) expect(outcome).toMatch(/^refused/);
      expect(probe.seen).toBe(0);
    } finally {
      await o.page.close();
    }
  });
});
