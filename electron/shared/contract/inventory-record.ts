import { z } from 'zod';
import {
  Channel,
  Component,
  ComponentGroup,
  Fee,
  LegalBasis,
  ProcedureRecord,
  ProcedureResult,
  Step,
  UnitProcedureFields,
} from '../domain';
import { Id, nfc, Ok } from './common';
import { method } from './define';
import { EditableField, InventoryRow, ProcedureDetail } from './inventory-shapes';

/** Strings in editor payloads are NFC-normalised like every other text crossing the boundary. */
const text = (max: number) => nfc(max);
const OptId = { id: z.number().int().positive().optional() };

/** Head fields of the shared record the editor may change (each save may carry one or several). */
export const GeneralValues = ProcedureRecord.pick({
  code: true,
  name: true,
  field: true,
  fieldCode: true,
  kind: true,
  levels: true,
  subjects: true,
  executingAgencies: true,
  authorityAgencies: true,
  coordinatingAgencies: true,
  authorizedAgencies: true,
  receivingAddress: true,
  issuingAgency: true,
  conditions: true,
  decisionNo: true,
  decisionDate: true,
  status: true,
  legacyCode: true,
})
  .extend({
    code: text(100),
    decisionDate: text(10),
    name: text(2000).pipe(z.string().min(1)),
    conditions: text(20000),
    subjects: text(4000),
  })
  .partial()
  .strict();

const FeeInput = Fee.extend({ ...OptId, text: text(4000), perUnit: text(200) });
const ChannelInput = Channel.extend({
  ...OptId,
  description: text(20000),
  timeText: text(2000),
  fees: z.array(FeeInput).max(50),
});
const StepInput = Step.extend({ ...OptId, title: text(500), text: text(20000), actor: text(500) });
const ComponentInput = Component.extend({ ...OptId, name: text(4000), formName: text(500) });
const GroupInput = ComponentGroup.extend({
  ...OptId,
  heading: text(1000),
  components: z.array(ComponentInput).max(500),
});
const LegalInput = LegalBasis.extend({ ...OptId, name: text(4000), code: text(200), issuer: text(500) });
const ResultInput = ProcedureResult.extend({ ...OptId, name: text(2000) });

/**
 * One record-editor save: a whole section in its new order. Rows with an id are updated, rows without are
 * added, rows missing are deleted; list order becomes `ord`. One save = one undo step.
 */
export const SectionInput = z.discriminatedUnion('section', [
  z.object({ section: z.literal('general'), values: GeneralValues }).strict(),
  z.object({ section: z.literal('channels'), channels: z.array(ChannelInput).max(10) }).strict(),
  z.object({ section: z.literal('steps'), steps: z.array(StepInput).max(500) }).strict(),
  z.object({ section: z.literal('documents'), groups: z.array(GroupInput).max(100) }).strict(),
  z.object({ section: z.literal('legal'), legalBases: z.array(LegalInput).max(500) }).strict(),
  z.object({ section: z.literal('results'), results: z.array(ResultInput).max(100) }).strict(),
  z
    .object({
      section: z.literal('unit'),
      values: UnitProcedureFields.extend({ note: text(4000) })
        .partial()
        .strict(),
    })
    .strict(),
]);
export type SectionInput = z.input<typeof SectionInput>;
export type ParsedSection = z.output<typeof SectionInput>;

const CellValue = z.union([nfc(20000), z.number(), z.boolean(), z.null()]);
export const CellChange = z.object({ procedureId: Id, field: EditableField, value: CellValue }).strict();
export type CellChange = z.input<typeof CellChange>;

const Ids = z.array(Id).min(1).max(5000);

export const inventoryRecordContract = {
  /**
   * A batch of cell changes (a typed edit, a pasted TSV block, a fill-down, a Delete) plus optional new rows
   * (pasted below the last row). All-or-nothing in one transaction; one undo step. A bad value refuses the
   * whole batch with the row/column and the reason.
   */
  'procedures.applyCells': method(
    z
      .object({
        unitId: Id,
        kind: z.enum(['edit', 'paste', 'fill', 'clear']),
        cells: z.array(CellChange).max(20000),
        newRows: z.array(z.partialRecord(EditableField, CellValue)).max(2000).default([]),
      })
      .strict(),
    z.object({ rows: z.array(InventoryRow), created: z.array(InventoryRow) }),
    { mutates: true },
  ),
  'procedures.create': method(
    z.object({ unitId: Id, code: nfc(100), name: nfc(2000) }).strict(),
    InventoryRow,
    { mutates: true },
  ),
  /** Copies a record (all sections and this unit's fields) under a new code (default: `<code>.BS`, `.BS2`…). */
  'procedures.duplicate': method(
    z.object({ unitId: Id, procedureId: Id, code: nfc(100).optional() }).strict(),
    InventoryRow,
    { mutates: true },
  ),
  /** To the trash (reversible); restore brings back; purge deletes for good (only from the trash). */
  'procedures.trash': method(
    z.object({ unitId: Id, procedureIds: Ids }).strict(),
    Ok.extend({ count: z.number().int() }),
    {
      mutates: true,
    },
  ),
  'procedures.restore': method(
    z.object({ unitId: Id, procedureIds: Ids }).strict(),
    Ok.extend({ count: z.number().int() }),
    {
      mutates: true,
    },
  ),
  'procedures.purge': method(
    z.object({ unitId: Id, procedureIds: Ids }).strict(),
    Ok.extend({ count: z.number().int() }),
    {
      mutates: true,
    },
  ),
  'procedures.saveSection': method(
    z.object({ unitId: Id, procedureId: Id, data: SectionInput }).strict(),
    ProcedureDetail,
    { mutates: true },
  ),
  /** New order of a procedure's steps (every step id exactly once). */
  'steps.reorder': method(
    z.object({ unitId: Id, procedureId: Id, stepIds: z.array(Id).max(500) }).strict(),
    ProcedureDetail,
    { mutates: true },
  ),
};
