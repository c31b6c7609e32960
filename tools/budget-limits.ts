/**
 * The content script's budgets: checked by `npm run budgets` (tools/budgets.ts) in the
 * browser, and the sizes also on every build by test/e2e/hostile-bundle.e2e.ts.
 */
export const BUDGET = {
  /** Both stages together, gzipped (gzip -9), in KB of 1,024 bytes. */
  sizeKb: 25,
  /** The first stage, which every page loads, gzipped. */
  firstStageKb: 4,
  /** Main-thread time on a 5,000-word article against merely walking its text. */
  walkRatio: 1.5,
  /** The longest task on a 1 MB text page. */
  longTaskMs: 50,
} as const;
