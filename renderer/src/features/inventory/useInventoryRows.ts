import { useCallback, useEffect, useRef, useState } from 'react';
import type { InventoryRow } from '../../../../electron/shared/contract/inventory';
import { call } from '../../api/client';

const PAGE = 2000;

/**
 * Every row of a unit's inventory (or its trash), loaded page by page (no call returns more than 2,000 rows)
 * and kept; edits, pastes and undo refresh only the procedures they touched.
 */
export function useInventoryRows(unitId: number, trashed: boolean, onError: (message: string) => void) {
  const [rows, setRows] = useState<InventoryRow[]>([]);
  const [total, setTotal] = useState(0);
  const [loading, setLoading] = useState(true);
  const generation = useRef(0);
  const errorRef = useRef(onError);
  errorRef.current = onError;

  const reload = useCallback(() => {
    const gen = ++generation.current;
    setLoading(true);
    const loadFrom = (offset: number, acc: InventoryRow[]): Promise<void> =>
      call('inventory.list', { unitId, trashed, offset, limit: PAGE }).then((page): Promise<void> | undefined => {
        if (gen !== generation.current) return;
        const next = offset === 0 ? page.rows : [...acc, ...page.rows];
        setRows(next);
        setTotal(page.total);
        if (offset === 0) performance.mark('tinhgon:inventory-rows');
        if (next.length < page.total && page.rows.length > 0) return loadFrom(offset + PAGE, next);
        setLoading(false);
        return undefined;
      });
    loadFrom(0, []).catch((e: Error) => errorRef.current(e.message));
  }, [unitId, trashed]);

  useEffect(reload, [reload]);

  /** Merges fresh rows for these procedures: updated in place, new ones added, missing ones dropped. */
  const refreshProcedures = useCallback(
    async (procedureIds: number[]) => {
      const ids = [...new Set(procedureIds)];
      const fresh: InventoryRow[] = [];
      for (let i = 0; i < ids.length; i += PAGE)
        fresh.push(...(await call('inventory.list', { unitId, trashed, procedureIds: ids.slice(i, i + PAGE), limit: PAGE })).rows);
      mergeRows(fresh, ids);
    },
    [unitId, trashed],
  );

  const mergeRows = useCallback((fresh: InventoryRow[], touchedProcedureIds: number[] = []) => {
    const byPid = new Map(fresh.map((r) => [r.procedureId, r]));
    const touched = new Set(touchedProcedureIds);
    setRows((current) => {
      const seen = new Set<number>();
      const next: InventoryRow[] = [];
      for (const r of current) {
        const f = byPid.get(r.procedureId);
        if (f) {
          next.push(f);
          seen.add(r.procedureId);
        } else if (!touched.has(r.procedureId)) next.push(r);
      }
      const added = fresh.filter((f) => !seen.has(f.procedureId));
      if (added.length) {
        // New or restored rows go where the backend's code order puts them (the grid may sort on top of it).
        next.push(...added);
        next.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
      }
      return next;
    });
  }, []);

  // Once every page is in, the rows held are the truth (merges add and drop rows).
  return { rows, total: loading ? total : rows.length, loading, reload, refreshProcedures, mergeRows };
}
