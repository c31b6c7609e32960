/**
 * Cooperative time slicing: long work yields to the page every few milliseconds
 * so no task the content script runs comes near the 50 ms long-task line.
 */

/** Work longer than this in one go yields back to the event loop. */
export const SLICE_MS = 8;

/** Tracks the current slice and the main-thread time spent, for the debug timings. */
export class Slicer {
  private sliceStart = 0;
  /** Main-thread milliseconds spent in slices so far. */
  busy = 0;
  /** The longest slice so far. */
  longest = 0;

  /** Starts a slice. */
  begin(): void {
    this.sliceStart = performance.now();
  }

  /** Ends a slice, adding its time to `busy`. */
  end(): void {
    const spent = performance.now() - this.sliceStart;
    this.busy += spent;
    if (spent > this.longest) this.longest = spent;
  }

  /** True once the current slice has run long enough to yield. */
  shouldYield = (): boolean => performance.now() - this.sliceStart > SLICE_MS;

  /** Ends the slice, lets the page run, then begins the next slice. */
  async yield(): Promise<void> {
    this.end();
    await nextTask();
    this.begin();
  }
}

/** Resolves in a fresh task (not a microtask), so input and rendering can run first. */
export function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** The longest `afterPaint` waits for a frame. */
const PAINT_WAIT_MS = 200;

/**
 * Resolves once the browser has had a chance to style and paint the page (the
 * next animation frame, then a fresh task), or after `PAINT_WAIT_MS` in a background
 * tab where frames do not run. Scanning then finds styles already computed,
 * instead of forcing the browser to compute them inside the content script's task.
 */
export function afterPaint(view: Window): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, PAINT_WAIT_MS);
    view.requestAnimationFrame(() =>
      setTimeout(() => {
        clearTimeout(timer);
        resolve();
      }, 0),
    );
  });
}
