import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules', '.output', '.wxt', 'data', 'docs', 'coverage', 'tests/.tmp'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/ban-ts-comment': ['error', { 'ts-ignore': true, 'ts-nocheck': true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Render page and server data as text; never innerHTML.' },
        { property: 'outerHTML', message: 'Render page and server data as text; never outerHTML.' },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Never render HTML from data.',
        },
      ],
    },
  },
  {
    files: ['entrypoints/*.content/**', 'entrypoints/*.content.ts', 'utils/detect/**', 'utils/content/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/db', '**/db/**', 'dexie'],
              message: 'Content scripts ask the background; no Dexie here.',
            },
          ],
        },
      ],
      'no-restricted-globals': ['error', { name: 'setInterval', message: 'Observe the DOM; never poll.' }],
    },
  },
  prettier,
);
