// The layer rules of docs/ARCHITECTURE.md as ESLint blocks (used by eslint.config.js and by the layer test).
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { builtinModules } from 'node:module';

const nodeBuiltins = [
  ...builtinModules.filter((m) => !m.startsWith('_')),
  ...builtinModules.map((m) => `node:${m}`),
];
const noElectron = {
  name: 'electron',
  message: 'Only electron/main and electron/preload may import electron.',
};
const layer = (message, group) => ({ group, message });

export const layerRules = [
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          paths: [
            noElectron,
            ...nodeBuiltins.map((name) => ({ name, message: 'The renderer never imports Node builtins.' })),
          ],
          patterns: [
            layer('The renderer reaches data only through the API contract.', ['**/db/**', '**/db']),
            layer('The renderer never imports the backend, main process or hosts.', [
              '**/electron/backend/**',
              '**/electron/main/**',
              '**/electron/node-host/**',
              '**/electron/server/**',
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
          paths: [
            noElectron,
            ...nodeBuiltins.map((name) => ({ name, message: 'electron/shared is pure: no Node.' })),
          ],
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
          patterns: [
            layer('db/ knows nothing of the UI or the backend.', [
              '**/renderer/**',
              '**/electron/backend/**',
              'react',
            ]),
          ],
        },
      ],
    },
  },
  {
    files: [
      'electron/backend/**/*.ts',
      'electron/node-host/**/*.ts',
      'electron/server/**/*.ts',
      'electron/tools/**/*.ts',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [noElectron],
          patterns: [layer('The backend never imports the UI.', ['**/renderer/**', 'react'])],
        },
      ],
    },
  },
];
