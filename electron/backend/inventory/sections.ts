import { appendAudit } from '../../../db/queries/audit';
import { findUnitProcedure } from '../../../db/queries/inventory-read';
import { getProcedureDetail } from '../../../db/queries/procedure-read';
import {
  CHANNEL_COLS,
  COMPONENT_COLS,
  FEE_COLS,
  GENERAL_COLS,
  GROUP_COLS,
  LEGAL_COLS,
  RESULT_COLS,
  STEP_COLS,
  UNIT_COLS,
  syncChildren,
  touchProcedure,
  updateColumns,
} from '../../../db/queries/procedure-sections';
import type { ProcedureDetail } from '../../shared/contract/inventory';
import type { ParsedSection } from '../../shared/contract/inventory-record';
import { PROCEDURE_CODE_RE } from '../../shared/domain';
import { ApiFailure } from '../api-failure';
import type { BackendContext } from '../context';
import { coerceField } from './field-rules';
import { track } from './history';
import './messages';

function load(ctx: BackendContext, unitId: number, procedureId: number): ProcedureDetail {
  const d = getProcedureDetail(ctx.db, unitId, procedureId);
  if (!d) throw new ApiFailure('NOT_FOUND', { what: ctx.locale === 'vi' ? 'thủ tục' : 'procedure' });
  return d;
}

/** Checks the general values that need more than their schema (code form and uniqueness, a real date). */
function checkGeneral(
  ctx: BackendContext,
  procedureId: number,
  v: Extract<ParsedSection, { section: 'general' }>['values'],
) {
  if (v.code !== undefined) {
    if (!PROCEDURE_CODE_RE.test(v.code)) throw new ApiFailure('INVALID_CODE', { value: v.code });
    if (ctx.db.prepare('SELECT 1 FROM procedures WHERE code = ? AND id != ?').get(v.code, procedureId))
      throw new ApiFailure('CONFLICT', { what: `Mã TTHC ${v.code}` });
  }
  if (v.decisionDate !== undefined) v.decisionDate = String(coerceField('decisionDate', v.decisionDate));
}

/** One record-editor save: one transaction, one undo step, one audit row per changed field or section. */
export function saveSection(
  ctx: BackendContext,
  unitId: number,
  procedureId: number,
  data: ParsedSection,
): ProcedureDetail {
  const db = ctx.db;
  const up = findUnitProcedure(db, unitId, procedureId);
  if (!up) throw new ApiFailure('NOT_FOUND', { what: ctx.locale === 'vi' ? 'thủ tục' : 'procedure' });
  if (data.section === 'general') checkGeneral(ctx, procedureId, data.values);
  const before = load(ctx, unitId, procedureId);
  const audit = (field: string, oldValue: unknown, newValue: unknown) =>
    appendAudit(db, {
      actor: ctx.actor(),
      action: 'update',
      entity: 'procedure',
      entityId: procedureId,
      procedureId,
      unitId,
      field,
      oldValue,
      newValue,
    });
  track(
    ctx,
    { kind: 'section', unitId, withParts: data.section !== 'general' && data.section !== 'unit' },
    (t) => {
      t.touch(procedureId);
      switch (data.section) {
        case 'general': {
          for (const c of updateColumns(db, 'procedures', procedureId, GENERAL_COLS, data.values))
            audit(c.field, c.old, c.new);
          touchProcedure(db, procedureId);
          return;
        }
        case 'unit': {
          for (const c of updateColumns(db, 'unit_procedures', up.id, UNIT_COLS, data.values))
            audit(c.field, c.old, c.new);
          return;
        }
        case 'steps':
          syncChildren(db, 'steps', 'procedure_id', procedureId, data.steps, STEP_COLS);
          audit('steps', before.steps.length, data.steps.length);
          break;
        case 'channels': {
          const channelIds = syncChildren(
            db,
            'channels',
            'procedure_id',
            procedureId,
            data.channels,
            CHANNEL_COLS,
          );
          data.channels.forEach((c, i) => {
            const fees = db
              .prepare('SELECT unit_id AS u FROM fees WHERE channel_id = ?')
              .all(channelIds[i]) as { u: number | null }[];
            const hasLocal = fees.some((f) => f.u === unitId);
            // Only the fees this unit sees may be removed: its local rates, or the published ones when it has none.
            const visible = (s: { id: number }) => {
              const u = (s as unknown as { unit_id: number | null }).unit_id;
              return hasLocal ? u === unitId : u === null;
            };
            syncChildren(db, 'fees', 'channel_id', channelIds[i]!, c.fees, FEE_COLS, visible);
          });
          audit('channels', before.channels.length, data.channels.length);
          break;
        }
        case 'documents': {
          const groupIds = syncChildren(
            db,
            'component_groups',
            'procedure_id',
            procedureId,
            data.groups,
            GROUP_COLS,
          );
          data.groups.forEach((g, i) =>
            syncChildren(db, 'components', 'group_id', groupIds[i]!, g.components, COMPONENT_COLS),
          );
          audit(
            'documents',
            before.componentGroups.flatMap((g) => g.components).length,
            data.groups.flatMap((g) => g.components).length,
          );
          break;
        }
        case 'legal':
          syncChildren(db, 'legal_bases', 'procedure_id', procedureId, data.legalBases, LEGAL_COLS);
          audit('legalBases', before.legalBases.length, data.legalBases.length);
          break;
        case 'results':
          syncChildren(db, 'procedure_results', 'procedure_id', procedureId, data.results, RESULT_COLS);
          audit('results', before.results.length, data.results.length);
          break;
      }
      touchProcedure(db, procedureId);
    },
  );
  return load(ctx, unitId, procedureId);
}

/** New step order (drag or up/down buttons): every current step id exactly once. */
export function reorderSteps(
  ctx: BackendContext,
  unitId: number,
  procedureId: number,
  stepIds: number[],
): ProcedureDetail {
  const d = load(ctx, unitId, procedureId);
  const current = d.steps.map((s) => s.id);
  if (current.length !== stepIds.length || [...current].sort().join() !== [...stepIds].sort().join())
    throw new ApiFailure('STEP_ORDER_MISMATCH');
  const db = ctx.db;
  track(ctx, { kind: 'reorder', unitId, withParts: true }, (t) => {
    t.touch(procedureId);
    const set = db.prepare('UPDATE steps SET ord = ? WHERE id = ?');
    stepIds.forEach((id, i) => set.run(i + 1, id));
    touchProcedure(db, procedureId);
    appendAudit(db, {
      actor: ctx.actor(),
      action: 'reorder',
      entity: 'step',
      entityId: null,
      procedureId,
      unitId,
      field: 'steps',
      oldValue: current,
      newValue: stepIds,
    });
  });
  return load(ctx, unitId, procedureId);
}
