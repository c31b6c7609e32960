// House style, enforced: no HTML strings into the DOM, no eval, `browser` only where
// the developers' guide allows it, nothing imports from entrypoints/.
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

const noEntrypointImports = {
  patterns: [
    { group: ['**/entrypoints/**', '@/entrypoints/**', '~/entrypoints/**'], message: 'Nothing imports from entrypoints/.' },
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
    // lib/ and components/: pure code; `browser` only in lib/messaging.ts, lib/storage.ts and lib/page/.
    files: ['lib/**/*.{ts,tsx}', 'components/**/*.{ts,tsx}'],
    ignores: ['lib/messaging.ts', 'lib/storage.ts', 'lib/page/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'wxt/browser', message: 'Only lib/messaging.ts, lib/storage.ts and lib/page may use the extension API.' },
            { name: 'webextension-polyfill', message: 'Only lib/messaging.ts, lib/storage.ts and lib/page may use the extension API.' },
          ],
          ...noEntrypointImports,
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'browser', message: 'Only lib/messaging.ts, lib/storage.ts and lib/page may use the extension API.' },
        { name: 'chrome', message: 'Only lib/messaging.ts, lib/storage.ts and lib/page may use the extension API.' },
      ],
    },
  },
  {
    files: ['lib/messaging.ts', 'lib/storage.ts', 'lib/page/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', noEntrypointImports] },
  },
  {
    // The tests drive a real browser; they may read `chrome` in evaluated functions.
    files: ['test/e2e/**/*.ts'],
    rules: { 'no-restricted-globals': 'off' },
  },
);
