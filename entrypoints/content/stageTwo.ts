/**
 * How the two stages of the content script meet. The second stage is built as a
 * script of its own (entrypoints/content-annotate) that the first stage imports only
 * after its prefilter sees a name; importing it defines `startAnnotator` on the
 * isolated world's global object under this key (the page never sees that world).
 */
import type { PageFindings } from '@/lib/messaging';

/**
 * The second stage's one entry: connects the annotator to the page and the extension, and
 * starts it. `mayMention` is the first stage's names prefilter, handed over so the second
 * stage does not carry the prefilter's key and code again (1,670 bytes gzipped).
 */
export type StartAnnotator = (doc: Document, firstStage: FirstStageTimings, mayMention: (text: string) => boolean) => AnnotatorHandle;

/** What the first stage keeps of a running second stage. */
export interface AnnotatorHandle {
  /** What is marked, for the popup (the first stage answers its messages). */
  findings(): Promise<PageFindings>;
}

/** The first stage's main-thread time, merged into the debug timings. */
export interface FirstStageTimings {
  busyMs: number;
  longestSliceMs: number;
}

/** The global the second stage defines `startAnnotator` on. */
export const STAGE_TWO_KEY = '__ofstedLensStartAnnotator';

/** The second stage's path inside the extension (web-accessible, with a dynamic URL). */
export const STAGE_TWO_PATH = '/content-annotate.js';

/** The debug pages' timing hook's path (web-accessible, loaded only on pages with the debug attribute). */
export const BENCH_PATH = '/content-bench.js';

/** The global the benchmark script defines its entry on. */
export const BENCH_KEY = '__ofstedLensBenchmark';
