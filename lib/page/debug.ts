/**
 * The attribute a test page sets to make the content script record its timings
 * (and, unless its value is "no-bench", re-run its scan for the budgets' warm figures).
 * In a module of its own so the first stage can read it without loading connect.ts.
 */
export const DEBUG_ATTRIBUTE = 'data-ofsted-lens-debug';
