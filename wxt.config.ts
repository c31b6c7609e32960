import { fileURLToPath } from 'node:url';
import { defineConfig } from 'wxt';
import { ofstedDataset } from './lib/data/vite-plugin.ts';
import { zodWithoutEval } from './scripts/zod-without-eval.ts';

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
    // Validates the seeds (bad seeds fail the build) and provides virtual:ofsted-dataset / virtual:ofsted-names.
    // zodWithoutEval: see scripts/zod-without-eval.ts (web-ext lint's Function-constructor warnings).
    plugins: [ofstedDataset({ seedsDir: fileURLToPath(new URL('./seeds', import.meta.url)), checkOnStart: true }), zodWithoutEval()],
    oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
    // Extension pages load their own module scripts; the modulepreload polyfill would be the bundle's only fetch().
    build: { modulePreload: { polyfill: false } },
    resolve: { alias: { react: 'preact/compat', 'react-dom': 'preact/compat' } },
  }),
});
