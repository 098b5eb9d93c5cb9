import { join } from 'node:path';
import { directClient } from '../../electron/backend/direct-client';
import { openBackend, type Backend, type BackendOptions } from '../../electron/backend/session';

/** A real backend on a temp-file database (the demo inventory unless `demo: false`), with its typed client. */
export function testBackend(dir: string, o: Partial<BackendOptions> & { demo?: boolean } = {}) {
  const backend: Backend = openBackend({
    dataDir: dir,
    dbFile: join(dir, 'test.sqlite'),
    mode: 'test',
    demoIfNew: o.demo ?? true,
    remember: false,
    ...o,
  });
  return { backend, call: directClient(backend), file: backend.ctx.dbFile };
}
