/**
 * Quy trình nội bộ of one unit for one procedure: the summary (sums against each channel's thời hạn giải
 * quyết, problems shown, never "fixed"), the editor's save (one transaction, one undo step, audited) and the
 * import of a published table. Step times are parsed here from the text the officer typed, so the editor,
 * the importer and the CLI refuse the same inputs with the same message.
 */
import { appendAudit } from '../../../db/queries/audit';
import { findUnitProcedure } from '../../../db/queries/inventory-read';
import { listProcesses, saveProcesses, type ProcessDraft } from '../../../db/queries/internal-process';
import { getProcedureDetail } from '../../../db/queries/procedure-read';
import { touchProcedure } from '../../../db/queries/procedure-sections';
import { applyStepMarks, CHANNEL_VI, channelDays, parseStepTime, type CostError } from '../../shared/cost';
import type { ProcessInput, ProcessSummary } from '../../shared/contract/process';
import { ApiFailure } from '../api-failure';
import type { BackendContext } from '../context';
import { track } from '../inventory/history';
import { costRecordOf } from '../review/cost-service';
import './messages';

function requireProcedure(ctx: BackendContext, unitId: number, procedureId: number) {
  if (!findUnitProcedure(ctx.db, unitId, procedureId))
    throw new ApiFailure('NOT_FOUND', { what: ctx.locale === 'vi' ? 'thủ tục' : 'procedure' });
}

export function processSummary(ctx: BackendContext, unitId: number, procedureId: number): ProcessSummary {
  requireProcedure(ctx, unitId, procedureId);
  const processes = listProcesses(ctx.db, unitId, procedureId);
  const after = applyStepMarks(processes, []).processes;
  const detail = getProcedureDetail(ctx.db, unitId, procedureId);
  const days = detail ? channelDays(costRecordOf(detail).channels, after, []) : [];
  return {
    processes: after.map((p) => ({
      id: p.process.id,
      name: p.process.name,
      channels: p.process.channels,
      source: p.process.source,
      statedTotal: p.process.statedTotal,
      hoursMilli: p.hoursBeforeMilli,
      steps: p.process.steps,
    })),
    channels: days.map((c) => ({
      channelId: c.channelId,
      method: c.method,
      legalDays: c.legalDays,
      legalUnit: c.legalUnit,
      processId: c.processId,
      processDays: c.processBeforeHoursMilli === null ? null : c.processBeforeHoursMilli / 8000,
      problems: c.problems,
    })),
  };
}

export function invalid(errors: readonly CostError[]): ApiFailure {
  return new ApiFailure('COST_INVALID', {
    vi: errors
      .map((e) => e.message_vi)
      .join(' ')
      .slice(0, 600),
    en: errors
      .map((e) => e.message_en)
      .join(' ')
      .slice(0, 600),
  });
}

/** Typed processes → drafts with parsed times; every bad time named by process and step, nothing saved. */
export function toDrafts(input: readonly ProcessInput[]): ProcessDraft[] {
  const errors: CostError[] = [];
  // Each channel takes its days from one variant: a channel named by two variants is refused, naming both.
  const owner = new Map<string, number>();
  input.forEach((p, i) =>
    (p.channels ?? []).forEach((m) => {
      const first = owner.get(m);
      if (first === undefined) owner.set(m, i);
      else
        errors.push({
          code: 'COST_INVALID',
          field: `processes[${i}].channels`,
          message_vi: `Cách thức ${CHANNEL_VI[m]} đã gán cho quy trình ${first + 1}; quy trình ${i + 1} không gán lại được (mỗi cách thức theo một quy trình).`,
          message_en: `Channel ${CHANNEL_VI[m]} is already assigned to process ${first + 1}; process ${i + 1} cannot take it too (one process per channel).`,
        });
    }),
  );
  const drafts = input.map((p, i) => ({
    ...(p.id !== undefined ? { id: p.id } : {}),
    name: p.name ?? '',
    channels: p.channels ?? [],
    source: p.source ?? '',
    statedTotal: p.statedTotal ?? '',
    steps: p.steps.map((s, j) => {
      const where = {
        vi: `${p.name?.trim() || `Quy trình ${i + 1}`}, bước ${j + 1}`,
        en: `${p.name?.trim() || `Process ${i + 1}`}, step ${j + 1}`,
      };
      if (!s.work.trim() && !s.responsible.trim())
        errors.push({
          code: 'COST_INVALID',
          field: `processes[${i}].steps[${j}]`,
          message_vi: `${where.vi}: chưa nhập nội dung công việc.`,
          message_en: `${where.en}: the work is empty.`,
        });
      const t = parseStepTime(s.time, `processes[${i}].steps[${j}].time`);
      if (!t.ok)
        errors.push(
          ...t.errors.map((e) => ({
            ...e,
            message_vi: `${where.vi}: ${e.message_vi}`,
            message_en: `${where.en}: ${e.message_en}`,
          })),
        );
      return {
        ...(s.id !== undefined ? { id: s.id } : {}),
        work: s.work,
        responsible: s.responsible,
        timeUnit: t.ok ? t.value.unit : ('NOT_COUNTED' as const),
        timeMilli: t.ok ? t.value.milli : null,
        timeText: s.time.trim(),
        result: s.result ?? '',
      };
    }),
  }));
  if (errors.length) throw invalid(errors);
  return drafts;
}

/** One save from the record editor or an import: one transaction, one undo step, one audit row. */
export function storeProcesses(
  ctx: BackendContext,
  unitId: number,
  procedureId: number,
  drafts: ProcessDraft[],
  action: 'update' | 'import' = 'update',
): ProcessSummary {
  requireProcedure(ctx, unitId, procedureId);
  const db = ctx.db;
  const before = listProcesses(db, unitId, procedureId);
  track(ctx, { kind: 'section', unitId, withParts: true }, (t) => {
    t.touch(procedureId);
    saveProcesses(db, unitId, procedureId, drafts);
    touchProcedure(db, procedureId);
    appendAudit(db, {
      actor: ctx.actor(),
      action,
      entity: 'internal_process',
      entityId: procedureId,
      procedureId,
      unitId,
      field: 'internalProcess',
      oldValue: before.map((p) => ({ name: p.name, channels: p.channels, steps: p.steps.length })),
      newValue: drafts.map((p) => ({ name: p.name, channels: p.channels, steps: p.steps.length })),
    });
  });
  return processSummary(ctx, unitId, procedureId);
}
