/**
 * The few extension APIs the first stage uses, from the browser's own global rather
 * than `wxt/browser`: webextension-polyfill (9.6 KB) and its first use cost every page
 * load about a sixth of the old content script's start-up, and in content scripts it
 * wraps nothing the first stage needs. Chrome and Firefox both give content scripts a
 * `chrome` object (Firefox also `browser`; Chrome only lately), and `runtime.id`,
 * `runtime.getURL` and `runtime.onMessage` with a `sendResponse` callback (not a
 * returned promise) behave alike in both. The second stage keeps `wxt/browser`.
 */
export interface ExtensionApi {
  runtime: {
    id: string;
    getURL(path: string): string;
    onMessage: {
      addListener(
        listener: (message: unknown, sender: { id?: string }, sendResponse: (reply: unknown) => void) => boolean | undefined,
      ): void;
    };
  };
}

/** The browser's extension API in a content script. */
export function extensionApi(): ExtensionApi {
  return (globalThis as unknown as { chrome: ExtensionApi }).chrome;
}
