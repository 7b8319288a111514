// ESLint for the extension's own code: typescript-eslint's recommended rules, the rules of hooks
// (Preact's hooks follow React's), and the project's two boundaries: page HTML becomes markup
// only through the one sanitising policy, and the extraction core never reaches the browser.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

/** Markup from strings: the way untrusted page HTML would reach a live element. */
const HTML_SINKS = [
  {
    selector: 'AssignmentExpression[left.property.name=/^(innerHTML|outerHTML)$/]',
    message: 'Page HTML is untrusted: render it through sanitizeHtml (utils/extract/sanitize.ts) and ArticleBody.',
  },
  {
    selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
    message: 'Only ArticleBody renders HTML, and only what the one sanitising policy returned.',
  },
];

export default tseslint.config(
  { ignores: ['.output/', '.wxt/', 'node_modules/', 'public/'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    // Tests' `useLede()` and `useFreshIndexedDb()` are vitest set-ups, not hooks.
    files: ['components/**', 'entrypoints/**'],
    plugins: { 'react-hooks': reactHooks },
    // Only the classic two: the React Compiler rules of react-hooks 7 (refs, immutability, …) know
    // React's useRef, not preact/hooks', and flag every ref the code uses as meant.
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
  {
    rules: {
      'no-restricted-syntax': ['error', ...HTML_SINKS],
      // `const { content: _content, ...rest } = record` is how the code leaves a field out of a copy.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
    },
  },
  {
    // page.evaluate bodies run in the browser page, whose globals (the speech stand-in) have no types here.
    files: ['tests/e2e/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    // Allowed by path, each for its reason:
    files: [
      // the one sanitising policy: parses stored HTML in an inert document to clean it there;
      'utils/extract/sanitize.ts',
      // the <noscript> image recovery parses into an inert <template>, never attached;
      'utils/extract/prepare.ts',
      // the one component that renders the policy's output;
      'components/ArticleBody.tsx',
      // tests build hostile pages from strings on purpose, in jsdom or a test page, never in the extension.
      'tests/**',
    ],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    // The extraction core is pure (a Document and a URL in): it runs in Node, in workers and in
    // tests, so it may not touch the extension APIs.
    files: ['utils/extract/**'],
    languageOptions: { globals: { browser: 'off', chrome: 'off' } },
    rules: {
      'no-restricted-globals': [
        'error',
        { name: 'browser', message: 'utils/extract is pure: no extension APIs.' },
        { name: 'chrome', message: 'utils/extract is pure: no extension APIs.' },
      ],
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'wxt', message: 'utils/extract is pure: no WXT.' },
            { name: 'webextension-polyfill', message: 'utils/extract is pure: no extension APIs.' },
            { name: '@wxt-dev/webextension-polyfill', message: 'utils/extract is pure: no extension APIs.' },
          ],
          patterns: [{ group: ['wxt/*', '@wxt-dev/*'], message: 'utils/extract is pure: no WXT.' }],
        },
      ],
    },
  },
);
