/**
 * The domain model of TinhGọn as JSON-safe zod schemas (domain.md §1.2–1.8).
 * Shared by the contract, the backend, the importer, the seed and the renderer,
 * so one record shape crosses every boundary (IPC, HTTP, files, tests).
 * Pure module: no Node, no DOM, no Electron.
 */
import { z } from 'zod';
import { INVALID_CHARACTERS, isStorableText } from './text/invalid-text';

/**
 * Text as stored: at most `max` characters, and nothing that must never be stored — control characters other
 * than tab and line breaks, lone surrogates, broken bytes (invalid-text.ts).
 */
export const storedText = (max: number) =>
  z.string().max(max).refine(isStorableText, { message: INVALID_CHARACTERS });

/** Mã TTHC: text `d.dddddd` with optional suffixes (`1.001193.01`, `1.012753.H19`). Never a number. */
export const PROCEDURE_CODE_RE = /^\d\.\d{6}(\.\w+)*$/;

export const UnitLevel = z.enum(['TINH', 'XA', 'HUYEN_LEGACY', 'BO']);
export type UnitLevel = z.infer<typeof UnitLevel>;

export const ChannelMethod = z.enum(['TRUC_TIEP', 'BUU_CHINH', 'TRUC_TUYEN']);
export type ChannelMethod = z.infer<typeof ChannelMethod>;
/** The channels as officers name them (cách thức thực hiện), in both languages. */
export const CHANNEL_NAMES: Record<ChannelMethod, { vi: string; en: string }> = {
  TRUC_TIEP: { vi: 'Trực tiếp', en: 'In person' },
  BUU_CHINH: { vi: 'Dịch vụ bưu chính', en: 'Postal service' },
  TRUC_TUYEN: { vi: 'Trực tuyến', en: 'Online' },
};

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
  currency: storedText(8),
  perUnit: storedText(200),
  text: storedText(4000),
});
export type Fee = z.infer<typeof Fee>;

export const Channel = z.object({
  method: ChannelMethod,
  timeValue: z.number().nonnegative().nullable(),
  timeUnit: TimeUnit,
  timeText: storedText(2000),
  description: storedText(20000),
  fees: z.array(Fee).max(50),
});
export type Channel = z.infer<typeof Channel>;

export const Step = z.object({
  title: storedText(500),
  text: storedText(20000),
  actor: storedText(500),
  durationValue: z.number().nonnegative().nullable(),
  durationUnit: TimeUnit,
});
export type Step = z.infer<typeof Step>;

export const Component = z.object({
  name: storedText(4000),
  code: storedText(100),
  originalQty: z.number().int().nonnegative(),
  copyQty: z.number().int().nonnegative(),
  copyRequirement: CopyRequirement.nullable(),
  formName: storedText(500),
  isNote: z.boolean(),
  required: z.boolean(),
});
export type Component = z.infer<typeof Component>;

export const ComponentGroup = z.object({
  heading: storedText(1000),
  components: z.array(Component).max(500),
});
export type ComponentGroup = z.infer<typeof ComponentGroup>;

export const LegalBasis = z.object({
  code: storedText(200),
  name: storedText(4000),
  issuer: storedText(500),
  issuedDate: storedText(10),
  effectiveDate: storedText(10),
});
export type LegalBasis = z.infer<typeof LegalBasis>;

export const ProcedureResult = z.object({
  name: storedText(2000),
  code: storedText(100),
});
export type ProcedureResult = z.infer<typeof ProcedureResult>;

/** The shared, unit-independent procedure record (one national TTHC stored once). */
export const ProcedureRecord = z.object({
  code: z.string().regex(PROCEDURE_CODE_RE),
  name: storedText(2000).min(1),
  field: storedText(500),
  fieldCode: storedText(50),
  kind: storedText(200),
  levels: z.array(storedText(100)).max(10),
  subjects: storedText(4000),
  executingAgencies: storedText(4000),
  authorityAgencies: storedText(4000),
  coordinatingAgencies: storedText(4000),
  authorizedAgencies: storedText(4000),
  receivingAddress: storedText(4000),
  issuingAgency: storedText(500),
  conditions: storedText(20000),
  decisionNo: storedText(100),
  decisionDate: storedText(10),
  status: ProcedureStatus,
  legacyCode: storedText(100),
  source: storedText(500),
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
  note: storedText(4000),
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
