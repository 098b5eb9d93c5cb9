import {
  findUnitProcedure,
  getInventoryRow,
  groupCounts,
  listInventory,
} from '../../../db/queries/inventory-read';
import { findMatches, matchPlaces } from '../../../db/queries/inventory-search';
import { MatchTier } from '../../shared/text/search';
import { listAuditWithCodes } from '../../../db/queries/inventory-audit';
import { getProcedureDetail } from '../../../db/queries/procedure-read';
import { listUnits } from '../../../db/queries/units';
import { deleteView, listViews, saveView, setDefaultView } from '../../../db/queries/views';
import type { inventoryContract } from '../../shared/contract/inventory';
import type { unitsContract } from '../../shared/contract/units';
import { ApiFailure } from '../api-failure';
import type { HandlersFor } from '../handler-types';
import { applyCells } from './cells';
import { listHistory, redo, undo } from './history';
import { createProcedure, duplicateProcedure, moveProcedures } from './lifecycle';
import { reorderSteps, saveSection } from './sections';
import { createUnit, editUnit, requireUnit } from './units';
import './messages';

export const unitsHandlers: HandlersFor<typeof unitsContract> = {
  'units.list': (_input, ctx) => listUnits(ctx.db),
  'units.create': (input, ctx) => createUnit(ctx, input),
  'units.update': (input, ctx) => editUnit(ctx, input.id, input.values),
};

const history = (moved: ReturnType<typeof undo>, ctx: Parameters<typeof listHistory>[0]) => {
  const list = listHistory(ctx);
  const item = moved ? ([...list.undo, ...list.redo].find((e) => e.id === moved.id) ?? null) : null;
  return { moved: item, history: list };
};

export const inventoryHandlers: HandlersFor<typeof inventoryContract> = {
  'inventory.list': (input, ctx) =>
    listInventory(ctx.db, {
      unitId: input.unitId,
      search: input.search,
      deleted: input.trashed,
      procedureIds: input.procedureIds,
      offset: input.offset,
      limit: input.limit,
    }),

  'inventory.search': (input, ctx) => ({
    text: (findMatches(ctx.db, { unitId: input.unitId, search: input.search, deleted: input.trashed }) ?? [])
      .filter((m) => m.tier === MatchTier.TEXT)
      .map((m) => m.id),
  }),

  'inventory.searchPlaces': (input, ctx) => matchPlaces(ctx.db, input.search, input.procedureIds),

  'inventory.groups': (input, ctx) =>
    groupCounts(ctx.db, { unitId: input.unitId, search: input.search, deleted: input.trashed, by: input.by }),

  'procedures.get': (input, ctx) => {
    const detail = getProcedureDetail(ctx.db, input.unitId, input.procedureId);
    if (!detail) throw new ApiFailure('NOT_FOUND', { what: ctx.locale === 'vi' ? 'thủ tục' : 'procedure' });
    return detail;
  },

  'procedures.updateField': (input, ctx) => {
    const { procedureId, field, value, unitId } = input;
    applyCells(ctx, { unitId, kind: 'edit', cells: [{ procedureId, field, value }], newRows: [] });
    const up = findUnitProcedure(ctx.db, unitId, procedureId)!;
    return getInventoryRow(ctx.db, up.id)!;
  },
  'procedures.applyCells': (input, ctx) => applyCells(ctx, input),
  'procedures.create': (input, ctx) => createProcedure(ctx, input.unitId, input.code, input.name),
  'procedures.duplicate': (input, ctx) =>
    duplicateProcedure(ctx, input.unitId, input.procedureId, input.code),
  'procedures.trash': (input, ctx) => ({
    ok: true,
    count: moveProcedures(ctx, 'trash', input.unitId, input.procedureIds),
  }),
  'procedures.restore': (input, ctx) => ({
    ok: true,
    count: moveProcedures(ctx, 'restore', input.unitId, input.procedureIds),
  }),
  'procedures.purge': (input, ctx) => ({
    ok: true,
    count: moveProcedures(ctx, 'purge', input.unitId, input.procedureIds),
  }),
  'procedures.saveSection': (input, ctx) => saveSection(ctx, input.unitId, input.procedureId, input.data),
  'steps.reorder': (input, ctx) => reorderSteps(ctx, input.unitId, input.procedureId, input.stepIds),

  'history.undo': (_input, ctx) => history(undo(ctx), ctx),
  'history.redo': (_input, ctx) => history(redo(ctx), ctx),
  'history.list': (_input, ctx) => listHistory(ctx),
  'audit.list': (input, ctx) => listAuditWithCodes(ctx.db, input),

  'views.list': (input, ctx) => listViews(ctx.db, input.unitId),
  'views.save': (input, ctx) => {
    requireUnit(ctx, input.unitId);
    return saveView(ctx.db, input.unitId, input);
  },
  'views.delete': (input, ctx) => {
    if (!deleteView(ctx.db, input.unitId, input.id))
      throw new ApiFailure('NOT_FOUND', { what: ctx.locale === 'vi' ? 'khung nhìn' : 'view' });
    return { ok: true };
  },
  'views.setDefault': (input, ctx) => {
    if (!setDefaultView(ctx.db, input.unitId, input.id))
      throw new ApiFailure('NOT_FOUND', { what: ctx.locale === 'vi' ? 'khung nhìn' : 'view' });
    return { ok: true };
  },
};
