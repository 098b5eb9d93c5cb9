import { join, resolve } from 'node:path';
import { build } from 'vite';

const root = resolve(__dirname, '../..');

/**
 * Builds one TypeScript entry of the tests into a Node script (the backend needs Vite's build: its migrations
 * are bundled with `import.meta.glob`), under node_modules/.cache so node_modules resolves from there. Returns
 * the script's path; run it with `node`.
 */
export async function buildScript(entry: string, name: string): Promise<string> {
  const outDir = join(root, 'node_modules', '.cache', `tinhgon-${name}-${process.pid}`, 'out', 'main');
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
        input: { [name]: join(root, entry) },
        output: { format: 'es', entryFileNames: '[name].js' },
      },
    },
  });
  return join(outDir, `${name}.js`);
}
