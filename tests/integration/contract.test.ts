import { describe, expect, it } from 'vitest';
import { handlers } from '../../electron/backend/handlers';
import { contract } from '../../electron/shared/contract';
import { testBackend } from '../support/backend';
import { useTempDir } from '../support/temp';

const tmp = useTempDir();

describe('the contract', () => {
  it('has exactly one handler per method and no handler without a method', () => {
    expect(Object.keys(handlers).sort()).toEqual(Object.keys(contract).sort());
  });

  it('names every method domain.verb', () => {
    for (const name of Object.keys(contract)) expect(name).toMatch(/^[a-z]+\.[a-zA-Z]+$/);
  });

  it('refuses an unknown method with a Vietnamese message and changes nothing', async () => {
    const { backend } = testBackend(tmp());
    const before = backend.ctx.db.prepare('SELECT total_changes() AS n').get();
    // The last ones cannot be turned into text: their toString is not a function (the fuzz found the first).
    const hostile = [{ toString: 7 }, Object.create(null) as object, { valueOf: 'x', toString: null }];
    for (const name of [
      'nope.x',
      '__proto__',
      'constructor',
      'toString',
      42,
      null,
      Symbol('m'),
      ...hostile,
    ]) {
      const res = await backend.dispatch(name as string, {});
      expect(res.ok, String(typeof name)).toBe(false);
      expect(res.ok).toBe(false);
      if (!res.ok) {
        expect(res.error.code).toBe('UNKNOWN_METHOD');
        expect(res.error.message).toMatch(/không tồn tại/);
      }
    }
    expect(backend.ctx.db.prepare('SELECT total_changes() AS n').get()).toEqual(before);
    backend.close();
  });

  it('refuses a malformed payload with VALIDATION and changes nothing', async () => {
    const { backend } = testBackend(tmp());
    const count = () => backend.ctx.db.prepare('SELECT count(*) AS n FROM audit_log').get();
    const before = count();
    for (const input of [
      null,
      'x',
      [],
      { unitId: 'a' },
      { unitId: 1, procedureId: 1, field: 'drop table', value: 1 },
      { unitId: 1, procedureId: 1, field: 'name', value: {} },
      { unitId: 1, procedureId: 1, field: 'name', value: 'ok', extra: 1 },
    ]) {
      const res = await backend.dispatch('procedures.updateField', input);
      expect(res.ok).toBe(false);
      if (!res.ok) {
        expect(res.error.code).toBe('VALIDATION');
        expect(res.error.message).toMatch(/Dữ liệu không hợp lệ/);
        expect(res.error.message).not.toMatch(/at .*\.ts/); // never a stack trace
      }
    }
    expect(count()).toEqual(before);
    backend.close();
  });

  it('speaks English when the user switched locale', async () => {
    const { backend, call } = testBackend(tmp());
    await call('settings.setLocale', { locale: 'en' });
    const res = await backend.dispatch('nope.x', {});
    expect(!res.ok && res.error.message).toMatch(/Unknown function/);
    backend.close();
  });
});
