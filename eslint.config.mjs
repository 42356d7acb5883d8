// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { builtinModules } from 'node:module';

/** Runtime imports a layer may not make; `import type` stays allowed so types can be shared. */
const forbid = (groups, message, extra = []) => ({
  '@typescript-eslint/no-restricted-imports': [
    'error',
    { patterns: [...groups.map((group) => ({ group, message, allowTypeImports: true })), ...extra] },
  ],
});

const UI_AND_TRANSPORT = [
  'electron',
  'electron/*',
  'react',
  'react-dom',
  'react/*',
  'antd',
  'antd/*',
  '**/renderer/**',
  '**/electron/**',
  '**/web/**',
];
/** Node's modules by either name, so shared/ cannot reach them through `fs` instead of `node:fs`. */
const NODE_BUILTINS = ['node:*', ...builtinModules];

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
      [[...UI_AND_TRANSPORT]],
      'db/ and core/ are pure Node: no Electron, React or transport code.',
    ),
  },
  {
    files: ['core/**/*.ts'],
    ignores: ['core/cases/write.ts'],
    rules: forbid([[...UI_AND_TRANSPORT]], 'core/ is pure Node: no Electron, React or transport code.', [
      {
        group: ['**/db/repos/cases'],
        importNames: ['insertCase', 'updateCase'],
        message: 'Write cases through core/cases/write.ts, where the 案号 and review rules are enforced.',
      },
    ]),
  },
  {
    files: ['db/**/*.ts'],
    rules: forbid([[...UI_AND_TRANSPORT, '**/core/**']], 'db/ sits below core/: it may not import it.'),
  },
  {
    files: ['shared/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [...NODE_BUILTINS, ...UI_AND_TRANSPORT, 'better-sqlite3', '**/db/**', '**/core/**'],
              message:
                'shared/ is pure TypeScript that runs anywhere: no Node, DOM, React, db/ or core/ (zod is fine).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/src/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...forbid(
        [['electron', 'better-sqlite3', 'node:*', '**/db/**', '**/core/**', '**/electron/**', '**/web/**']],
        'The renderer talks only to window.anjian and runs shared/ code: it may import types from db/ and core/, never their code.',
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
