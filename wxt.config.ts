import { defineConfig } from 'wxt';

// WXT 0.20 is pinned (not 0.21) because 0.21 requires Node 22 and the machines run Node 20.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  manifest: {
    name: 'Ofsted Lens',
    description:
      "Checks Ofsted grade claims about English councils' children's services against the full judgement history, on your device.",
    permissions: ['storage', 'contextMenus'],
  },
  vite: () => ({
    oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
    resolve: { alias: { react: 'preact/compat', 'react-dom': 'preact/compat' } },
  }),
});
