import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDownloadHost, startHostServer } from '../../../electron/node-host/server';
import { testBackend } from '../../support/backend';
import { useTempDir } from '../../support/temp';

const tmp = useTempDir('tinhgon-port-');

describe('browser-mode host ports', () => {
  it('falls back to a free loopback port when the fixed one is taken, and serves there', async () => {
    const blocker = createServer();
    const taken = await new Promise<number>((r) =>
      blocker.listen(0, '127.0.0.1', () => r((blocker.address() as { port: number }).port)),
    );
    const dir = tmp();
    const staticDir = join(dir, 'renderer');
    mkdirSync(staticDir);
    writeFileSync(
      join(staticDir, 'index.html'),
      '<!doctype html><html><head></head><body>TinhGọn</body></html>',
    );
    const { backend } = testBackend(dir);
    const host = await startHostServer({ backend, downloads: createDownloadHost(), staticDir, port: taken });
    try {
      expect(host.port).not.toBe(taken);
      expect(host.url).toBe(`http://127.0.0.1:${host.port}/`);
      const signIn = await fetch(host.link(), { redirect: 'manual' });
      const cookie = (signIn.headers.get('set-cookie') ?? '').split(';')[0]!;
      const page = await fetch(host.url, { headers: { cookie } }).then((r) => r.text());
      expect(page).toContain('TinhGọn');
      expect(page).toContain(`name="tinhgon-token" content="${host.token}"`);
    } finally {
      await host.close();
      backend.close();
      blocker.close();
    }
  });
});
