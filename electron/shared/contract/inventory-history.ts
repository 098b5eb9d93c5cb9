import { z } from 'zod';
import { Empty, Id, nfc, Ok } from './common';
import { method } from './define';

/** What one undoable operation was (the renderer labels it). */
export const HistoryKind = z.enum([
  'edit',
  'paste',
  'fill',
  'clear',
  'create',
  'duplicate',
  'trash',
  'restore',
  'purge',
  'reorder',
  'section',
  'decision',
  'national',
  'merge',
]);
export type HistoryKind = z.infer<typeof HistoryKind>;

export const HistoryItem = z.object({
  id: z.number().int(),
  kind: HistoryKind,
  code: z.string(),
  count: z.number().int(),
  at: z.string(),
  procedureIds: z.array(z.number().int()),
});
export type HistoryItem = z.infer<typeof HistoryItem>;

export const HistoryList = z.object({ undo: z.array(HistoryItem), redo: z.array(HistoryItem) });
export type HistoryList = z.infer<typeof HistoryList>;

/** Result of an undo/redo: which step moved (null when the stack was empty) and the history after it. */
export const HistoryStep = z.object({ moved: HistoryItem.nullable(), history: HistoryList });

export const AuditEntry = z.object({
  id: z.number().int(),
  at: z.string(),
  actor: z.string(),
  action: z.string(),
  entity: z.string(),
  entityId: z.number().int().nullable(),
  procedureId: z.number().int().nullable(),
  unitId: z.number().int().nullable(),
  field: z.string().nullable(),
  oldValue: z.string().nullable(),
  newValue: z.string().nullable(),
  batchId: z.string().nullable(),
  procedureCode: z.string().nullable(),
});
export type AuditEntry = z.infer<typeof AuditEntry>;

export const GridView = z.object({
  id: z.number().int(),
  name: z.string(),
  /** JSON: { grid: AG Grid GridState, app: { groupBy, valueFilters, search } } */
  state: z.string(),
  isDefault: z.boolean(),
  updatedAt: z.string(),
});
export type GridView = z.infer<typeof GridView>;

export const inventoryHistoryContract = {
  'history.undo': method(Empty, HistoryStep, { mutates: true }),
  'history.redo': method(Empty, HistoryStep, { mutates: true }),
  'history.list': method(Empty, HistoryList),
  /** The audit log, newest first; per procedure (history tab) or global, paged by `beforeId`. */
  'audit.list': method(
    z
      .object({
        procedureId: Id.optional(),
        unitId: Id.optional(),
        beforeId: Id.optional(),
        limit: z.number().int().min(1).max(1000).default(200),
      })
      .strict(),
    z.array(AuditEntry),
  ),
  'views.list': method(z.object({ unitId: Id }).strict(), z.array(GridView)),
  /** Creates or overwrites (same name) a named grid view. */
  'views.save': method(
    z
      .object({
        unitId: Id,
        name: nfc(100).pipe(z.string().min(1)),
        state: z.string().max(200_000),
        isDefault: z.boolean().optional(),
      })
      .strict(),
    GridView,
    { mutates: true },
  ),
  'views.delete': method(z.object({ unitId: Id, id: Id }).strict(), Ok, { mutates: true }),
  /** Marks one view as the default (opened first), or none with id null. */
  'views.setDefault': method(z.object({ unitId: Id, id: Id.nullable() }).strict(), Ok, { mutates: true }),
};
