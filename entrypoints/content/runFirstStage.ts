/**
 * The content script's first stage: what every page pays. It walks the page's
 * visible text and runs the engine's own names prefilter over it, in slices; only
 * when the prefilter sees a possible name does it import the second stage (the
 * annotator, the options, the messaging: entrypoints/content-annotate), which then
 * does everything the content script used to. Changes to the page are watched and
 * prefiltered the same way until then. No webextension-polyfill (`wxt/browser` is the
 * browser's own object in page scripts: modules/native-browser-in-pages.ts), storage or
 * Preact here: on a page that names no council this is all that runs.
 */
import { PrefilterWalk } from '@/lib/page/prefilter-walk';
import { Slicer, nextTask } from '@/lib/page/slices';
import { DEBUG_ATTRIBUTE, type DebugTimings } from '@/lib/page/debug';
import { nameReader, prefilter } from './names';
import { browser } from 'wxt/browser';
import { STAGE_TWO_KEY, STAGE_TWO_PATH, type AnnotatorHandle, type StartAnnotator } from './stageTwo';

/** Changes are gathered this long before they are prefiltered (the annotator waits as long). */
const DEBOUNCE_MS = 300;

/** Starts the first stage on the page; a failure is reported, never thrown into the page. */
export function startFirstStage(): void {
  runFirstStage(document).catch((error: unknown) => console.warn('Ofsted Lens:', error));
}

/** Starts the first stage on `doc`; resolves once its first scan is done (for the debug timings). */
export async function runFirstStage(doc: Document): Promise<void> {
  const slicer = new Slicer();
  let stageTwo: Promise<AnnotatorHandle> | null = null;
  const pending = new Set<Node>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let since = 0;
  const watched = new Set<ShadowRoot>();
  let queue: Promise<unknown> = Promise.resolve();

  const load = (): Promise<AnnotatorHandle> =>
    (stageTwo ??= (async () => {
      // From here on the annotator watches the page (a pending check finds stageTwo set and stops).
      observer.disconnect();
      // A dynamic URL (use_dynamic_url in the manifest): a page cannot fetch the file by the extension's fixed id.
      await import(/* @vite-ignore */ browser.runtime.getURL(STAGE_TWO_PATH));
      const start = (globalThis as unknown as Record<string, StartAnnotator>)[STAGE_TWO_KEY]!;
      return start(doc, { busyMs: slicer.busy, longestSliceMs: slicer.longest }, prefilter);
    })());

  /** True when the readable text under `root` might name an authority. */
  const mayMention = async (root: Node): Promise<boolean> => {
    if (!root.isConnected) return false;
    slicer.begin();
    try {
      // The text is prefiltered as it is walked, so a page that names a council near its top
      // is not walked twice over (the second stage walks it again), and none of it is kept.
      const reader = nameReader();
      const walk = new PrefilterWalk(root, reader.read);
      const shouldStop = () => walk.stop() || slicer.shouldYield();
      for (;;) {
        const done = walk.step(shouldStop);
        await walk.readLong(slicer.shouldYield, () => slicer.yield());
        if (walk.found) return true;
        if (done) break;
        if (slicer.shouldYield()) await slicer.yield();
        if (stageTwo) return false;
      }
      if (reader.end()) return true;
      for (const shadow of walk.shadowRoots) {
        if (watched.has(shadow)) continue;
        watched.add(shadow);
        observer.observe(shadow, OBSERVED);
      }
      return false;
    } finally {
      slicer.end();
    }
  };

  const check = (root: Node): Promise<unknown> =>
    (queue = queue
      .then(async () => {
        if (!stageTwo && (await mayMention(root))) await load();
      })
      .catch((error: unknown) => console.warn('Ofsted Lens:', error)));

  const flush = () => {
    timer = undefined;
    const roots = [...pending].filter((n) => n.isConnected);
    pending.clear();
    for (const root of roots) if (!roots.some((other) => other !== root && other.contains(root))) void check(root);
  };

  // Text added or changed later (an article body that arrives after load, a single-page
  // app's next article) is prefiltered too, debounced, and a page that never stops
  // changing is still checked every few debounces.
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      if (record.type === 'characterData') {
        if (record.target.parentElement) pending.add(record.target.parentElement);
      } else {
        for (const node of record.addedNodes) {
          if (node.nodeType === 1) pending.add(node);
          else if (node.nodeType === 3 && node.parentElement) pending.add(node.parentElement);
        }
      }
    }
    if (pending.size === 0) return;
    const now = Date.now();
    if (!timer) since = now;
    clearTimeout(timer);
    timer = setTimeout(flush, now - since > DEBOUNCE_MS * 4 ? 0 : DEBOUNCE_MS);
  });
  observer.observe(doc.documentElement, OBSERVED);

  // The popup asks what is marked: on a page the first stage found nothing on, the
  // second stage is loaded to answer (it reads the options and scans, finding nothing).
  browser.runtime.onMessage.addListener(
    (message: unknown, sender: { id?: string }, sendResponse: (reply?: unknown) => void): true | undefined => {
      // The popup's `{ type: 'page-findings' }` (lib/messaging.ts). Only the extension's own pages can
      // send it (the sender is checked) and the reply is all it triggers, so the type alone is checked
      // (lib/page/guards.ts's stricter check would bring the options code along).
      if (sender.id !== browser.runtime.id || (message as { type?: unknown } | null)?.type !== 'page-findings') return undefined;
      load()
        .then((handle) => handle.findings())
        .then(sendResponse, (error: unknown) => {
          console.warn('Ofsted Lens:', error);
          // No findings (the popup reads no answer so); shorter than null in the counted bytes.
          sendResponse();
        });
      return true;
    },
  );

  // The first scan does not wait for the page's first paint: the tag walk asks the page for no
  // style, so it costs the page no style or layout work (the annotator, which asks, waits for the
  // paint). It starts in a task of its own, so the script's evaluation ends first.
  await nextTask();
  await check(doc.body ?? doc.documentElement);
  if (!stageTwo && doc.documentElement.hasAttribute(DEBUG_ATTRIBUTE)) {
    // The debug timings (tools/budgets.ts, the hostile-page tests) for a page the second stage never saw.
    performance.mark('ofsted-lens:timings', { detail: { busyMs: slicer.busy, longestSliceMs: slicer.longest } satisfies DebugTimings });
  }
}

const OBSERVED: MutationObserverInit = { childList: true, subtree: true, characterData: true };
