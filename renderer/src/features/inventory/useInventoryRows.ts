import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { InventoryRow } from '../../../../electron/shared/contract/inventory';
import { call } from '../../api/client';

/** Rows per call: well under the 2 MB per-call budget even with long agency names (the API allows 2,000). */
const PAGE = 1000;

/** Code order, as the backend pages it (the grid may sort on top of it). */
const byCode = (a: InventoryRow, b: InventoryRow) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);

/**
 * Every row of a unit's inventory (or its trash), loaded page by page (no call returns more than 2,000 rows)
 * and kept; edits, pastes and undo refresh only the procedures they touched.
 */
export function useInventoryRows(unitId: number, trashed: boolean, onError: (message: string) => void) {
  const [rows, setRows] = useState<InventoryRow[]>([]);
  const [total, setTotal] = useState(0);
  const [complete, setComplete] = useState(false);
  const [loaded, setLoaded] = useState(false);
  const generation = useRef(0);
  const errorRef = useRef(onError);
  useLayoutEffect(() => {
    errorRef.current = onError;
  });

  useEffect(() => {
    const gen = ++generation.current;
    const loadFrom = async (offset: number, acc: InventoryRow[]): Promise<void> => {
      const page = await call('inventory.list', { unitId, trashed, offset, limit: PAGE });
      if (gen !== generation.current) return;
      const next = offset === 0 ? page.rows : [...acc, ...page.rows];
      const more = next.length < page.total && page.rows.length > 0;
      setRows(next);
      setTotal(page.total);
      setComplete(!more);
      setLoaded(true);
      if (offset === 0) performance.mark('tinhgon:inventory-rows');
      if (more) await loadFrom(offset + PAGE, next);
    };
    loadFrom(0, []).catch((e: Error) => errorRef.current(e.message));
  }, [unitId, trashed]);

  /** Merges fresh rows: updated in place, new ones added in code order, touched-but-missing ones dropped. */
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
        next.push(...added);
        next.sort(byCode);
      }
      return next;
    });
  }, []);

  const refreshProcedures = useCallback(
    async (procedureIds: number[]) => {
      const ids = [...new Set(procedureIds)];
      const fresh: InventoryRow[] = [];
      for (let i = 0; i < ids.length; i += PAGE)
        fresh.push(
          ...(
            await call('inventory.list', {
              unitId,
              trashed,
              procedureIds: ids.slice(i, i + PAGE),
              limit: PAGE,
            })
          ).rows,
        );
      mergeRows(fresh, ids);
    },
    [unitId, trashed, mergeRows],
  );

  // Once every page is in, the rows held are the truth (merges add and drop rows). `loaded`: the first page is in
  // (before it, an empty grid says nothing: it is loading, not empty).
  return { rows, total: complete ? rows.length : total, loaded, refreshProcedures, mergeRows };
}
