import { join, resolve } from 'node:path';
import { build } from 'vite';

const root = resolve(__dirname, '../../..');

/**
 * Builds only the drill entry (electron/tools/drill/index.ts, the same code as out/main/drill.js) and the worker
 * threads it starts, so the drill tests do not depend on the renderer build. Output goes under
 * node_modules/.cache (node_modules resolves from there, and no `out/` rebuild can delete it mid-run), in an
 * `out/main` folder of its own: that is where spawnWorker looks for a built worker beside built code.
 */
export async function buildDrillScript(
  outDir = join(root, 'node_modules', '.cache', `tinhgon-drill-${process.pid}`, 'out', 'main'),
): Promise<string> {
  await build({
    configFile: false,
    root,
    logLevel: 'error',
    build: {
      ssr: true,
      outDir,
      emptyOutDir: true,
      target: 'node20',
      minify: false,
      rollupOptions: {
        input: {
          drill: join(root, 'electron/tools/drill/index.ts'),
          // The import child runs the CLI engine, which parses in the import worker; the export child writes
          // through the export worker and its writer thread, as the app and the CLI do.
          'import-worker': join(root, 'electron/backend/import/import-worker.ts'),
          'export-worker': join(root, 'electron/backend/reports/export-worker.ts'),
          'report-writer-worker': join(root, 'electron/backend/reports/report-writer-worker.ts'),
        },
        output: { format: 'es', entryFileNames: '[name].js' },
      },
    },
  });
  return join(outDir, 'drill.js');
}
