// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/** Runtime imports a layer may not make; `import type` stays allowed so types can be shared. */
const forbid = (groups, message) => ({
  '@typescript-eslint/no-restricted-imports': [
    'error',
    { patterns: groups.map((group) => ({ group, message, allowTypeImports: true })) },
  ],
});

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'bench-results/**', '.cache/**', '.tmp*'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  { files: ['**/*.mjs', '**/*.js'], ...tseslint.configs.disableTypeChecked },
  {
    files: ['db/**/*.ts', 'core/**/*.ts'],
    languageOptions: { globals: globals.node },
    rules: forbid(
      [
        [
          'electron',
          'electron/*',
          'react',
          'react-dom',
          'antd',
          '**/renderer/**',
          '**/electron/**',
          '**/web/**',
        ],
      ],
      'db/ and core/ are pure Node: no Electron, React or transport code.',
    ),
  },
  {
    files: ['db/**/*.ts'],
    rules: forbid([['**/core/**', 'electron', 'react']], 'db/ sits below core/: it may not import it.'),
  },
  {
    files: ['renderer/src/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...forbid(
        [['electron', 'better-sqlite3', 'node:*', '**/db/**', '**/core/**', '**/electron/**', '**/web/**']],
        'The renderer talks only to window.anjian: it may import types from db/ and core/, never their code.',
      ),
    },
  },
  {
    files: ['web/**/*.ts', 'electron/**/*.ts', 'scripts/**/*.ts', 'tests/**/*.ts', 'renderer/vite.config.ts'],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['web/**/*.ts'],
    rules: forbid([['electron', 'electron/*', '**/electron/**']], 'The web host must run without Electron.'),
  },
  {
    files: ['scripts/**/*.ts', 'tests/**/*.ts', 'web/cli.ts'],
    rules: { 'no-console': 'off' },
  },
);
