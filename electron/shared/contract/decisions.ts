/**
 * Capabilities of the "decisions" feature: publication decisions (Quyết định công bố, domain.md §1.6, §9.1)
 * recorded with their Phần I lists, applied to a unit's inventory (one undoable step), exported as the official
 * appendix (.xlsx through reports.export 'decision-appendix', .docx here); and the national-list comparison.
 * Handlers: electron/backend/decisions. Screen: renderer/src/features/decisions.
 */
import { z } from 'zod';
import { Id, IsoDate, nfc, Ok } from './common';
import { method } from './define';
import { FieldDiff, ImportToken, SheetPlan } from './import';
import { Delivery } from './reports';

/** Which list of Phần I a row is in: mới ban hành / sửa đổi, bổ sung / thay thế / bị bãi bỏ. */
export const DecisionChange = z.enum(['NEW', 'AMENDED', 'REPLACED', 'ABOLISHED']);
export type DecisionChange = z.infer<typeof DecisionChange>;

/** The level group: cấp tỉnh / áp dụng chung (cấp tỉnh, cấp xã) / cấp xã. */
export const DecisionLevel = z.enum(['TINH', 'CHUNG', 'XA']);
export type DecisionLevel = z.infer<typeof DecisionLevel>;

/**
 * Phần II of an amended (or new) procedure as the decision publishes it: the content applying the decision writes
 * into the record (steps, dossier components with originals/copies, time, fee, legal bases, result).
 */
export const DecisionContent = z
  .object({
    steps: z.array(nfc(8000)).max(200),
    components: z
      .array(
        z
          .object({
            name: nfc(4000),
            originals: z.number().int().min(0).max(999),
            copies: z.number().int().min(0).max(999),
          })
          .strict(),
      )
      .max(300),
    timeText: nfc(4000),
    feeText: nfc(4000),
    legalText: nfc(8000),
    result: nfc(4000),
  })
  .strict();
export type DecisionContent = z.infer<typeof DecisionContent>;

export const DecisionItemInput = z
  .object({
    change: DecisionChange,
    level: DecisionLevel,
    field: nfc(500).default(''),
    code: nfc(80).default(''),
    name: nfc(2000).pipe(z.string().trim().min(1)),
    /** thay thế: the code of the procedure replaced. */
    replacesCode: nfc(80).default(''),
    timeText: nfc(4000).default(''),
    placeText: nfc(4000).default(''),
    feeText: nfc(4000).default(''),
    /** Căn cứ pháp lý (new), or the VBQPPL that amends or repeals it. */
    legalText: nfc(8000).default(''),
    agency: nfc(2000).default(''),
    note: nfc(2000).default(''),
    /** Phần II for this procedure, when the decision gives it. */
    content: DecisionContent.nullable().optional(),
  })
  .strict();
export type DecisionItemInput = z.input<typeof DecisionItemInput>;
export type DecisionItem = z.output<typeof DecisionItemInput>;

export const DecisionHead = z
  .object({
    number: nfc(100).pipe(z.string().trim().min(1)),
    signedDate: IsoDate,
    effectiveDate: IsoDate,
    issuer: nfc(500).default(''),
    signer: nfc(500).default(''),
    title: nfc(2000).default(''),
    source: nfc(300).default(''),
  })
  .strict();
export type DecisionHead = z.output<typeof DecisionHead>;

export const DecisionCounts = z.record(DecisionChange, z.number().int());

export const DecisionSummary = z.object({
  number: z.string(),
  signedDate: z.string(),
  effectiveDate: z.string(),
  issuer: z.string(),
  signer: z.string(),
  title: z.string(),
  source: z.string(),
  id: z.number().int(),
  unitId: z.number().int(),
  appliedAt: z.string().nullable(),
  counts: DecisionCounts,
});
export type DecisionSummary = z.infer<typeof DecisionSummary>;

/** A stored row of a decision's lists (the output twin of DecisionItemInput). */
export const DecisionItemRow = z.object({
  id: z.number().int(),
  procedureId: z.number().int().nullable(),
  change: DecisionChange,
  level: DecisionLevel,
  field: z.string(),
  code: z.string(),
  name: z.string(),
  replacesCode: z.string(),
  timeText: z.string(),
  placeText: z.string(),
  feeText: z.string(),
  legalText: z.string(),
  agency: z.string(),
  note: z.string(),
  content: DecisionContent.nullable().optional(),
});
export type DecisionItemRow = z.infer<typeof DecisionItemRow>;

export const DecisionDetail = DecisionSummary.extend({ items: z.array(DecisionItemRow) });
export type DecisionDetail = z.infer<typeof DecisionDetail>;

export const AppendixProblem = z.object({
  sheet: z.string(),
  row: z.number().int(),
  column: z.string(),
  message: z.string(),
});
export type AppendixProblem = z.infer<typeof AppendixProblem>;

/** A Phần I table read from a workbook or a paste: the lists found, where each row came from, what was odd. */
export const ParsedAppendix = z.object({
  head: z.object({ number: z.string(), signedDate: z.string(), issuer: z.string(), title: z.string() }),
  items: z.array(
    DecisionItemRow.omit({ id: true, procedureId: true }).extend({
      sheet: z.string(),
      row: z.number().int(),
    }),
  ),
  problems: z.array(AppendixProblem),
});
export type ParsedAppendix = z.infer<typeof ParsedAppendix>;

export const PlanAction = z.enum([
  'create',
  'attach',
  'amend',
  'replace',
  'repeal',
  'already',
  'skip',
  'error',
]);
export type PlanAction = z.infer<typeof PlanAction>;

export const ApplyPlanRow = z.object({
  ord: z.number().int(),
  change: DecisionChange,
  level: DecisionLevel,
  code: z.string(),
  name: z.string(),
  action: PlanAction,
  procedureId: z.number().int().nullable(),
  diffs: z.array(FieldDiff),
  /** Why a row is skipped or refused (translated). */
  message: z.string().nullable(),
});
export type ApplyPlanRow = z.infer<typeof ApplyPlanRow>;

export const ApplyPlan = z.object({
  rows: z.array(ApplyPlanRow),
  summary: z.record(PlanAction, z.number().int()),
  /** Translated reasons that stop the apply (bad input); empty when it can be applied. */
  errors: z.array(z.string()),
  /** After an apply: the backup taken just before (file name only). */
  backupName: z.string().optional(),
});
export type ApplyPlan = z.infer<typeof ApplyPlan>;

export const ProcedureDecisionEvent = z.object({
  id: z.number().int(),
  kind: z.enum(['PUBLISHED', 'AMENDED', 'REPLACED', 'ABOLISHED']),
  decisionId: z.number().int().nullable(),
  decisionNo: z.string(),
  decisionDate: z.string(),
  effectiveDate: z.string(),
  note: z.string(),
  createdAt: z.string(),
});
export type ProcedureDecisionEvent = z.infer<typeof ProcedureDecisionEvent>;

const DecisionRef = z.object({ decisionId: Id }).strict();

/** Compare a newer national list (the DVCQG export) with the unit's inventory: new / changed / gone. */
export const CompareRow = z.object({
  key: z.string(),
  status: z.enum(['new', 'changed', 'gone']),
  code: z.string(),
  name: z.string(),
  field: z.string(),
  diffs: z.array(FieldDiff),
});
export type CompareRow = z.infer<typeof CompareRow>;

export const NationalComparison = z.object({
  rows: z.array(CompareRow),
  summary: z.object({
    new: z.number().int(),
    changed: z.number().int(),
    gone: z.number().int(),
    unchanged: z.number().int(),
    rejected: z.number().int(),
  }),
  /** The lĩnh vực the list covers: only the unit's procedures in them can be "gone". */
  fields: z.array(z.string()),
});
export type NationalComparison = z.infer<typeof NationalComparison>;

export const decisionsContract = {
  'decisions.list': method(z.object({ unitId: Id }).strict(), z.array(DecisionSummary)),
  'decisions.get': method(DecisionRef, DecisionDetail),
  /** Records a decision (new, or an unapplied one replaced whole); applying is a separate step. */
  'decisions.save': method(
    z
      .object({
        unitId: Id,
        decisionId: Id.optional(),
        head: DecisionHead,
        items: z.array(DecisionItemInput).max(3000),
      })
      .strict(),
    DecisionDetail,
    { mutates: true },
  ),
  'decisions.delete': method(DecisionRef, Ok, { mutates: true }),
  /** A pasted Phần I table (TSV rows from Word or Excel) read by meaning. Writes nothing. */
  'decisions.parseRows': method(
    z.object({ rows: z.array(z.array(nfc(20000)).max(60)).max(5000), source: nfc(200) }).strict(),
    ParsedAppendix,
  ),
  /** The decision's appendix workbook (.xlsx), read with the importer's safety checks. Writes nothing. */
  'decisions.parseFile': method(
    z.object({ fileName: nfc(260), dataBase64: z.string().max(42 * 1024 * 1024) }).strict(),
    ParsedAppendix,
  ),
  /** What applying would do to the unit's inventory, row by row, with field diffs. Writes nothing. */
  'decisions.preview': method(DecisionRef, ApplyPlan),
  /** Applies the decision in one undoable step; refused whole (nothing written) when any row is bad input. */
  'decisions.apply': method(DecisionRef, ApplyPlan, { mutates: true }),
  /** The decisions that shaped a record in this unit, newest first. */
  'decisions.ofProcedure': method(
    z.object({ unitId: Id, procedureId: Id }).strict(),
    z.array(ProcedureDecisionEvent),
  ),
  /** The appendix (Phần I lists and Phần II nội dung) as a Word document, handed to the host. */
  'decisions.exportDocx': method(DecisionRef, z.object({ fileName: z.string(), delivery: Delivery })),
  /**
   * Compare mode of the import: the uploaded national list (import.upload + import.inspect plans) against the
   * unit's inventory. Writes nothing.
   */
  'national.compare': method(
    z.object({ token: ImportToken, unitId: Id, plans: z.array(SheetPlan).min(1).max(20) }).strict(),
    NationalComparison,
  ),
  /** Applies the selected rows of the last comparison in one undoable step (new versions kept). */
  'national.apply': method(
    z
      .object({
        token: ImportToken,
        unitId: Id,
        keys: z.array(nfc(80)).min(1).max(20000),
        effectiveDate: IsoDate,
      })
      .strict(),
    z.object({ created: z.number().int(), amended: z.number().int(), repealed: z.number().int() }),
    { mutates: true },
  ),
};
