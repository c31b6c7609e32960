/**
 * The scripts that run in web pages (the content script's two stages and the debug
 * pages' timing hook) get the browser's own `browser` object from `wxt/browser`,
 * not webextension-polyfill's wrapper: in a content script the polyfill wraps nothing
 * they use (Chrome's and Firefox's runtime and storage calls there return promises),
 * yet it was 2.8 KB gzipped (2,824 bytes) of the second stage and part of every start-up there.
 * Extension pages and the background keep the polyfill (the module in wxt.config.ts).
 * Code still imports `browser` from `wxt/browser` only; message listeners in the page
 * scripts answer with `sendResponse` (what both browsers' own objects support).
 */
import type { Alias, AliasOptions } from 'vite';
import { defineWxtModule } from 'wxt/modules';

/** The entrypoints built for web pages (entrypoints/content-scan, content-annotate, content-bench). */
export const PAGE_SCRIPTS: readonly string[] = ['content-scan', 'content-annotate', 'content-bench'];

/** `alias` with `wxt/browser` pointing at WXT's own `browser` (the browser's object) instead of the polyfill. */
export function withNativeBrowser(alias: AliasOptions | undefined): Alias[] {
  const list: Alias[] = Array.isArray(alias)
    ? [...(alias as Alias[])]
    : Object.entries(alias ?? {}).map(([find, replacement]) => ({ find, replacement: String(replacement) }));
  return [{ find: /^wxt\/browser$/, replacement: '@wxt-dev/browser' }, ...list.filter((a) => a.find !== 'wxt/browser')];
}

export default defineWxtModule({
  name: 'native-browser-in-pages',
  setup(wxt) {
    wxt.hooks.hook('vite:build:extendConfig', (entrypoints, config) => {
      if (!entrypoints.every((e) => PAGE_SCRIPTS.includes(e.name))) return;
      config.resolve ??= {};
      config.resolve.alias = withNativeBrowser(config.resolve.alias);
    });
  },
});
