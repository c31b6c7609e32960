/**
 * `wxt/browser` in the scripts that run in web pages (modules/native-browser-in-pages.ts): the
 * browser's own extension API object, as `@wxt-dev/browser` gives it, but looked up on first
 * use, not when the script is evaluated. The first use makes Chromium build the extension's
 * bindings in the page's isolated world, about 1.3 ms of CPU per page load (a trace of the
 * first stage with and without it, 21 loads each); the first stage, which every page runs,
 * uses the API only once a page names a council.
 */
import type { browser as BrowserApi } from '@wxt-dev/browser';

type Api = typeof BrowserApi;

let api: Api | undefined;

/** `@wxt-dev/browser`'s choice: Firefox's (or a new Chrome's) `browser` where it is the extension's, else `chrome`. */
function lookUp(): Api {
  const scope = globalThis as unknown as { browser?: Api; chrome: Api };
  return scope.browser?.runtime?.id ? scope.browser : scope.chrome;
}

export const browser: Api = new Proxy({} as Api, {
  get: (_, key) => Reflect.get((api ??= lookUp()), key) as unknown,
});
