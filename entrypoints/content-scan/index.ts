/**
 * The content script, first stage (entrypoints/content/runFirstStage.ts): listed in the
 * manifest (wxt.config.ts) as a plain script rather than through WXT's content-script
 * wrapper, whose context object every page load would pay for. This file is WXT's record
 * of the entrypoint; the build starts the stage from entrypoints/content/first-stage.ts
 * instead of WXT's unlisted-script wrapper (modules/first-stage-entry.ts says why).
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startFirstStage } from '../content/runFirstStage';

// No global name: the stage defines nothing on the isolated world's global object.
export default defineUnlistedScript({ main: startFirstStage, globalName: false });
