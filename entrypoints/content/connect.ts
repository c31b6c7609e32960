/**
 * Connects the page annotator to the extension: the user's options (watched, so
 * changes apply without a reload), the background (which runs the engine and
 * shows the badge) and the popup (which asks for the page's findings).
 */
import { browser } from 'wxt/browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { AnalyseRequest, BadgeRequest, PageFindings } from '../../lib/messaging';
import { isActiveOn, optionsItem, type Options } from '../../lib/storage';
import type { Annotator, AnnotatorDeps } from '../../lib/page/annotator';
import type { BenchmarkScan } from '../../lib/page/benchmark';
import { coerceOptions, isAnalyseResponse } from '../../lib/page/guards';
import { readPageContext } from '../../lib/page/context';
import { findArticle, loadReader } from '../../lib/page/article-scope';
import { DEBUG_ATTRIBUTE, type DebugTimings } from '../../lib/page/debug';

export { DEBUG_ATTRIBUTE };

/** Where the debug pages' timing hook is, and the global it defines its entry on (see `recordTimings`). */
export interface BenchmarkScript {
  path: string;
  key: string;
}
import {
  coerceReaderChoices,
  isPausedOn,
  pageKey,
  readerChoicesItem,
  updateReaderChoices,
  withNotClaim,
  type ReaderChoices,
} from '../../lib/reader-choices';
import { isNextMarkMessage, isShowClaimMessage } from '../../lib/page/reader-messages';

/**
 * Builds the annotator with everything but the prefilter, and runs it under the user's
 * options. Returns what the popup asks for (the content script's first stage answers
 * the popup's messages and asks here). `firstStage`: the first stage's main-thread
 * time, added to the debug timings.
 */
export function connectPage(
  doc: Document,
  make: (deps: Omit<AnnotatorDeps, 'mayMention'>) => Annotator,
  firstStage: { busyMs: number; longestSliceMs: number } = { busyMs: 0, longestSliceMs: 0 },
  benchmarkScript?: BenchmarkScript,
): { findings(): Promise<PageFindings> } {
  const debug = doc.documentElement.hasAttribute(DEBUG_ATTRIBUTE);
  const bench = debug && doc.documentElement.getAttribute(DEBUG_ATTRIBUTE) !== 'no-bench';
  // WXT's content-script context: invalidated when the extension is updated, reloaded or
  // removed (or a newer copy of this stage starts on the page), and then everything below
  // stops: the marks, the card, the listeners, the watchers and the re-scan timer. No
  // message to the page announces it (noScriptStartedPostMessage).
  const ctx = new ContentScriptContext('content-annotate', { noScriptStartedPostMessage: true });
  const annotator = make({
    doc,
    readContext: readPageContext,
    schedule: (handler, ms) => {
      const id = ctx.setTimeout(handler, ms);
      return () => clearTimeout(id);
    },
    findArticle: (page, walked, landmarks) =>
      findArticle(page, walked, () => loadReader(browser.runtime.getURL('/article-reader.js')), landmarks),
    async analyse(request) {
      if (ctx.isInvalid) return null;
      const message: AnalyseRequest = { type: 'analyse', ...request };
      const reply: unknown = await browser.runtime.sendMessage(message);
      if (isAnalyseResponse(reply)) return reply;
      console.warn('Ofsted Lens: unexpected reply from the background');
      return null;
    },
    onCounts(counts) {
      shown = counts;
      if (ctx.isValid) sendCounts(counts);
    },
    onDismiss(key) {
      updateReaderChoices((c) => withNotClaim(c, doc.location?.href ?? '', key)).catch((error: unknown) =>
        console.warn('Ofsted Lens:', error),
      );
    },
  });

  // The toolbar badge is per tab and outlives the page, so a page that set one clears it as it
  // goes (and sets it again if the browser brings it back from its back/forward cache).
  // Same-document navigations (history.pushState) keep the page, its marks and its badge.
  let shown = { claims: 0, attention: 0 };
  const view = doc.defaultView;
  if (view) {
    ctx.addEventListener(view, 'pagehide', () => {
      if (shown.claims > 0) sendCounts({ claims: 0, attention: 0 });
    });
    ctx.addEventListener(view, 'pageshow', (event) => {
      if (event.persisted && shown.claims > 0) sendCounts(shown);
    });
  }

  let active = false;
  // The reader's own choices (pause on this site, "Not a claim"), watched like the options.
  let choices: ReaderChoices = { paused: [], notClaims: {} };
  let lastOptions: Options | null = null;
  const apply = (options: Options) => {
    lastOptions = options;
    annotator.setDismissed(choices.notClaims[pageKey(doc.location?.href ?? '')] ?? []);
    const shouldRun = isActiveOn(options, doc.location?.hostname ?? '') && !isPausedOn(choices, doc.location?.hostname ?? '');
    if (shouldRun && !active) {
      active = true;
      if (debug) performance.mark('ofsted-lens:start');
      const done = annotator.start(options.marks);
      if (debug) void done.then(() => recordTimings(annotator, bench, firstStage, benchmarkScript));
    } else if (!shouldRun && active) {
      active = false;
      annotator.stop();
    }
    annotator.setMarkChoice(options.marks);
  };

  const applyChoices = (value: unknown) => {
    choices = coerceReaderChoices(value);
    if (lastOptions) apply(lastOptions);
  };
  ctx.onInvalidated(readerChoicesItem.watch((value) => applyChoices(value)));
  // The page scripts get the browser's own `browser` (modules/native-browser-in-pages.ts), whose
  // listeners answer through `sendResponse` in both browsers; a returned promise is not an answer in Chrome.
  const onMessage = (message: unknown, sender: { id?: string }, sendResponse: (reply: unknown) => void): undefined => {
    if (ctx.isInvalid || sender.id !== browser.runtime.id) return undefined;
    if (isNextMarkMessage(message)) {
      if (active) annotator.nextMarkCommand();
      return undefined;
    }
    // The popup's request for the findings is the first stage's to answer (it asks `findings` below).
    if (isShowClaimMessage(message)) sendResponse(active && annotator.showClaim(message.index));
    return undefined;
  };
  browser.runtime.onMessage.addListener(onMessage);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
  ctx.onInvalidated(
    optionsItem.watch((value) => {
      try {
        apply(coerceOptions(value));
      } catch (error) {
        console.warn('Ofsted Lens:', error);
      }
    }),
  );
  ctx.onInvalidated(() => {
    active = false;
    annotator.stop();
  });
  // Settled once the stored options were first applied: until then the annotator has not started,
  // and the popup's question (`findings` below) would be answered as if the reader had paused it.
  const started = Promise.all([optionsItem.getValue(), readerChoicesItem.getValue()])
    .then(([value, stored]) => {
      choices = coerceReaderChoices(stored);
      apply(coerceOptions(value));
    })
    .catch((error: unknown) => console.warn('Ofsted Lens:', error));
  return {
    findings: () => started.then(() => annotator.idle()).then(() => annotator.findings(doc.location?.href ?? '', active)),
  };
}

function sendCounts(counts: { claims: number; attention: number }): void {
  const message: BadgeRequest = { type: 'badge', ...counts };
  browser.runtime.sendMessage(message).catch(() => undefined);
}

/**
 * Leaves the content script's main-thread time (both stages) on the performance timeline,
 * for tools/budgets.ts and the benchmarks. The warm re-runs (lib/page/benchmark.ts) are
 * a script of their own, imported only here, on debug pages: no other page loads them.
 */
async function recordTimings(
  annotator: Annotator,
  bench: boolean,
  firstStage: { busyMs: number; longestSliceMs: number },
  script: BenchmarkScript | undefined,
): Promise<void> {
  const own = annotator.timings();
  const timings = {
    ...own,
    busyMs: own.busyMs + firstStage.busyMs,
    longestSliceMs: Math.max(own.longestSliceMs, firstStage.longestSliceMs),
    firstStage,
  };
  let warm: ReturnType<BenchmarkScan> | undefined;
  if (bench && script) {
    await import(/* @vite-ignore */ browser.runtime.getURL(script.path as '/content-bench.js'));
    const benchmark = (globalThis as unknown as Record<string, BenchmarkScan>)[script.key]!;
    warm = benchmark(annotator.benchTarget(), 15);
  }
  const detail: DebugTimings = warm ? { ...timings, warm } : timings;
  performance.mark('ofsted-lens:timings', { detail });
}
