import { describe, expect, test, vi } from 'vitest';
import type { Envelope } from '../../../electron/shared/contract/envelope';
import { isTrustedSender } from '../../../electron/main/security/ipc-sender-policy';
import { gateRpc } from '../../../electron/main/security/rpc-gate';

const okDispatch = () =>
  vi.fn((_m: string, _i: unknown) => Promise.resolve<Envelope<unknown>>({ ok: true, value: 'v' }));

describe('checklist item 17: validate the sender of every IPC message', () => {
  test('only frames on app://tinhgon are trusted', () => {
    expect(isTrustedSender('app://tinhgon/index.html')).toBe(true);
    for (const url of [
      'https://evil.example/',
      'file:///index.html',
      'app://other/index.html',
      'app://tinhgon.x/',
      '',
      undefined,
      null,
    ])
      expect(isTrustedSender(url), String(url)).toBe(false);
  });

  test('a forged sender is refused before the backend sees the call', async () => {
    const dispatch = okDispatch();
    const reply = await gateRpc(
      { senderUrl: 'https://evil.example/', method: 'app.info', input: {} },
      dispatch,
    );
    expect(reply.ok).toBe(false);
    if (!reply.ok) {
      expect(reply.error.code).toBe('FORBIDDEN');
      expect(reply.error.message).toMatch(/Bạn không có quyền/);
    }
    expect(dispatch).not.toHaveBeenCalled();
  });

  test('a destroyed frame (no url) is refused', async () => {
    const dispatch = okDispatch();
    expect((await gateRpc({ senderUrl: undefined, method: 'app.info', input: {} }, dispatch)).ok).toBe(false);
    expect(dispatch).not.toHaveBeenCalled();
  });

  test('a trusted call is dispatched with its method and input untouched', async () => {
    const dispatch = okDispatch();
    const input = { q: 'hộ tịch' };
    const reply = await gateRpc(
      { senderUrl: 'app://tinhgon/index.html', method: 'inventory.list', input },
      dispatch,
    );
    expect(reply).toEqual({ ok: true, value: 'v' });
    expect(dispatch).toHaveBeenCalledWith('inventory.list', input);
  });

  test('a non-string method is a validation error, and a throwing backend still yields an envelope', async () => {
    const dispatch = okDispatch();
    for (const method of [undefined, 42, { toString: () => 'app.info' }, '', 'x'.repeat(101)]) {
      const reply = await gateRpc({ senderUrl: 'app://tinhgon/', method, input: {} }, dispatch);
      expect(reply.ok ? '' : reply.error.code).toBe('VALIDATION');
    }
    expect(dispatch).not.toHaveBeenCalled();
    const reply = await gateRpc({ senderUrl: 'app://tinhgon/', method: 'app.info', input: {} }, () =>
      Promise.reject(new Error('boom')),
    );
    expect(reply.ok ? '' : reply.error.code).toBe('INTERNAL');
  });

  test('messages follow the locale', async () => {
    const reply = await gateRpc(
      { senderUrl: 'https://x.example/', method: 'a', input: {} },
      okDispatch(),
      'en',
    );
    expect(reply.ok ? '' : reply.error.message).toMatch(/not allowed/);
  });
});
