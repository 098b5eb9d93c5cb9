import { describe, expect, it } from 'vitest';
import { testBackend } from '../../support/backend';
import { useTempDir } from '../../support/temp';

const tmp = useTempDir();

describe('page size', () => {
  it('a full page (1,000 rows) stays under 2 MB even if every row were as large as the largest demo row', async () => {
    const { call, backend } = testBackend(tmp());
    const [unit] = await call('units.list', {});
    const { rows } = await call('inventory.list', { unitId: unit!.id });
    const sizes = rows.map((r) => Buffer.byteLength(JSON.stringify(r)));
    expect(Math.max(...sizes) * 1000).toBeLessThan(2 * 1024 * 1024);
    await expect(call('inventory.list', { unitId: unit!.id, limit: 1001 })).rejects.toMatchObject({
      code: 'VALIDATION',
    });
    expect(rows.every((r) => r.fees.every((f) => f.text.length <= 120))).toBe(true);
    backend.close();
  });
});
