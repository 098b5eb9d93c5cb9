import { fileURLToPath } from 'node:url';
import { defaultDataDir } from '../backend/data-dir';
import { openBackend } from '../backend/session';
import { renderError } from '../shared/errors';
import { DbError } from '../../db/errors';
import { parseHostArgs } from './args';
import { createDownloadHost, startHostServer } from './server';

/** Browser mode: `node out/main/node-host.js [--port N] [--db FILE] [--data-dir DIR]`. */
async function main(): Promise<void> {
  // Whatever this process creates (exports, temp files, workers' output) is its owner's alone (db/owner-only.ts).
  process.umask(0o077);
  const args = parseHostArgs(process.argv.slice(2), process.env);
  const downloads = createDownloadHost();
  let backend;
  try {
    backend = openBackend({
      dbFile: args.db,
      dataDir: args.dataDir ?? defaultDataDir(),
      mode: 'browser',
      host: downloads,
      ...(args.checkAfterOpenAboveMb !== undefined
        ? { deferCheckAboveBytes: args.checkAfterOpenAboveMb * 1024 * 1024 }
        : {}),
      ...(args.managerIdleSeconds !== undefined ? { managerIdleMs: args.managerIdleSeconds * 1000 } : {}),
      log: (err) => console.error('[tinhgon]', err),
    });
  } catch (err) {
    if (err instanceof DbError) {
      console.error(renderError(err.code, { file: err.file, ...err.detail }, 'vi'));
      process.exit(1);
    }
    throw err;
  }
  const staticDir = fileURLToPath(new URL('../renderer', import.meta.url));
  const server = await startHostServer({
    backend,
    downloads,
    staticDir,
    port: args.port,
    // Only this terminal sees the links: another account on the PC knows the port, never the secret.
    onNewLink: (link) =>
      console.log(`Liên kết cho lần mở sau (dùng một lần) / next link (works once): ${link}`),
  });
  const fixed =
    args.port !== 0 && server.port !== args.port ? ` (cổng ${args.port} đang bận / port busy)` : '';
  // One line, Vietnamese then English: where the app is and why it is in the browser.
  const notice = process.env.TINHGON_BROWSER_NOTICE
    ? 'Không có Electron trên máy này: TinhGọn chạy trong trình duyệt tại / Electron unavailable: TinhGọn is served at '
    : 'TinhGọn: ';
  console.log(`${notice}${server.link()}${fixed}`);
  const stop = () => {
    // Exit even if something holds the server open: the database is closed first either way.
    setTimeout(() => {
      backend.close();
      process.exit(0);
    }, 3000).unref();
    void server.close().finally(() => {
      backend.close();
      process.exit(0);
    });
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

void main();
