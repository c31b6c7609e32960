/**
 * The attribute a test page sets to make the content script record its timings
 * (and, unless its value is "no-bench", re-run its scan for the budgets' warm figures).
 * In a module of its own so the first stage can read it without loading connect.ts.
 */
export const DEBUG_ATTRIBUTE = 'data-ofsted-lens-debug';

/**
 * What a debug page finds on its performance timeline as `ofsted-lens:timings` (read by
 * tools/budgets.ts, tools/bench/page.ts and the hostile-page tests). A page the second stage
 * never saw gets the first stage's two figures only.
 */
export interface DebugTimings {
  /** Main-thread milliseconds, both stages. */
  busyMs: number;
  longestSliceMs: number;
  scans?: number;
  marks?: number;
  phases?: Record<string, number>;
  firstStage?: { busyMs: number; longestSliceMs: number };
  /** The warm re-runs of lib/page/benchmark.ts, in milliseconds per scan (unless the attribute says "no-bench"). */
  warm?: { scanMs: number; plainWalkMs: number; readOnceMs: number; parts: Record<string, number> };
}
