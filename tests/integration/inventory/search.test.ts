/**
 * One search rule for the grid and the backend: on the demo database, the order the grid builds at a keystroke
 * (its rows ranked by their columns, then the backend's rows found only in hidden text) is exactly the order
 * inventory.list returns for the same query (what the CLI's `list --search` prints and exports use).
 */
import { describe, expect, it } from 'vitest';
import type { InventoryRow } from '../../../electron/shared/contract/inventory';
import { parseSearch } from '../../../electron/shared/text/search';
import { rankRows } from '../../../renderer/src/features/inventory/grid/search-rank';
import { testBackend } from '../../support/backend';
import { useTempDir } from '../../support/temp';

const tmp = useTempDir();

async function demo() {
  const { call, backend } = testBackend(tmp());
  const [unit] = await call('units.list', {});
  const unitId = unit!.id;
  const rows: InventoryRow[] = (await call('inventory.list', { unitId, limit: 1000 })).rows;
  return { call, backend, unitId, rows };
}

/** The grid's order for a query, once the backend's answer is in. */
function gridOrder(rows: InventoryRow[], query: string, text: number[]): number[] {
  const { keys } = rankRows(rows, parseSearch(query), new Set(text));
  return [...keys].sort((a, b) => a[1] - b[1]).map(([id]) => id);
}

describe('inventory search: the grid and the backend rank alike', () => {
  it('gives the same rows in the same order for every query', async () => {
    const { call, backend, unitId, rows } = await demo();
    for (const search of [
      'dang ky khai sinh',
      'khai tu',
      '1.0011',
      'ho tich',
      'tu phap',
      'cap',
      'đất đai',
      'khai s',
    ]) {
      const { text } = await call('inventory.search', { unitId, search });
      const listed = await call('inventory.list', { unitId, search });
      expect(
        listed.rows.map((r) => r.id),
        search,
      ).toEqual(gridOrder(rows, search, text));
      expect(listed.total).toBe(listed.rows.length);
      const groups = await call('inventory.groups', { unitId, search, by: 'field' });
      expect(groups.reduce((n, g) => n + g.count, 0)).toBe(listed.total);
    }
    backend.close();
  });

  it('ranks 1.001193 first for "dang ky khai sinh" and keeps "khai tu" to the khai tử procedures', async () => {
    const { call, backend, unitId } = await demo();
    const born = await call('inventory.list', { unitId, search: 'dang ky khai sinh' });
    expect(born.rows[0]?.code).toBe('1.001193');
    const died = await call('inventory.list', { unitId, search: 'khai tu' });
    expect(died.rows[0]?.name).toBe('Thủ tục đăng ký khai tử');
    expect(died.rows.map((r) => r.code)).not.toContain('1.001193');
    backend.close();
  });

  it('says where a row found only in hidden text holds the words', async () => {
    const { call, backend, unitId, rows } = await demo();
    const { text } = await call('inventory.search', { unitId, search: 'tu phap' });
    const birth = rows.find((r) => r.code === '1.001193')!;
    expect(text).toContain(birth.id);
    const places = await call('inventory.searchPlaces', {
      search: 'tu phap',
      procedureIds: [birth.procedureId],
    });
    expect(places).toEqual([{ procedureId: birth.procedureId, place: { part: 'step', step: 3 } }]);
    // A dossier component is named, cut short when long.
    const [doc] = await call('inventory.searchPlaces', {
      search: 'to khai thay doi thong tin cu tru',
      procedureIds: [rows.find((r) => r.code === '1.002755')!.procedureId],
    });
    expect(doc?.place).toMatchObject({ part: 'document' });
    expect(doc?.place?.part === 'document' && doc.place.name.length).toBeLessThanOrEqual(80);
    backend.close();
  });
});
