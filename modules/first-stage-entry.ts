/**
 * The content script's first stage runs on every page, and its budget is 4 KB gzipped.
 * WXT builds an unlisted script from a wrapper of its own (plugin set-up, a logger, a
 * crash report) and a global name; the stage was 4,259 bytes gzipped with them and 4,112
 * without (gzip -9 of the built file). This module builds the stage straight from its entry,
 * entrypoints/content/first-stage.ts; entrypoints/content-scan/index.ts stays as WXT's
 * record of the entrypoint (its name, its output file).
 *
 * It also heads the stage with V8's explicit compile hint, `//# allFunctionsCalledOnLoad`:
 * Chromium then compiles every function of the script with its top level, instead of
 * pre-parsing each and parsing it again when first called, and nearly all of them run on every
 * page. Measured on the bench's pages with no council (trace CPU, alternating loads): 14.26 ->
 * 13.12 ms at 1k words (31 loads; evaluation 0.4 ms longer, the first scan's callbacks 0.7 ms
 * shorter), 15.28 -> 14.36 ms at 5k (15 loads), for 22 bytes gzipped. Other browsers read it
 * as a comment.
 */
import { fileURLToPath } from 'node:url';
import { defineWxtModule } from 'wxt/modules';

/** The entrypoint whose build this changes, and the file it is built from. */
export const FIRST_STAGE = 'content-scan';
export const FIRST_STAGE_ENTRY = fileURLToPath(new URL('../entrypoints/content/first-stage.ts', import.meta.url));

/** V8's explicit compile hint for a whole script (it must come first in the file). */
export const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

export default defineWxtModule({
  name: 'first-stage-entry',
  setup(wxt) {
    wxt.hooks.hook('vite:build:extendConfig', (entrypoints, config) => {
      if (entrypoints.length !== 1 || entrypoints[0]!.name !== FIRST_STAGE) return;
      const lib = config.build?.lib;
      if (!lib) throw new Error(`modules/first-stage-entry.ts: WXT no longer builds ${FIRST_STAGE} in library mode; update the module`);
      lib.entry = FIRST_STAGE_ENTRY;
      const options = (config.build!.rollupOptions ??= {});
      const output = (options.output ??= {});
      if (Array.isArray(output)) throw new Error('modules/first-stage-entry.ts: expected one output for the first stage');
      // After minification, which drops comments.
      output.postBanner = COMPILE_HINT;
    });
  },
});
