import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';

/**
 * One build for every process. `main` holds the Electron entry and the plain-Node entries that share the
 * backend (browser-mode host, CLI, workers, bench, drills); none of those import `electron`, so they run in Node.
 */
// ensure-build.mjs builds into a scratch folder and swaps it in, so a running app never sees a half-built out/.
const out = process.env.TINHGON_OUT_DIR ?? 'out';

export default defineConfig({
  main: {
    build: {
      outDir: `${out}/main`,
      rollupOptions: {
        input: {
          index: resolve(__dirname, 'electron/main/index.ts'),
          'node-host': resolve(__dirname, 'electron/node-host/index.ts'),
          cli: resolve(__dirname, 'electron/tools/cli/index.ts'),
          bench: resolve(__dirname, 'electron/tools/bench/index.ts'),
          drill: resolve(__dirname, 'electron/tools/drill/index.ts'),
          server: resolve(__dirname, 'electron/server/index.ts'),
          // Worker threads (see electron/backend/workers/spawn-worker.ts); each feature adds its own here.
          'import-worker': resolve(__dirname, 'electron/backend/import/import-worker.ts'),
          'export-worker': resolve(__dirname, 'electron/backend/reports/export-worker.ts'),
          'report-writer-worker': resolve(__dirname, 'electron/backend/reports/report-writer-worker.ts'),
          'integrity-worker': resolve(__dirname, 'electron/backend/backup/integrity-worker.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      outDir: `${out}/preload`,
      rollupOptions: {
        input: { index: resolve(__dirname, 'electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'renderer'),
    plugins: [react()],
    build: {
      outDir: resolve(__dirname, `${out}/renderer`),
      rollupOptions: { input: resolve(__dirname, 'renderer/index.html') },
    },
  },
});
