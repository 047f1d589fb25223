import js from '@eslint/js';
import { configs as litConfigs } from 'eslint-plugin-lit';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'coverage/', 'storybook-static/', 'node_modules/', '.test-results/', '.tmp/'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  litConfigs['flat/recommended'],
  {
    files: ['src/**/*.ts', 'test/**/*.ts', 'stories/**/*.ts'],
    languageOptions: { globals: globals.browser },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      // Tests assert on values they just checked exist; the non-null assertion says so briefly.
      '@typescript-eslint/no-non-null-assertion': 'off',
      'lit/no-template-bind': 'error',
      'lit/no-useless-template-literals': 'error',
      'lit/attribute-value-entities': 'error',
    },
  },
  {
    files: ['**/*.js'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    // Data must never reach an HTML sink: Lit bindings only.
    files: ['src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'lit/directives/unsafe-html.js',
              message: 'Data is plain text: bind it, never parse it as HTML.',
            },
            {
              name: 'lit/directives/unsafe-svg.js',
              message: 'Data is plain text: bind it, never parse it as SVG.',
            },
            { name: 'lit/static-html.js', message: 'unsafeStatic would let data write markup.' },
          ],
        },
      ],
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Use Lit bindings; data never reaches an HTML sink.' },
        { property: 'outerHTML', message: 'Use Lit bindings; data never reaches an HTML sink.' },
        { property: 'insertAdjacentHTML', message: 'Use Lit bindings; data never reaches an HTML sink.' },
      ],
    },
  },
);
