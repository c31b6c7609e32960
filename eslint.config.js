// House style, enforced: no HTML strings into the DOM, no eval, promises handled, and the
// layers (README, Project layout) kept by import zones: what ships in the extension
// (lib/, components/, entrypoints/) never imports the Node tooling (tools/, modules/, test/)
// or Node itself; the engine never imports page, UI or extension code; lib/page and lib/ui
// take only types from lib/messaging (zod stays out of the content script); `browser` only
// where the developers' guide allows it; nothing imports from entrypoints/.
// test/lint/layers.test.ts shows each zone failing on a wrong-way import.
import tseslint from 'typescript-eslint';
import globals from 'globals';

const noHtmlStrings = {
  'no-eval': 'error',
  'no-implied-eval': 'error',
  'no-new-func': 'error',
  'no-restricted-properties': [
    'error',
    { property: 'innerHTML', message: 'Never write page or dataset strings as HTML: use textContent or createElement.' },
    { property: 'outerHTML', message: 'Never write page or dataset strings as HTML: use textContent or createElement.' },
    { property: 'insertAdjacentHTML', message: 'Never write page or dataset strings as HTML: use createElement.' },
    { object: 'document', property: 'write', message: 'document.write rewrites the page.' },
    { object: 'document', property: 'writeln', message: 'document.writeln rewrites the page.' },
  ],
  'no-restricted-syntax': [
    'error',
    {
      selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
      message: 'Never render strings as HTML.',
    },
    { selector: "NewExpression[callee.name='Function']", message: 'No code from strings.' },
  ],
};

// Import zones. Each is a list of `no-restricted-imports` patterns (regular expressions over
// the import's specifier, relative or `@/`); a folder's rule is the union of its zones.
const zone = (regex, message, extra = {}) => ({ regex, message, ...extra });
const ZONES = {
  noEntrypoints: [zone('(^|/)entrypoints/', 'Nothing imports from entrypoints/.')],
  noTooling: [
    zone('^node:', 'Shipped code runs in the browser: no Node modules (Node tooling lives in tools/).'),
    zone('^(linkedom|pdfjs-dist|playwright-core|vite|vitest|wxt/modules)(/|$)', 'Shipped code never imports Node-only packages.'),
    zone('(^|/)(tools|modules|test)/', 'Shipped code never imports the Node tooling (tools/, modules/) or the tests.'),
  ],
  noTest: [zone('(^|/)test/', 'The tooling never imports the tests (the tests import the tooling).')],
  noExtensionApi: [
    zone(
      '^(wxt/browser|webextension-polyfill|wxt/utils/)',
      'Only lib/storage.ts, lib/transport.ts, lib/reader-choices.ts and entrypoints/ use the extension API.',
    ),
  ],
  engine: [
    zone('(^|/)(page|ui|messaging|storage|reader-choices)(/|$)', 'The engine is pure: it never imports page, UI or extension code.'),
    zone('^preact(/|$)', 'The engine is pure: no UI library.'),
    zone('^zod$', 'The engine validates nothing at run time (zod stays out of the content script).'),
  ],
  data: [
    zone(
      '(^|/)(engine|page|ui|messaging|storage)(/|$)',
      'lib/data is the bottom layer: the engine and the views build on it, never the reverse.',
    ),
  ],
  typesFromMessaging: [
    zone('(^|/)messaging(\\.ts)?$', 'Only types from lib/messaging here: its zod schemas would enter the content script.', {
      allowTypeImports: true,
    }),
  ],
  ui: [zone('(^|/)page/', 'lib/ui serves cards, popup and command line alike: no page code.')],
};

/** One `no-restricted-imports` rule from zones (ESLint keeps only the last rule a file matches, so folders get one each). */
const restrict = (...zones) => ({
  'no-restricted-imports': 'off',
  '@typescript-eslint/no-restricted-imports': ['error', { patterns: zones.flat() }],
});
const noExtensionGlobals = {
  'no-restricted-globals': [
    'error',
    { name: 'browser', message: 'Only lib/storage.ts, lib/transport.ts, lib/reader-choices.ts and entrypoints/ use the extension API.' },
    { name: 'chrome', message: 'Only lib/storage.ts, lib/transport.ts, lib/reader-choices.ts and entrypoints/ use the extension API.' },
  ],
};

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'test-results/**', 'coverage/**'] },
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      ...noHtmlStrings,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Type-aware rules: a promise is awaited, returned, or handed to `void` on purpose.
    files: ['**/*.{ts,tsx}'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
    },
  },
  // The shipped layers, bottom up.
  {
    files: ['lib/data/**/*.ts'],
    rules: { ...restrict(ZONES.noEntrypoints, ZONES.noTooling, ZONES.noExtensionApi, ZONES.data), ...noExtensionGlobals },
  },
  {
    files: ['lib/engine/**/*.ts'],
    rules: { ...restrict(ZONES.noEntrypoints, ZONES.noTooling, ZONES.noExtensionApi, ZONES.engine), ...noExtensionGlobals },
  },
  {
    files: ['lib/ui/**/*.ts'],
    rules: {
      ...restrict(ZONES.noEntrypoints, ZONES.noTooling, ZONES.noExtensionApi, ZONES.typesFromMessaging, ZONES.ui),
      ...noExtensionGlobals,
    },
  },
  {
    files: ['lib/page/**/*.ts'],
    rules: { ...restrict(ZONES.noEntrypoints, ZONES.noTooling, ZONES.noExtensionApi, ZONES.typesFromMessaging), ...noExtensionGlobals },
  },
  // lib/transport.ts, lib/storage.ts, lib/reader-choices.ts: messages sent and items stored (they may use `browser`).
  { files: ['lib/*.ts'], rules: restrict(ZONES.noEntrypoints, ZONES.noTooling) },
  // lib/messaging.ts is the contract alone (lib/transport.ts carries it); lib/dates.ts and lib/median.ts are pure.
  {
    files: ['lib/messaging.ts', 'lib/dates.ts', 'lib/median.ts'],
    rules: { ...restrict(ZONES.noEntrypoints, ZONES.noTooling, ZONES.noExtensionApi), ...noExtensionGlobals },
  },
  {
    files: ['components/**/*.{ts,tsx}'],
    rules: { ...restrict(ZONES.noEntrypoints, ZONES.noTooling, ZONES.noExtensionApi), ...noExtensionGlobals },
  },
  { files: ['entrypoints/**/*.{ts,tsx}'], rules: restrict(ZONES.noTooling) },
  // The Node side: build modules and tooling never reach into the tests.
  { files: ['modules/**/*.ts', 'tools/**/*.ts'], rules: restrict(ZONES.noEntrypoints, ZONES.noTest) },
  {
    // The tests drive a real browser; they may read `chrome` in evaluated functions.
    files: ['test/e2e/**/*.ts', 'tools/browser/**/*.ts'],
    rules: { 'no-restricted-globals': 'off' },
  },
);
