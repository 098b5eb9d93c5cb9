import { z } from 'zod';
import { Id, nfc } from './common';
import { method } from './define';
import { inventoryHistoryContract } from './inventory-history';
import { inventoryRecordContract } from './inventory-record';
import { EditableField, InventoryRow, ProcedureDetail } from './inventory-shapes';

export * from './inventory-shapes';
export type { HistoryItem, HistoryKind, HistoryList, AuditEntry, GridView } from './inventory-history';
export type { CellChange, SectionInput } from './inventory-record';

/** How the grid can group rows (Enterprise row grouping is replaced by SQL counts + full-width rows). */
/** Where a search found a row only the hidden text matches (electron/shared/text/search.ts MatchPlace). */
export const MatchPlace = z.discriminatedUnion('part', [
  z.object({ part: z.literal('step'), step: z.number().int() }),
  z.object({ part: z.literal('document'), name: z.string() }),
  z.object({ part: z.literal('note') }),
  z.object({ part: z.literal('subjects') }),
  z.object({ part: z.literal('authority') }),
]);

export const GroupBy = z.enum(['field', 'agency', 'onlineLevel']);
export type GroupBy = z.infer<typeof GroupBy>;

const ListFilter = {
  unitId: Id,
  search: nfc(500).optional(),
  /** The trash view: rows deleted from this unit's inventory, restorable. */
  trashed: z.boolean().default(false),
};

export const inventoryContract = {
  /**
   * A unit's inventory: without a search in code order; with one, the matches best first (exact code, name, lĩnh
   * vực and agencies, then steps and documents; electron/shared/text/search.ts).
   */
  'inventory.list': method(
    z
      .object({
        ...ListFilter,
        /** Only these procedures (refreshing the rows an undo or paste touched). */
        procedureIds: z.array(Id).max(1000).optional(),
        offset: z.number().int().min(0).default(0),
        /** Page through `offset`; the grid asks 1,000 rows at a time, which keeps each answer well under 2 MB. */
        limit: z.number().int().min(1).max(1000).default(1000),
      })
      .strict(),
    z.object({ rows: z.array(InventoryRow), total: z.number().int() }),
  ),
  /**
   * The rows (unit_procedures.id) a search finds only in text the grid does not show (steps, dossier components,
   * subjects, competent agency): the grid ranks its own columns by the same rule (electron/shared/text/search.ts)
   * and puts these last. Small enough for 10,000 rows, so the grid filters the rows it holds instead of reloading.
   */
  'inventory.search': method(z.object(ListFilter).strict(), z.object({ text: z.array(z.number().int()) })),
  /** Where each of these procedures holds the searched words (the grid's hint "trong bước 2"), for the rows shown. */
  'inventory.searchPlaces': method(
    z.object({ search: nfc(500), procedureIds: z.array(Id).max(200) }).strict(),
    z.array(z.object({ procedureId: z.number().int(), place: MatchPlace.nullable() })),
  ),
  /** Group headers with counts, computed in SQL over the same filter as inventory.list. */
  'inventory.groups': method(
    z.object({ ...ListFilter, by: GroupBy }).strict(),
    z.array(z.object({ key: z.string(), count: z.number().int() })),
  ),
  'procedures.get': method(z.object({ unitId: Id, procedureId: Id }).strict(), ProcedureDetail),
  /** One cell edit; validated per field; saved at once in a transaction, audited and undoable. */
  'procedures.updateField': method(
    z
      .object({
        unitId: Id,
        procedureId: Id,
        field: EditableField,
        value: z.union([nfc(20000), z.number(), z.boolean(), z.null()]),
      })
      .strict(),
    InventoryRow,
    { mutates: true },
  ),
  ...inventoryRecordContract,
  ...inventoryHistoryContract,
};
