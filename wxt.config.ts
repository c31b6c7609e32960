import { defineConfig } from 'wxt';
import { existsSync, readFileSync } from 'node:fs';

// The store version stamped by `npm run release` (four numbers carrying the data's as-of date);
// before the first release, package.json's.
const releaseFile = new URL('./release.json', import.meta.url);
const release = existsSync(releaseFile) ? (JSON.parse(readFileSync(releaseFile, 'utf8')) as { version?: string }) : {};

// WXT 0.20 is pinned (not 0.21) because 0.21 requires Node 22 and the machines run Node 20.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  manifest: ({ browser }) => ({
    name: 'Ofsted Lens',
    ...(release.version ? { version: release.version } : {}),
    description:
      "Checks Ofsted grade claims about English councils' children's services against the full judgement history, on your device.",
    // The fewest that do the job: options (storage) and "Check Ofsted record" on selected text (contextMenus).
    // The content script's http/https matches come from its content_scripts entry; no host permissions.
    permissions: ['storage', 'contextMenus'],
    // The content script in two stages (README, Performance): the first, small one runs on every
    // page; it imports the second only when the page may name an authority, and the second
    // imports the benchmark hook only on debug pages. Both are web-accessible, which an import
    // from a content script needs, with a dynamic URL: a page cannot fetch them by the
    // extension's fixed id to learn it is installed (README, Security review).
    content_scripts: [
      {
        matches: ['http://*/*', 'https://*/*'],
        run_at: 'document_idle',
        // Written at build time from lib/page/styles.ts (modules/highlight-styles.ts).
        css: ['content-scripts/content.css'],
        js: ['content-scan.js'],
      },
    ],
    // The article reader (Readability) is imported by the second stage only when it needs it.
    web_accessible_resources: [
      {
        matches: ['http://*/*', 'https://*/*'],
        resources: ['content-annotate.js', 'content-bench.js', 'article-reader.js'],
        use_dynamic_url: true,
      },
    ],
    // Declared as a command so readers can rebind it (chrome://extensions/shortcuts, Firefox's
    // "Manage Extension Shortcuts"), and so the browser, not the page, takes the keystroke.
    commands: {
      'next-mark': {
        suggested_key: { default: 'Alt+Shift+O' },
        description: 'Move to the next Ofsted Lens mark and open its card',
      },
    },
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
    // Two local modules (modules/) add their Vite plugins: ofsted-dataset validates the seeds (bad seeds
    // fail the build) and provides virtual:ofsted-dataset / virtual:ofsted-names; zod-without-eval takes
    // zod's eval probe out (web-ext lint's Function-constructor warnings).
    oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
    // Extension pages load their own module scripts; the modulepreload polyfill would be the bundle's only fetch().
    build: { modulePreload: { polyfill: false } },
    resolve: { alias: { react: 'preact/compat', 'react-dom': 'preact/compat' } },
  }),
});
