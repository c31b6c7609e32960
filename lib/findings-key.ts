/**
 * The global, in the content scripts' isolated world, on which the content script's first stage
 * defines a function that loads the second stage (if it is not loaded yet) and resolves to the
 * page's findings. The popup calls it through `scripting.executeScript` where no second stage
 * listens for its `page-findings` message: a page the first stage found no name on
 * (lib/transport.ts). Only the extension's own scripts share that world; the page never sees it.
 */
export const FINDINGS_KEY = '__ofstedLensFindings';
