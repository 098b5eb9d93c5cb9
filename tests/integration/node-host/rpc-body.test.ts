import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RPC_HTTP_PATH, TOKEN_HEADER } from '../../../electron/shared/contract/envelope';
import { createDownloadHost, startHostServer } from '../../../electron/node-host/server';
import { testBackend } from '../../support/backend';
import { useTempDir } from '../../support/temp';

const tmp = useTempDir('tinhgon-rpc-body-');

describe('browser mode: a POST /rpc body that is not a JSON object', () => {
  it('null, a number, an array, a string or no JSON at all: 400 with a BAD_REQUEST envelope, never HTTP 500', async () => {
    const dir = tmp();
    mkdirSync(join(dir, 'renderer'));
    writeFileSync(
      join(dir, 'renderer', 'index.html'),
      '<!doctype html><html><head></head><body></body></html>',
    );
    const { backend } = testBackend(dir);
    const server = await startHostServer({
      backend,
      downloads: createDownloadHost(),
      staticDir: join(dir, 'renderer'),
      port: 0,
    });
    try {
      // Signed in as the owner is (the printed one-time link becomes the session cookie).
      const signIn = await fetch(server.link(), { redirect: 'manual' });
      const cookie = (signIn.headers.get('set-cookie') ?? '').split(';')[0]!;
      for (const body of ['null', '42', '[1,2]', '"app.info"', 'not json', '']) {
        const res = await fetch(`${server.url.replace(/\/$/, '')}${RPC_HTTP_PATH}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', [TOKEN_HEADER]: server.token, cookie },
          body,
        });
        expect(res.status, body).toBe(400);
        expect(await res.json(), body).toEqual({
          ok: false,
          error: {
            code: 'BAD_REQUEST',
            message: 'Yêu cầu không hợp lệ: nội dung phải là một đối tượng JSON {method, input}.',
          },
        });
      }
      // A JSON object is dispatched as before.
      const ok = await fetch(`${server.url.replace(/\/$/, '')}${RPC_HTTP_PATH}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [TOKEN_HEADER]: server.token, cookie },
        body: JSON.stringify({ method: 'app.info', input: {} }),
      });
      expect(((await ok.json()) as { ok: boolean }).ok).toBe(true);
    } finally {
      await server.close();
      backend.close();
    }
  });
});
