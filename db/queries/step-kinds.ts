/**
 * The officer's classification of citizen steps (steps.cost_kind / cost_channels of 0004): what a step of the
 * trình tự thực hiện costs the applicant or the office. NULL = guessed from the step's text
 * (electron/shared/cost/step-class.ts). Read on every review view, so the statement is prepared once.
 */
import type { Database, Statement } from 'better-sqlite3';
import { CHANNEL_ORDER, type StepKind } from '../../electron/shared/cost/step-class';
import type { ChannelMethod } from '../../electron/shared/domain';
import { channelList } from './internal-process';

export interface StepKindRow {
  costKind: StepKind | null;
  costChannels: ChannelMethod[] | null;
}

const prepared = new WeakMap<Database, Statement>();

export function stepKinds(db: Database, procedureId: number): Map<number, StepKindRow> {
  let s = prepared.get(db);
  if (!s) {
    s = db.prepare(
      'SELECT id, cost_kind AS k, cost_channels AS c FROM steps WHERE procedure_id = ? AND cost_kind IS NOT NULL',
    );
    prepared.set(db, s);
  }
  const rows = s.all(procedureId) as { id: number; k: StepKind; c: string | null }[];
  return new Map(rows.map((r) => [r.id, { costKind: r.k, costChannels: channelList(r.c) }]));
}

/** Sets (or, with kind null, clears back to the guess) one step's classification. The caller owns the transaction. */
export function setStepKind(
  db: Database,
  stepId: number,
  kind: StepKind | null,
  channels: readonly ChannelMethod[],
): void {
  db.prepare('UPDATE steps SET cost_kind = ?, cost_channels = ? WHERE id = ?').run(
    kind,
    kind === null ? null : CHANNEL_ORDER.filter((m) => channels.includes(m)).join(','),
    stepId,
  );
}
