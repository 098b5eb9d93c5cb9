import type { GridApi, IRowNode, PostSortRowsParams } from 'ag-grid-community';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { GroupBy, InventoryRow } from '../../../../electron/shared/contract/inventory';
import { call } from '../../api/client';
import {
  groupKeyOf,
  regroupSorted,
  rowMatches,
  withGroupRows,
  type GridRow,
  type ValueFilters,
} from './grid/row-filter';
import { columnsOf, ordersOf, sortByRank } from './grid/search-rank';
import { useSearchRanking } from './useSearchRanking';

const HIGHLIGHTED = ['code', 'name', 'field', 'executingAgencies'];

/**
 * Search, checkbox value filters and grouping over the rows the grid holds. The search's matches
 * (useSearchRanking) filter the grid (external filter) and, unless the officer sorts a column, order it best
 * first (postSortRows). Group headers come with counts computed in SQL.
 */
export function useRowFiltering(o: {
  api: GridApi<GridRow> | null;
  unitId: number;
  trashed: boolean;
  rows: InventoryRow[];
  valueOf: (row: GridRow, colId: string) => string;
  onError: (message: string) => void;
}) {
  const { api, unitId, trashed, rows, valueOf, onError } = o;
  const searching = useSearchRanking({ api, unitId, trashed, rows, onError });
  const { search, ranking } = searching;
  const [groupBy, setGroupBy] = useState<GroupBy | null>(null);
  const [groupCounts, setGroupCounts] = useState<ReadonlyMap<string, number>>(new Map());
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set());
  const [valueFilters, setValueFilters] = useState<ValueFilters>({});

  const filterRef = useRef({ ranking, valueFilters, valueOf, groupBy, collapsed });
  useLayoutEffect(() => {
    filterRef.current = { ranking, valueFilters, valueOf, groupBy, collapsed };
  });
  const passes = useCallback((node: IRowNode<GridRow>) => {
    const f = filterRef.current;
    const row = node.data;
    if (!row) return false;
    if (row.group) return true;
    if (f.groupBy && f.collapsed.has(groupKeyOf(row, f.groupBy))) return false;
    return rowMatches(row, f);
  }, []);
  /** AG Grid's postSortRows: matches best first unless a column is sorted; then group headers back on top. */
  const sortRows = useCallback((p: PostSortRowsParams<GridRow>) => {
    const f = filterRef.current;
    if (f.ranking && !p.api.getColumnState().some((c) => c.sort)) sortByRank(p.nodes, f.ranking.keys);
    if (f.groupBy) regroupSorted(p.nodes, f.groupBy);
  }, []);

  useEffect(() => {
    if (!api || api.isDestroyed()) return;
    const refilter = () => {
      const shown = new Set(api.getRenderedNodes());
      api.onFilterChanged();
      // Rows drawn anew read the new query; only rows still on screen need their marks redrawn (at the first
      // letter of a query nearly every row on screen is new, and was drawn twice).
      const kept = api.getRenderedNodes().filter((n) => shown.has(n));
      if (kept.length) api.refreshCells({ rowNodes: kept, columns: HIGHLIGHTED, force: true });
      if (ranking) requestAnimationFrame(() => performance.mark('tinhgon:search-rendered'));
    };
    if (!api.getEditingCells().length) return refilter();
    // Re-filtering would end an edit in progress (late search results): wait until it is done.
    const whenDone = () => {
      api.removeEventListener('cellEditingStopped', whenDone);
      refilter();
    };
    api.addEventListener('cellEditingStopped', whenDone);
    return () => {
      if (!api.isDestroyed()) api.removeEventListener('cellEditingStopped', whenDone);
    };
  }, [api, ranking, valueFilters, collapsed]);

  useEffect(() => {
    // Fold every row's columns and sort the names while the user is idle, so the first keystroke does not pay for
    // 10,000 folds and a collator sort.
    let index = 0;
    let handle = 0;
    const warm = () => {
      const end = Math.min(rows.length, index + 500);
      for (; index < end; index++) columnsOf(rows[index]!);
      if (index < rows.length) handle = window.setTimeout(warm, 0);
      else ordersOf(rows);
    };
    handle = window.setTimeout(warm, 50);
    return () => window.clearTimeout(handle);
  }, [rows]);

  useEffect(() => {
    if (!groupBy) return;
    call('inventory.groups', { unitId, trashed, by: groupBy })
      .then((g) => setGroupCounts(new Map(g.map((x) => [x.key, x.count]))))
      .catch((e: Error) => onError(e.message));
  }, [groupBy, unitId, trashed, rows, onError]);

  const rowData = useMemo<GridRow[]>(
    () => (groupBy ? withGroupRows(rows, groupBy, groupCounts, collapsed) : rows),
    [rows, groupBy, groupCounts, collapsed],
  );

  return {
    search,
    setSearch: searching.setSearch,
    textPending: searching.textPending,
    textCount: searching.textCount,
    placeOf: searching.placeOf,
    sortRows,
    groupBy,
    setGroupBy: (g: GroupBy | null) => {
      setGroupBy(g);
      setCollapsed(new Set());
    },
    toggleGroup: (key: string) =>
      setCollapsed((c) => (c.has(key) ? new Set([...c].filter((k) => k !== key)) : new Set([...c, key]))),
    valueFilters,
    setValueFilters,
    passes,
    rowData,
  };
}
