/**
 * The domain model of TinhGọn as JSON-safe zod schemas (domain.md §1.2–1.8).
 * Shared by the contract, the backend, the importer, the seed and the renderer,
 * so one record shape crosses every boundary (IPC, HTTP, files, tests).
 * Pure module: no Node, no DOM, no Electron.
 */
import { z } from 'zod';

/** Mã TTHC: text `d.dddddd` with optional suffixes (`1.001193.01`, `1.012753.H19`). Never a number. */
export const PROCEDURE_CODE_RE = /^\d\.\d{6}(\.\w+)*$/;

export const UnitLevel = z.enum(['TINH', 'XA', 'HUYEN_LEGACY', 'BO']);
export type UnitLevel = z.infer<typeof UnitLevel>;

export const ChannelMethod = z.enum(['TRUC_TIEP', 'BUU_CHINH', 'TRUC_TUYEN']);
export type ChannelMethod = z.infer<typeof ChannelMethod>;

export const TimeUnit = z.enum(['WORKING_DAY', 'CALENDAR_DAY', 'HOUR', 'MONTH', 'UNSPECIFIED']);
export type TimeUnit = z.infer<typeof TimeUnit>;

export const FeeKind = z.enum(['PHI', 'LE_PHI', 'KHAC']);
export type FeeKind = z.infer<typeof FeeKind>;

/** Who sets a fee when no amount is fixed nationally ("Mức do HĐND tỉnh quyết định"). */
export const FeeSetBy = z.enum(['HDND_TINH']);
export type FeeSetBy = z.infer<typeof FeeSetBy>;

export const OnlineLevel = z.enum(['NONE', 'PARTIAL', 'FULL']);
export type OnlineLevel = z.infer<typeof OnlineLevel>;

export const CopyRequirement = z.enum([
  'ORIGINAL',
  'CERTIFIED_COPY',
  'COPY_WITH_ORIGINAL_FOR_CHECK',
  'PLAIN_COPY',
  'PRESENT_ONLY',
  'ELECTRONIC',
  'DATA_LOOKUP',
]);
export type CopyRequirement = z.infer<typeof CopyRequirement>;

export const ProcedureStatus = z.enum(['ACTIVE', 'AMENDED', 'ABOLISHED', 'DRAFT']);
export type ProcedureStatus = z.infer<typeof ProcedureStatus>;

export const Fee = z.object({
  kind: FeeKind,
  /** Whole units of `currency` (đồng for VND); null when set by HĐND or unknown. */
  amount: z.number().int().nonnegative().nullable(),
  setBy: FeeSetBy.nullable(),
  currency: z.string().max(8),
  perUnit: z.string().max(200),
  text: z.string().max(4000),
});
export type Fee = z.infer<typeof Fee>;

export const Channel = z.object({
  method: ChannelMethod,
  timeValue: z.number().nonnegative().nullable(),
  timeUnit: TimeUnit,
  timeText: z.string().max(2000),
  description: z.string().max(20000),
  fees: z.array(Fee).max(50),
});
export type Channel = z.infer<typeof Channel>;

export const Step = z.object({
  title: z.string().max(500),
  text: z.string().max(20000),
  actor: z.string().max(500),
  durationValue: z.number().nonnegative().nullable(),
  durationUnit: TimeUnit,
});
export type Step = z.infer<typeof Step>;

export const Component = z.object({
  name: z.string().max(4000),
  code: z.string().max(100),
  originalQty: z.number().int().nonnegative(),
  copyQty: z.number().int().nonnegative(),
  copyRequirement: CopyRequirement.nullable(),
  formName: z.string().max(500),
  isNote: z.boolean(),
  required: z.boolean(),
});
export type Component = z.infer<typeof Component>;

export const ComponentGroup = z.object({
  heading: z.string().max(1000),
  components: z.array(Component).max(500),
});
export type ComponentGroup = z.infer<typeof ComponentGroup>;

export const LegalBasis = z.object({
  code: z.string().max(200),
  name: z.string().max(4000),
  issuer: z.string().max(500),
  issuedDate: z.string().max(10),
  effectiveDate: z.string().max(10),
});
export type LegalBasis = z.infer<typeof LegalBasis>;

export const ProcedureResult = z.object({
  name: z.string().max(2000),
  code: z.string().max(100),
});
export type ProcedureResult = z.infer<typeof ProcedureResult>;

/** The shared, unit-independent procedure record (one national TTHC stored once). */
export const ProcedureRecord = z.object({
  code: z.string().regex(PROCEDURE_CODE_RE),
  name: z.string().min(1).max(2000),
  field: z.string().max(500),
  fieldCode: z.string().max(50),
  kind: z.string().max(200),
  levels: z.array(z.string().max(100)).max(10),
  subjects: z.string().max(4000),
  executingAgencies: z.string().max(4000),
  authorityAgencies: z.string().max(4000),
  coordinatingAgencies: z.string().max(4000),
  authorizedAgencies: z.string().max(4000),
  receivingAddress: z.string().max(4000),
  issuingAgency: z.string().max(500),
  conditions: z.string().max(20000),
  decisionNo: z.string().max(100),
  decisionDate: z.string().max(10),
  status: ProcedureStatus,
  legacyCode: z.string().max(100),
  source: z.string().max(500),
  channels: z.array(Channel).max(10),
  steps: z.array(Step).max(500),
  componentGroups: z.array(ComponentGroup).max(100),
  legalBases: z.array(LegalBasis).max(500),
  results: z.array(ProcedureResult).max(100),
});
export type ProcedureRecord = z.infer<typeof ProcedureRecord>;

/** A record with only its code and name: the base of a new procedure, an import row, a pasted row. */
export function emptyRecord(code: string, name: string, source = ''): ProcedureRecord {
  return {
    code,
    name,
    field: '',
    fieldCode: '',
    kind: '',
    levels: [],
    subjects: '',
    executingAgencies: '',
    authorityAgencies: '',
    coordinatingAgencies: '',
    authorizedAgencies: '',
    receivingAddress: '',
    issuingAgency: '',
    conditions: '',
    decisionNo: '',
    decisionDate: '',
    status: 'ACTIVE',
    legacyCode: '',
    source,
    channels: [],
    steps: [],
    componentGroups: [],
    legalBases: [],
    results: [],
  };
}

/** Per-unit fields of a procedure in a unit's inventory (domain.md §1.5: online level is per unit). */
export const UnitProcedureFields = z.object({
  onlineLevel: OnlineLevel.nullable(),
  legacyLevel: z.number().int().min(1).max(4).nullable(),
  oneStop: z.boolean(),
  hasInternalProcess: z.boolean(),
  dossiersPerYear: z.number().int().nonnegative().nullable(),
  note: z.string().max(4000),
});
export type UnitProcedureFields = z.infer<typeof UnitProcedureFields>;

/** A bundled/imported inventory entry: the shared record plus this unit's fields. */
export const InventoryEntry = ProcedureRecord.extend({ unitFields: UnitProcedureFields });
export type InventoryEntry = z.infer<typeof InventoryEntry>;

// ---- Review and cost (issue "review") ----

export const ReviewStatus = z.enum([
  'NOT_STARTED', // chưa rà soát
  'IN_PROGRESS', // đang rà soát
  'PROPOSED', // đã đề xuất
  'APPROVED', // đã phê duyệt
  'RETURNED', // trả lại
  'IMPLEMENTED', // đã thực thi
]);
export type ReviewStatus = z.infer<typeof ReviewStatus>;

/** A review status in Vietnamese, as reports and messages print it (sentence case; lower-case it mid-sentence). */
export const REVIEW_STATUS_VI: Record<ReviewStatus, string> = {
  NOT_STARTED: 'Chưa rà soát',
  IN_PROGRESS: 'Đang rà soát',
  PROPOSED: 'Đã đề xuất',
  APPROVED: 'Đã phê duyệt',
  RETURNED: 'Trả lại',
  IMPLEMENTED: 'Đã thực thi',
};

export const MarkTargetKind = z.enum([
  'PROCEDURE',
  'STEP',
  'COMPONENT',
  'COMPONENT_COPY_REQ',
  'COMPONENT_QTY',
  'CHANNEL_TIME',
  'FEE',
  'CONDITION',
  // Issue 14 (migration 0002): an internal step of the quy trình nội bộ; a trip the cost channel needs.
  'INTERNAL_STEP',
  'SUBMIT_TRIP',
  'RESULT_TRIP',
]);
export type MarkTargetKind = z.infer<typeof MarkTargetKind>;

/** giữ nguyên / bãi bỏ / sửa đổi / gộp / thay bằng khai thác dữ liệu */
export const MarkAction = z.enum(['KEEP', 'REMOVE', 'SIMPLIFY', 'MERGE', 'REPLACE_BY_DATA']);
export type MarkAction = z.infer<typeof MarkAction>;

export const CostScenario = z.enum(['BEFORE', 'AFTER']);
export type CostScenario = z.infer<typeof CostScenario>;

export const ProfileRole = z.enum(['officer', 'manager']);
export type ProfileRole = z.infer<typeof ProfileRole>;
