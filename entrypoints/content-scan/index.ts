/**
 * The content script, first stage (entrypoints/content/runFirstStage.ts): listed in the
 * manifest (wxt.config.ts) as a plain script rather than through WXT's content-script
 * wrapper, whose context object pulls webextension-polyfill into every page load.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { runFirstStage } from '../content/runFirstStage';

export default defineUnlistedScript(() => {
  runFirstStage(document).catch((error: unknown) => console.warn('Ofsted Lens:', error));
});
