/**
 * The content script's first stage runs on every page, and its budget is 4 KB gzipped.
 * WXT builds an unlisted script from a wrapper of its own (plugin set-up, a logger, a
 * crash report) and a global name; the stage was 4,259 bytes gzipped with them and 4,112
 * without (gzip -9 of the built file). This module builds the stage straight from its entry,
 * entrypoints/content/first-stage.ts; entrypoints/content-scan/index.ts stays as WXT's
 * record of the entrypoint (its name, its output file).
 */
import { fileURLToPath } from 'node:url';
import { defineWxtModule } from 'wxt/modules';

/** The entrypoint whose build this changes, and the file it is built from. */
export const FIRST_STAGE = 'content-scan';
export const FIRST_STAGE_ENTRY = fileURLToPath(new URL('../entrypoints/content/first-stage.ts', import.meta.url));

export default defineWxtModule({
  name: 'first-stage-entry',
  setup(wxt) {
    wxt.hooks.hook('vite:build:extendConfig', (entrypoints, config) => {
      if (entrypoints.length !== 1 || entrypoints[0]!.name !== FIRST_STAGE) return;
      const lib = config.build?.lib;
      if (!lib) throw new Error(`modules/first-stage-entry.ts: WXT no longer builds ${FIRST_STAGE} in library mode; update the module`);
      lib.entry = FIRST_STAGE_ENTRY;
    });
  },
});
