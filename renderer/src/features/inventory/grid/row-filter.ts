import type { GroupBy, InventoryRow } from '../../../../../electron/shared/contract/inventory';
import { compareVi } from '../../../../../electron/shared/text/collate';
import type { Ranking } from './search-rank';

/** A grid row: a procedure, or a full-width group header (Enterprise row grouping is not used). */
export type GridRow = InventoryRow & { group?: { key: string; count: number; collapsed: boolean } };

export function groupKeyOf(row: InventoryRow, by: GroupBy): string {
  return by === 'field' ? row.field : by === 'agency' ? row.executingAgencies : (row.onlineLevel ?? '');
}

/** Checkbox value filters: per column, the set of allowed display values (absent column = no filter). */
export type ValueFilters = Record<string, string[]>;

export interface FilterState {
  /** The current search's matches (null: no search). */
  ranking: Ranking | null;
  valueFilters: ValueFilters;
  valueOf: (row: InventoryRow, colId: string) => string;
}

/** Does a procedure row pass search and value filters (group collapse aside)? */
export function rowMatches(row: InventoryRow, f: FilterState): boolean {
  if (f.ranking && !f.ranking.keys.has(row.id)) return false;
  for (const [colId, allowed] of Object.entries(f.valueFilters))
    if (!allowed.includes(f.valueOf(row, colId))) return false;
  return true;
}

/** Distinct display values of a column with counts, in Vietnamese order (for the checkbox filter). */
export function distinctValues(
  rows: readonly InventoryRow[],
  valueOf: (row: InventoryRow) => string,
): { value: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const r of rows) counts.set(valueOf(r), (counts.get(valueOf(r)) ?? 0) + 1);
  return [...counts].map(([value, count]) => ({ value, count })).sort((a, b) => compareVi(a.value, b.value));
}

/**
 * The row list the grid holds when grouping: one header per group (counts from SQL) followed by its rows,
 * groups in Vietnamese order. Rows keep their order inside a group (the grid sorts within groups).
 */
export function withGroupRows(
  rows: readonly InventoryRow[],
  by: GroupBy,
  counts: ReadonlyMap<string, number>,
  collapsed: ReadonlySet<string>,
): GridRow[] {
  const byKey = new Map<string, InventoryRow[]>();
  for (const r of rows) {
    const k = groupKeyOf(r, by);
    let list = byKey.get(k);
    if (!list) byKey.set(k, (list = []));
    list.push(r);
  }
  const out: GridRow[] = [];
  [...byKey.keys()].sort(compareVi).forEach((key, i) => {
    const first = byKey.get(key)![0]!;
    out.push({
      ...first,
      id: -(i + 1),
      group: { key, count: counts.get(key) ?? byKey.get(key)!.length, collapsed: collapsed.has(key) },
    });
    out.push(...byKey.get(key)!);
  });
  return out;
}

/**
 * After the grid sorts (postSortRows), puts each group header back on top of its rows, groups in Vietnamese
 * order; rows keep the sorted order inside their group. Mutates `nodes` in place as AG Grid expects.
 */
export function regroupSorted<N extends { data?: GridRow | undefined }>(nodes: N[], by: GroupBy): void {
  const headers = new Map<string, N>();
  const members = new Map<string, N[]>();
  for (const n of nodes) {
    if (!n.data) continue;
    if (n.data.group) headers.set(n.data.group.key, n);
    else {
      const k = groupKeyOf(n.data, by);
      let list = members.get(k);
      if (!list) members.set(k, (list = []));
      list.push(n);
    }
  }
  const keys = [...new Set([...headers.keys(), ...members.keys()])].sort(compareVi);
  const out: N[] = [];
  for (const k of keys) {
    const h = headers.get(k);
    if (h) out.push(h);
    out.push(...(members.get(k) ?? []));
  }
  if (out.length === nodes.length) nodes.splice(0, nodes.length, ...out);
}
