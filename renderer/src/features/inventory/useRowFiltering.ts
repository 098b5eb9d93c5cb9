import type { GridApi, IRowNode } from 'ag-grid-community';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { GroupBy, InventoryRow } from '../../../../electron/shared/contract/inventory';
import { call } from '../../api/client';
import {
  groupKeyOf,
  haystackOf,
  rowMatches,
  withGroupRows,
  type GridRow,
  type ValueFilters,
} from './grid/row-filter';

const HIGHLIGHTED = ['code', 'name', 'field', 'executingAgencies'];

/**
 * Search, checkbox value filters and grouping over the rows the grid holds. A keystroke filters at once on the
 * folded visible columns (external filter); the backend's ids for the same query (steps and documents
 * included) widen the match when they arrive. Group headers come with counts computed in SQL.
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
  const [search, setSearch] = useState('');
  const [server, setServer] = useState<{ query: string; ids: ReadonlySet<number> } | null>(null);
  const [groupBy, setGroupBy] = useState<GroupBy | null>(null);
  const [groupCounts, setGroupCounts] = useState<ReadonlyMap<string, number>>(new Map());
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set());
  const [valueFilters, setValueFilters] = useState<ValueFilters>({});

  // Backend ids only count for the query they answered (never a previous keystroke's).
  const serverIds = server && server.query === search && search.trim() ? server.ids : null;
  const filterRef = useRef({ query: search, serverIds, valueFilters, valueOf, groupBy, collapsed });
  useLayoutEffect(() => {
    filterRef.current = { query: search, serverIds, valueFilters, valueOf, groupBy, collapsed };
  });
  const passes = useCallback((node: IRowNode<GridRow>) => {
    const f = filterRef.current;
    const row = node.data;
    if (!row) return false;
    if (row.group) return true;
    if (f.groupBy && f.collapsed.has(groupKeyOf(row, f.groupBy))) return false;
    return rowMatches(row, f);
  }, []);

  useEffect(() => {
    if (!api || api.isDestroyed()) return;
    const refilter = () => {
      api.onFilterChanged();
      api.refreshCells({ columns: HIGHLIGHTED, force: true });
      if (search) requestAnimationFrame(() => performance.mark('tinhgon:search-rendered'));
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
  }, [api, search, serverIds, valueFilters, collapsed]);

  useEffect(() => {
    // Fold every row's searchable text while the user is idle, so the first keystroke does not pay for 10,000 folds.
    let index = 0;
    let handle = 0;
    const warm = () => {
      const end = Math.min(rows.length, index + 500);
      for (; index < end; index++) haystackOf(rows[index]!);
      if (index < rows.length) handle = window.setTimeout(warm, 0);
    };
    handle = window.setTimeout(warm, 50);
    return () => window.clearTimeout(handle);
  }, [rows]);

  useEffect(() => {
    if (!search.trim()) return;
    const timer = setTimeout(() => {
      call('inventory.search', { unitId, trashed, search })
        .then((r) => setServer({ query: search, ids: new Set(r.ids) }))
        .catch((e: Error) => onError(e.message));
    }, 120);
    return () => clearTimeout(timer);
  }, [search, unitId, trashed, rows, onError]);

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
    setSearch,
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
