import { fileURLToPath } from 'node:url';
import { defineConfig } from 'wxt';
import { ofstedDataset } from './lib/data/vite-plugin.ts';

// WXT 0.20 is pinned (not 0.21) because 0.21 requires Node 22 and the machines run Node 20.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  manifest: ({ browser }) => ({
    name: 'Ofsted Lens',
    description:
      "Checks Ofsted grade claims about English councils' children's services against the full judgement history, on your device.",
    // The fewest that do the job: options (storage) and "Check Ofsted record" on selected text (contextMenus).
    // The content script's http/https matches come from its content_scripts entry; no host permissions.
    permissions: ['storage', 'contextMenus'],
    // The article reader (Readability, 11 KB gzipped) is loaded by the content script only on
    // pages that name an authority, so it must be reachable from pages; in Chrome only through
    // a per-session address, so a page cannot use it to tell that the extension is installed.
    web_accessible_resources:
      browser === 'firefox'
        ? ['article-reader.js']
        : [{ resources: ['article-reader.js'], matches: ['http://*/*', 'https://*/*'], use_dynamic_url: true }],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'ofsted-lens@example.org',
              strict_min_version: '140.0',
              // The extension collects and sends nothing.
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
  vite: () => ({
    // Validates the seeds (bad seeds fail the build) and provides virtual:ofsted-dataset / virtual:ofsted-names.
    plugins: [ofstedDataset({ seedsDir: fileURLToPath(new URL('./seeds', import.meta.url)), checkOnStart: true })],
    oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
    // Extension pages load their own module scripts; the modulepreload polyfill would be the bundle's only fetch().
    build: { modulePreload: { polyfill: false } },
    resolve: { alias: { react: 'preact/compat', 'react-dom': 'preact/compat' } },
  }),
});
