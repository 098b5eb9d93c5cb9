import type { InventoryRow } from '../../../../../electron/shared/contract/inventory';
import {
  columnTier,
  compareMatches,
  foldColumns,
  MatchTier,
  type FoldedColumns,
  type SearchQuery,
} from '../../../../../electron/shared/text/search';

/** Each row's folded grid columns, computed once per row object (rows are replaced, never changed). */
const folded = new WeakMap<InventoryRow, FoldedColumns>();
export function columnsOf(row: InventoryRow): FoldedColumns {
  let f = folded.get(row);
  if (f === undefined) {
    f = foldColumns(row);
    folded.set(row, f);
  }
  return f;
}

/** Each row's position (by index in the row list) in code order and in Vietnamese name order. */
interface Orders {
  code: Int32Array;
  name: Int32Array;
}
const orders = new WeakMap<readonly InventoryRow[], Orders>();

/**
 * The orders compareMatches sorts each tier in, computed once per row list (≈ 20–30 ms for 10,000 names with the
 * collator, done while the officer is idle), so ranking a keystroke's matches compares integers only.
 */
export function ordersOf(rows: readonly InventoryRow[]): Orders {
  let o = orders.get(rows);
  if (o) return o;
  const positions = (compare: (a: InventoryRow, b: InventoryRow) => number) => {
    const byOrder = rows.map((_, i) => i).sort((a, b) => compare(rows[a]!, rows[b]!));
    const at = new Int32Array(rows.length);
    byOrder.forEach((rowIndex, position) => (at[rowIndex] = position));
    return at;
  };
  const as = (tier: number) => (a: InventoryRow, b: InventoryRow) =>
    compareMatches({ tier, code: a.code, name: a.name }, { tier, code: b.code, name: b.name });
  o = { code: positions(as(MatchTier.CODE)), name: positions(as(MatchTier.NAME_START)) };
  orders.set(rows, o);
  return o;
}

/** A keystroke's matches: each matching row id with its sort key (best first), in compareMatches's order. */
export interface Ranking {
  keys: ReadonlyMap<number, number>;
  /** Keys from here on are TEXT matches (found by the backend in steps, documents…). */
  textFrom: number;
  textCount: number;
}

/**
 * Ranks the rows the grid holds: their own columns by `columnTier` (the shared rule), plus the rows the backend
 * found only in hidden text (`textIds`), last. Keys are tier × rows + the row's position in its tier's order.
 */
export function rankRows(
  rows: readonly InventoryRow[],
  q: SearchQuery,
  textIds: ReadonlySet<number> | null,
): Ranking {
  const { code, name } = ordersOf(rows);
  const n = rows.length;
  const keys = new Map<number, number>();
  let textCount = 0;
  for (let i = 0; i < n; i++) {
    const row = rows[i]!;
    let tier: number | null = columnTier(columnsOf(row), q);
    if (tier === null) {
      if (!textIds?.has(row.id)) continue;
      tier = MatchTier.TEXT;
      textCount++;
    }
    keys.set(row.id, tier * n + (tier === MatchTier.CODE ? code[i]! : name[i]!));
  }
  return { keys, textFrom: MatchTier.TEXT * n, textCount };
}

/**
 * Puts matched grid nodes in rank order, in place (AG Grid's postSortRows): keys are distinct integers below
 * 6 × rows, so one pass into slots does it. Nodes without a key (group headers) go last, in their order.
 */
export function sortByRank<N extends { data?: { id: number } | undefined }>(
  nodes: N[],
  keys: ReadonlyMap<number, number>,
): void {
  const found: { node: N; key: number }[] = [];
  const rest: N[] = [];
  let max = -1;
  for (const node of nodes) {
    const key = node.data ? keys.get(node.data.id) : undefined;
    if (key === undefined) rest.push(node);
    else {
      found.push({ node, key });
      if (key > max) max = key;
    }
  }
  const slots = new Array<N | undefined>(max + 1);
  for (const f of found) slots[f.key] = f.node;
  let at = 0;
  for (const node of slots) if (node) nodes[at++] = node;
  for (const node of rest) nodes[at++] = node;
}
