/**
 * The content script's second stage: the annotator wired to the options, the first
 * stage's names prefilter and the background, as the whole content script was before it had a
 * first stage. Everything it does is caught; nothing it does changes the page's
 * text or structure.
 */
import { Annotator } from '@/lib/page/annotator';
import { connectPage } from './connect';
import { BENCH_KEY, BENCH_PATH, type StartAnnotator } from './stageTwo';

export const startAnnotator: StartAnnotator = (doc, firstStage, mayMention) =>
  connectPage(doc, (deps) => new Annotator({ ...deps, mayMention }), firstStage, { path: BENCH_PATH, key: BENCH_KEY });
