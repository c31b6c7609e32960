/**
 * The content script, second stage: imported by the first stage (a web-accessible
 * resource with a dynamic URL) only when a page may name an authority. Importing it
 * only defines `startAnnotator` for the first stage to call.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startAnnotator } from '../content/startAnnotator';
import { STAGE_TWO_KEY } from '../content/stageTwo';

export default defineUnlistedScript(() => {
  (globalThis as unknown as Record<string, unknown>)[STAGE_TWO_KEY] = startAnnotator;
});
