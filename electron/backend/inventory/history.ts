import { appendAudit } from '../../../db/queries/audit';
import {
  absentSnapshot,
  headDiff,
  restoreSnapshot,
  sameState,
  takeSnapshot,
  type ProcedureSnapshot,
} from '../../../db/queries/procedure-snapshot';
import {
  readRow,
  restoreRows,
  sameRows,
  type RowState,
  type TrackedTable,
} from '../../../db/queries/row-snapshot';
import type { HistoryKind } from '../../shared/contract/inventory-history';
import { ApiFailure } from '../api-failure';
import type { BackendContext } from '../context';

/**
 * App-wide undo/redo (per backend session, in memory). Each user operation — a cell edit, a pasted block, a
 * fill-down, a create, a delete, a record-editor save — becomes ONE entry holding the before/after state of
 * every procedure it touched. Undo puts "before" back, redo puts "after" back, each in one transaction and
 * audited. Because it works on stored rows (not on the grid), it survives sorting, filtering and reloads.
 * A failed operation throws before `track` pushes, so it never enters the stack.
 */
export interface HistoryEntry {
  id: number;
  kind: HistoryKind;
  /** What the user sees in the history list: the first procedure's code, and how many cells/procedures. */
  code: string;
  count: number;
  at: string;
  unitId: number;
  withParts: boolean;
  before: ProcedureSnapshot[];
  after: ProcedureSnapshot[];
  /** Other rows the operation changed (decisions, events, versions, units…), before and after. */
  rows: { before: RowState[]; after: RowState[] };
}

interface Stacks {
  openId: string;
  undo: HistoryEntry[];
  redo: HistoryEntry[];
  seq: number;
}

const LIMIT = 200;

const codeOf = (s: ProcedureSnapshot): string | undefined =>
  typeof s.procedure?.code === 'string' ? s.procedure.code : undefined;
const sessions = new WeakMap<BackendContext, Stacks>();

/**
 * The stacks of this session; a database replaced (new, open, restore, recovery) starts an empty history: entries
 * belong to the rows they were taken from, and a restored file holds other rows under the same name.
 */
export function stacksOf(ctx: BackendContext): Stacks {
  let s = sessions.get(ctx);
  if (!s || s.openId !== ctx.openId) {
    s = { openId: ctx.openId, undo: [], redo: [], seq: 0 };
    sessions.set(ctx, s);
  }
  return s;
}

export interface Tracker {
  /** Call before changing a procedure that exists (snapshots its state once). */
  touch(procedureId: number): void;
  /** Call right after creating a procedure (its "before" is absence). */
  created(procedureId: number): void;
  /** Call before changing or deleting a row of another table (snapshots it once). */
  row(table: TrackedTable, id: number): void;
  /** Call right after inserting a row of another table (its "before" is absence). */
  inserted(table: TrackedTable, id: number): void;
}

/**
 * Runs `fn` in one IMMEDIATE transaction, snapshotting every procedure it touches, and pushes one history entry
 * when it commits and changed something. Returns fn's result.
 */
export function track<T>(
  ctx: BackendContext,
  o: { kind: HistoryKind; unitId: number; withParts: boolean; count?: number; label?: string },
  fn: (t: Tracker) => T,
): T {
  const db = ctx.db;
  const before = new Map<number, ProcedureSnapshot>();
  const rowsBefore = new Map<string, RowState>();
  let entry: HistoryEntry | null = null;
  const result = db
    .transaction(() => {
      const tracker: Tracker = {
        touch: (pid) => {
          if (!before.has(pid)) before.set(pid, takeSnapshot(db, o.unitId, pid, o.withParts));
        },
        created: (pid) => {
          if (!before.has(pid)) before.set(pid, absentSnapshot(o.unitId, pid, o.withParts));
        },
        row: (table, id) => {
          const key = `${table}:${id}`;
          if (!rowsBefore.has(key)) rowsBefore.set(key, readRow(db, table, id));
        },
        inserted: (table, id) => {
          const key = `${table}:${id}`;
          if (!rowsBefore.has(key)) rowsBefore.set(key, { table, id, row: null });
        },
      };
      const value = fn(tracker);
      const pairs = [...before.values()]
        .map((b) => ({ b, a: takeSnapshot(db, o.unitId, b.procedureId, o.withParts) }))
        .filter(({ a, b }) => !sameState(a, b));
      const rowPairs = [...rowsBefore.values()]
        .map((b) => ({ b, a: readRow(db, b.table, b.id) }))
        .filter(({ a, b }) => !sameRows([a], [b]));
      if (pairs.length || rowPairs.length) {
        const s = stacksOf(ctx);
        const first = pairs[0];
        entry = {
          id: ++s.seq,
          kind: o.kind,
          code: o.label ?? (first ? (codeOf(first.a) ?? codeOf(first.b)) : undefined) ?? '',
          count: o.count ?? pairs.length,
          at: new Date().toISOString(),
          unitId: o.unitId,
          withParts: o.withParts,
          before: pairs.map((p) => p.b),
          after: pairs.map((p) => p.a),
          rows: { before: rowPairs.map((p) => p.b), after: rowPairs.map((p) => p.a) },
        };
      }
      return value;
    })
    .immediate();
  if (entry) {
    const s = stacksOf(ctx);
    s.undo.push(entry);
    if (s.undo.length > LIMIT) s.undo.shift();
    s.redo = [];
  }
  return result;
}

/** Moves one entry from one stack to the other, restoring `to` states; refuses if the records changed since. */
function step(ctx: BackendContext, direction: 'undo' | 'redo'): HistoryEntry | null {
  const s = stacksOf(ctx);
  const from = direction === 'undo' ? s.undo : s.redo;
  const entry = from[from.length - 1];
  if (!entry) return null;
  const expected = direction === 'undo' ? entry.after : entry.before;
  const target = direction === 'undo' ? entry.before : entry.after;
  const rowsExpected = direction === 'undo' ? entry.rows.after : entry.rows.before;
  const rowsTarget = direction === 'undo' ? entry.rows.before : entry.rows.after;
  const db = ctx.db;
  db.transaction(() => {
    for (const e of expected) {
      const now = takeSnapshot(db, e.unitId, e.procedureId, entry.withParts);
      if (!sameState(now, e)) throw new ApiFailure('HISTORY_STALE', { code: codeOf(e) ?? codeOf(now) ?? '' });
    }
    const rowsNow = rowsExpected.map((r) => readRow(db, r.table, r.id));
    if (!sameRows(rowsNow, rowsExpected)) throw new ApiFailure('HISTORY_STALE', { code: entry.code });
    const batchId = `${direction}-${entry.id}-${Date.now()}`;
    expected.forEach((current, i) => {
      const next = target[i]!;
      restoreSnapshot(db, next);
      const diffs = headDiff(current, next);
      const pid = next.procedureId;
      for (const d of diffs.length ? diffs : [{ field: null, old: null, new: null }])
        appendAudit(db, {
          actor: ctx.actor(),
          action: direction,
          entity: 'procedure',
          entityId: pid,
          procedureId: pid,
          unitId: next.unitId,
          field: d.field,
          oldValue: d.old,
          newValue: d.new,
          batchId,
        });
    });
    // Records first (a created procedure exists again before the events that name it), then the other rows.
    restoreRows(db, rowsTarget);
    if (rowsTarget.length)
      appendAudit(db, {
        actor: ctx.actor(),
        action: direction,
        entity: entry.kind,
        entityId: null,
        unitId: entry.unitId,
        field: null,
        oldValue: null,
        newValue: entry.code,
        batchId,
      });
  }).immediate();
  from.pop();
  (direction === 'undo' ? s.redo : s.undo).push(entry);
  return entry;
}

export const undo = (ctx: BackendContext) => step(ctx, 'undo');
export const redo = (ctx: BackendContext) => step(ctx, 'redo');

/** The visible history: newest first. */
export function listHistory(ctx: BackendContext) {
  const s = stacksOf(ctx);
  const view = (e: HistoryEntry) => ({
    id: e.id,
    kind: e.kind,
    code: e.code,
    count: e.count,
    at: e.at,
    procedureIds: e.after.map((a) => a.procedureId),
  });
  return { undo: [...s.undo].reverse().map(view), redo: [...s.redo].reverse().map(view) };
}
