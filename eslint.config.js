// Flat ESLint config. Two project rules are enforced here (and again by a unit test):
// no markup from strings, and no storage access outside src/background/.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const noMarkupFromStrings = [
  { selector: "MemberExpression[property.name=/^(innerHTML|outerHTML)$/]", message: 'Build DOM nodes; never parse markup from strings.' },
  { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: 'Build DOM nodes; never parse markup from strings.' },
  { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Never render markup from strings.' },
];
const noStorage = {
  selector: "MemberExpression[property.name='storage'][object.name=/^(browser|chrome)$/]",
  message: 'Only src/background/ touches storage; send a message instead.',
};

export default tseslint.config(
  { ignores: ['dist/', 'dist-firefox/', 'dist-*/', 'web-ext-artifacts/', 'node_modules/', 'demo-output/', 'test-artifacts/', 'bench/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node, chrome: 'readonly' } },
    rules: {
      'no-restricted-syntax': ['error', ...noMarkupFromStrings, noStorage],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/background/**'],
    rules: { 'no-restricted-syntax': ['error', ...noMarkupFromStrings] },
  },
  {
    files: ['tests/**', 'scripts/**'],
    rules: { 'no-restricted-syntax': 'off', '@typescript-eslint/no-explicit-any': 'off' },
  },
);
