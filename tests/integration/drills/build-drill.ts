import { join, resolve } from 'node:path';
import { build } from 'vite';

const root = resolve(__dirname, '../../..');

/**
 * Builds only the drill entry (electron/tools/drill/index.ts, the same code as out/main/drill.js) so the drill
 * tests do not depend on the renderer build. Output goes under node_modules/.cache (node_modules resolves from there, and no `out/` rebuild can delete it
 * mid-run).
 */
export async function buildDrillScript(
  outDir = join(root, 'node_modules', '.cache', `tinhgon-drill-${process.pid}`),
): Promise<string> {
  await build({
    configFile: false,
    root,
    logLevel: 'error',
    build: {
      ssr: join(root, 'electron/tools/drill/index.ts'),
      outDir,
      emptyOutDir: true,
      target: 'node20',
      minify: false,
      rollupOptions: { output: { format: 'es', entryFileNames: 'drill.js' } },
    },
  });
  return join(outDir, 'drill.js');
}
