/**
 * Quy trình nội bộ of one unit for one procedure (tables internal_processes, internal_steps of 0002). Step ids
 * survive an edit that keeps the step (rows are synced, not replaced), so review marks on them stay valid.
 */
import type { Database, Statement } from 'better-sqlite3';
import type { InternalProcess } from '../../electron/shared/cost/internal-process';
import type { StepTimeUnit } from '../../electron/shared/cost/step-time';
import { CHANNEL_ORDER } from '../../electron/shared/cost/step-class';
import type { ChannelMethod } from '../../electron/shared/domain';
import { syncChildren } from './procedure-sections';

interface RawStep {
  id: number;
  processId: number;
  ord: number;
  work: string;
  responsible: string;
  timeUnit: StepTimeUnit;
  timeMilli: number | null;
  timeText: string;
  result: string;
}

const PROCESS_SELECT = `SELECT id, ord, name, channels, source, stated_total AS statedTotal
  FROM internal_processes WHERE unit_id = ? AND procedure_id = ? ORDER BY ord, id`;
const STEP_SELECT = `SELECT s.id, s.process_id AS processId, s.ord, s.work, s.responsible, s.time_unit AS timeUnit,
  s.time_milli AS timeMilli, s.time_text AS timeText, s.result
  FROM internal_steps s JOIN internal_processes p ON p.id = s.process_id
  WHERE p.unit_id = ? AND p.procedure_id = ? ORDER BY s.ord, s.id`;

/** Prepared once: the details report reads the processes of every procedure of a unit. */
const prepared = new WeakMap<Database, { processes: Statement; steps: Statement }>();

/** The two statements, prepared once per connection (the review view reads them on every mark). */
function statements(db: Database) {
  let s = prepared.get(db);
  if (!s) {
    s = { processes: db.prepare(PROCESS_SELECT), steps: db.prepare(STEP_SELECT) };
    prepared.set(db, s);
  }
  return s;
}

export function processReader(db: Database, unitId: number): (procedureId: number) => InternalProcess[] {
  const { processes, steps } = statements(db);
  return (procedureId) => {
    const stepRows = steps.all(unitId, procedureId) as RawStep[];
    return (
      processes.all(unitId, procedureId) as (Omit<InternalProcess, 'steps' | 'channels'> & {
        channels: string;
      })[]
    ).map((p) => ({
      ...p,
      channels: channelList(p.channels),
      steps: stepRows
        .filter((s) => s.processId === p.id)
        .map((s) => ({
          id: s.id,
          ord: s.ord,
          work: s.work,
          responsible: s.responsible,
          time: { unit: s.timeUnit, milli: s.timeMilli },
          timeText: s.timeText,
          result: s.result,
        })),
    }));
  };
}

/** "TRUC_TIEP,BUU_CHINH" → the methods, in the order Trực tiếp, Bưu chính, Trực tuyến ('' = every channel). */
export function channelList(stored: string | null): ChannelMethod[] {
  const names = (stored ?? '').split(',');
  return CHANNEL_ORDER.filter((m) => names.includes(m));
}

export function listProcesses(db: Database, unitId: number, procedureId: number): InternalProcess[] {
  return processReader(db, unitId)(procedureId);
}

export interface StepDraft {
  id?: number | undefined;
  work: string;
  responsible: string;
  timeUnit: StepTimeUnit;
  timeMilli: number | null;
  timeText: string;
  result: string;
}
export interface ProcessDraft {
  id?: number | undefined;
  name: string;
  /** Empty = every channel without a variant of its own. */
  channels: readonly ChannelMethod[];
  source: string;
  statedTotal: string;
  steps: StepDraft[];
}

const PROCESS_COLS = {
  name: 'name',
  channels: 'channels',
  source: 'source',
  statedTotal: 'stated_total',
};
const STEP_COLS = {
  work: 'work',
  responsible: 'responsible',
  timeUnit: 'time_unit',
  timeMilli: 'time_milli',
  timeText: 'time_text',
  result: 'result',
};

/** Ids of this unit's processes and steps for the procedure (an id from elsewhere is treated as new). */
function ownIds(db: Database, unitId: number, procedureId: number) {
  const processes = new Set(
    (
      db
        .prepare('SELECT id FROM internal_processes WHERE unit_id = ? AND procedure_id = ?')
        .all(unitId, procedureId) as { id: number }[]
    ).map((r) => r.id),
  );
  const steps = new Set((db.prepare(STEP_SELECT).all(unitId, procedureId) as RawStep[]).map((r) => r.id));
  return { processes, steps };
}

/** Makes the unit's processes of a procedure equal to `drafts` (ids kept where given). The caller owns the transaction. */
export function saveProcesses(
  db: Database,
  unitId: number,
  procedureId: number,
  drafts: ProcessDraft[],
): void {
  const own = ownIds(db, unitId, procedureId);
  const rows = drafts.map((p) => ({
    ...p,
    channels: CHANNEL_ORDER.filter((m) => p.channels.includes(m)).join(','),
    id: p.id !== undefined && own.processes.has(p.id) ? p.id : undefined,
  }));
  const ids = syncChildren(
    db,
    'internal_processes',
    'procedure_id',
    procedureId,
    rows,
    PROCESS_COLS,
    (s) => (s as unknown as { unit_id: number }).unit_id === unitId,
    { unit_id: unitId },
  );
  drafts.forEach((p, i) =>
    syncChildren(
      db,
      'internal_steps',
      'process_id',
      ids[i]!,
      p.steps.map((s) => ({ ...s, id: s.id !== undefined && own.steps.has(s.id) ? s.id : undefined })),
      STEP_COLS,
    ),
  );
  db.prepare(
    'UPDATE unit_procedures SET has_internal_process = ? WHERE unit_id = ? AND procedure_id = ?',
  ).run(drafts.length > 0 ? 1 : 0, unitId, procedureId);
}

/** Raw rows for the undo snapshot (ids included). */
export function processRows(db: Database, unitId: number, procedureId: number) {
  return {
    internal_processes: db
      .prepare('SELECT * FROM internal_processes WHERE unit_id = ? AND procedure_id = ? ORDER BY id')
      .all(unitId, procedureId) as Record<string, unknown>[],
    internal_steps: db
      .prepare(
        `SELECT s.* FROM internal_steps s JOIN internal_processes p ON p.id = s.process_id
         WHERE p.unit_id = ? AND p.procedure_id = ? ORDER BY s.id`,
      )
      .all(unitId, procedureId) as Record<string, unknown>[],
  };
}
