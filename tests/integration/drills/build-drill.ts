import { join, resolve } from 'node:path';
import { build } from 'vite';

const root = resolve(__dirname, '../../..');

/**
 * Builds only the drill entry (electron/tools/drill/index.ts, the same code as out/main/drill.js) so the drill
 * tests do not depend on the renderer build. Output stays inside the repo so node_modules resolves.
 */
export async function buildDrillScript(): Promise<string> {
  const outDir = join(root, 'out', 'drill-test');
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
