import { describe, expect, it } from 'vitest';
import { testBackend } from '../../support/backend';
import { useTempDir } from '../../support/temp';

const tmp = useTempDir();

describe('every demo procedure has a cost before (activities derived from its record)', () => {
  it('cost.byCode answers for all 54 procedures, in a plan or not; at least ten have an internal process', async () => {
    const { backend, call } = testBackend(tmp());
    const [unit] = await call('units.list', {});
    const { rows } = await call('inventory.list', { unitId: unit!.id });
    expect(rows).toHaveLength(54);
    let withProcess = 0;
    for (const r of rows) {
      const c = await call('cost.byCode', { unitId: unit!.id, code: r.code });
      expect(c.cost.before.perYear.dong, r.code).toBeGreaterThan(0);
      expect(
        c.activities.before.some((a) => a.origin === 'DEFAULT'),
        r.code,
      ).toBe(true);
      const p = await call('process.get', { unitId: unit!.id, procedureId: r.procedureId });
      if (p.processes.length > 0) withProcess++;
    }
    expect(withProcess).toBeGreaterThanOrEqual(10);
    backend.close();
  });
});
