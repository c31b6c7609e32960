/**
 * Watches a page for changes to its text: the document and every open shadow root a
 * scan went into. Changed subtrees are collected and handed on, debounced, but a page
 * that never stops changing is still handed on every few debounces. The extension's
 * own UI host is ignored.
 */
import { UI_HOST_TAG } from './walker';
import { existingUiHost } from './host';

/** Runs `handler` after `ms` milliseconds; returns a function that cancels it. */
export type Schedule = (handler: () => void, ms: number) => () => void;

const scheduleTimeout: Schedule = (handler, ms) => {
  const id = setTimeout(handler, ms);
  return () => clearTimeout(id);
};

export class PageWatcher {
  private observer: MutationObserver | null = null;
  /** Open shadow roots the scans went into: watched for changes, and searched when hit testing. */
  private readonly roots = new Set<ShadowRoot>();
  private pending = new Set<Node>();
  /** Cancels the pending hand-on, if one is scheduled. */
  private cancel: (() => void) | undefined;
  private since = 0;

  /**
   * `changed`: the connected roots of what changed since the last call. `guard`: runs
   * callbacks with their errors caught. `debounceMs`: how long the page must stay still.
   * `schedule`: a timer (the content script's dies with its context); returns its cancel.
   */
  constructor(
    private readonly changed: (roots: Node[]) => void,
    private readonly guard: (work: () => void) => void,
    private readonly debounceMs = 300,
    private readonly schedule: Schedule = scheduleTimeout,
  ) {}

  /** The open shadow roots being watched (still attached or not). */
  get shadowRoots(): readonly ShadowRoot[] {
    return [...this.roots];
  }

  start(doc: Document): void {
    this.observer = new MutationObserver((records) => this.guard(() => this.onMutations(records)));
    this.observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });
  }

  stop(): void {
    this.observer?.disconnect();
    this.observer = null;
    this.roots.clear();
    this.cancel?.();
    this.pending.clear();
  }

  /** Watches the open shadow roots a walk went into, as the document is watched. */
  watchShadowRoots(roots: readonly ShadowRoot[]): void {
    for (const root of roots) {
      if (this.roots.has(root)) continue;
      this.roots.add(root);
      this.observer?.observe(root, { childList: true, subtree: true, characterData: true });
    }
  }

  private onMutations(records: MutationRecord[]): void {
    const host = existingUiHost()?.host;
    for (const record of records) {
      if (host && (record.target === host || host.contains(record.target))) continue;
      if (record.type === 'characterData') {
        const parent = record.target.parentElement;
        if (parent) this.pending.add(parent);
        continue;
      }
      for (const node of Array.from(record.addedNodes)) {
        if (node === host || (node.nodeType !== 1 && node.nodeType !== 3)) continue;
        if (node.nodeType === 1 && (node as Element).tagName === UI_HOST_TAG.toUpperCase()) continue;
        this.pending.add(node.nodeType === 3 && node.parentElement ? node.parentElement : node);
      }
      if (record.removedNodes.length > 0) this.pending.add(record.target);
    }
    if (this.pending.size === 0) return;
    const now = Date.now();
    if (!this.cancel) this.since = now;
    this.cancel?.();
    // Debounced, but a page that never stops changing is still scanned every few debounces.
    const wait = now - this.since > this.debounceMs * 4 ? 0 : this.debounceMs;
    this.cancel = this.schedule(() => this.guard(() => this.flush()), wait);
  }

  private flush(): void {
    this.cancel = undefined;
    const roots = [...this.pending].filter((n) => n.isConnected);
    this.pending.clear();
    this.changed(roots);
  }
}
