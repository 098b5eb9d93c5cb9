// ESLint flat config. Besides style, it enforces the layers (docs/ARCHITECTURE.md):
// only electron/main and electron/preload import `electron`; the renderer never imports Node builtins, db/ or
// the backend; db/ knows nothing of the UI or the backend; electron/shared is pure.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { builtinModules } from 'node:module';
import tseslint from 'typescript-eslint';

const nodeBuiltins = [...builtinModules.filter((m) => !m.startsWith('_')), ...builtinModules.map((m) => `node:${m}`)];
const noElectron = { name: 'electron', message: 'Only electron/main and electron/preload may import electron.' };
const layer = (message, group) => ({ group, message });

export default tseslint.config(
  { ignores: ['out/**', 'node_modules/**', 'native/**', 'test-results/**', 'playwright-report/**', 'bench/results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      'no-console': 'off',
    },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          paths: [noElectron, ...nodeBuiltins.map((name) => ({ name, message: 'The renderer never imports Node builtins.' }))],
          patterns: [
            layer('The renderer reaches data only through the API contract.', ['**/db/**', '**/db']),
            layer('The renderer never imports the backend, main process or hosts.', [
              '**/electron/backend/**',
              '**/electron/main/**',
              '**/electron/node-host/**',
              '**/electron/tools/**',
              'better-sqlite3',
              'exceljs',
            ]),
          ],
        },
      ],
    },
  },
  {
    files: ['electron/shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [noElectron, ...nodeBuiltins.map((name) => ({ name, message: 'electron/shared is pure: no Node.' }))],
          patterns: [
            layer('electron/shared is pure: no db, backend, UI.', [
              '**/db/**',
              '**/electron/backend/**',
              '**/renderer/**',
              'react',
              'better-sqlite3',
              'exceljs',
            ]),
          ],
        },
      ],
    },
  },
  {
    files: ['db/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [noElectron],
          patterns: [layer('db/ knows nothing of the UI or the backend.', ['**/renderer/**', '**/electron/backend/**', 'react'])],
        },
      ],
    },
  },
  {
    files: ['electron/backend/**/*.ts', 'electron/node-host/**/*.ts', 'electron/tools/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [noElectron], patterns: [layer('The backend never imports the UI.', ['**/renderer/**', 'react'])] },
      ],
    },
  },
  {
    files: ['tests/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  prettier,
);
