/**
 * The manifest's content-script stylesheet (`content-scripts/content.css`), written at
 * build time from `highlightCss()` in lib/page/styles.ts: one source for the highlight
 * rules, which the painter also adopts into shadow roots. Styling through the manifest
 * adds no node to the page.
 */
import { defineWxtModule } from 'wxt/modules';
import { highlightCss } from '../lib/page/styles.ts';

/** Where the manifest's `content_scripts[].css` finds it (wxt.config.ts). */
export const HIGHLIGHT_STYLESHEET = 'content-scripts/content.css';

export default defineWxtModule({
  name: 'highlight-styles',
  setup(wxt) {
    wxt.hooks.hook('build:publicAssets', (_wxt, files) => {
      files.push({ relativeDest: HIGHLIGHT_STYLESHEET, contents: `${highlightCss()}\n` });
    });
  },
});
