// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import prettier from 'eslint-config-prettier';
import globals from 'globals';

/** The house rules of shared/design.md, as import restrictions per room. */
const nodeBuiltins = [
  'node:*',
  'fs',
  'fs/*',
  'path',
  'os',
  'child_process',
  'crypto',
  'url',
  'util',
];
const restrict = (patterns, message) => ({
  'no-restricted-imports': ['error', { patterns: [{ group: patterns, message }] }],
});

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'node_modules/**',
      'e2e/artifacts/**',
      'test-results/**',
      'playwright-report/**',
      '.electron-native/**',
      'bin/**',
      '.tmp/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'smart'],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    extends: [tseslint.configs.disableTypeChecked],
  },
  // Only the thin Electron shell may import electron.
  {
    files: ['src/**/*.{ts,tsx}', 'e2e/**/*.ts', 'bench/**/*.ts', 'scripts/**/*.ts'],
    ignores: ['src/main/index.ts', 'src/main/preload.ts', 'src/main/shell/**', 'e2e/electron/**'],
    rules: restrict(
      ['electron', 'electron/*'],
      'Only src/main/index.ts, preload.ts and shell/ import electron.',
    ),
  },
  // The core: plain Node, no Electron, no shell, no renderer, no CLI.
  {
    files: ['src/main/core/**/*.ts'],
    rules: restrict(
      [
        'electron',
        'electron/*',
        '**/shell/**',
        '**/renderer/**',
        '**/cli/**',
        'react',
        'react-dom',
      ],
      'The core is plain Node: it reaches the outside only through the ports given to createCore.',
    ),
  },
  // The CLI: a second shell over the core.
  {
    files: ['src/main/cli/**/*.ts'],
    rules: restrict(
      ['electron', 'electron/*', '**/shell/**', '**/renderer/**'],
      'The CLI is a shell over the core; it never touches Electron or the renderer.',
    ),
  },
  // The contract: neither Node, Electron nor the DOM.
  {
    files: ['src/shared/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      ...restrict(
        [
          ...nodeBuiltins,
          'electron',
          'electron/*',
          'better-sqlite3',
          'react',
          'react-dom',
          '**/main/**',
          '**/renderer/**',
        ],
        'src/shared is the contract between the halves: no Node, Electron, DOM or app code.',
      ),
      'no-restricted-globals': [
        'error',
        'window',
        'document',
        'navigator',
        'process',
        'Buffer',
        'require',
      ],
    },
  },
  // The renderer: React, reaching the store only through window.api.
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...restrict(
        [...nodeBuiltins, 'electron', 'electron/*', 'better-sqlite3', '**/main/**'],
        'The renderer reaches the store only through window.api.',
      ),
    },
  },
  prettier,
);
