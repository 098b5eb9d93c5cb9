/**
 * A backend in a process of its own (a second `npm start`, another account's app), for the one-writer tests:
 * built by tests/support/build-script.ts, run as `node session-child.js <db> <dataDir>`. It opens the database as browser mode
 * does, prints one JSON line saying whether it writes and what its open notice is, then answers each JSON line
 * `{method, input}` on stdin with the envelope, one line each; closing stdin closes the backend and exits.
 */
import { createInterface } from 'node:readline';
import { openBackend } from '../../electron/backend/session';

const [dbFile, dataDir] = process.argv.slice(2) as [string, string];
const backend = openBackend({ dbFile, dataDir, mode: 'browser', remember: false, autoBackupMs: 0 });
const say = (value: unknown): void => void process.stdout.write(`${JSON.stringify(value)}\n`);
const check = (await backend.dispatch('backups.openCheck', {})) as { ok: true; value: { notice: unknown } };
say({ ready: true, pid: process.pid, readOnly: backend.ctx.db.readonly, notice: check.value.notice });

const lines = createInterface({ input: process.stdin });
let queue = Promise.resolve();
lines.on('line', (line) => {
  const { method, input } = JSON.parse(line) as { method: string; input: unknown };
  queue = queue.then(async () => {
    say(await backend.dispatch(method, input));
  });
});
lines.on('close', () => {
  void queue.then(() => {
    backend.close();
    process.exit(0);
  });
});
