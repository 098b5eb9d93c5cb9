/**
 * Capabilities of the province server ("Tổng hợp", issue 19): a contract of its own, served only by
 * `npm run server` (electron/server) over its session-cookie /rpc, never by the desktop app's dispatcher.
 * Officers see every unit; a unit's submitting account only its own history. Uploading a package goes
 * through POST /api/submissions (CLI and app) or `province.submissions.upload` (an officer, a file on USB).
 */
import { z } from 'zod';
import { ReportPreview } from './reports';
import { Empty, Id, IsoDate, Ok, nfc } from './common';
import { method } from './define';
import { UnitLevel } from '../domain';

export const AccountRole = z.enum(['admin', 'officer', 'unit']);
export type AccountRole = z.infer<typeof AccountRole>;

const Money = z.object({ dong: z.number(), exact: z.string() });
/** Σ over items: counts, Σ before / Σ after / Σ saving (exact) and the rate Σ saving / Σ before. */
export const Totals = z.object({
  items: z.number().int(),
  reviewed: z.number().int(),
  proposed: z.number().int(),
  approved: z.number().int(),
  withCost: z.number().int(),
  before: Money,
  after: Money,
  saving: Money,
  reductionBp: z.number().int().nullable(),
  reductionPct: z.string().nullable(),
});
export type Totals = z.infer<typeof Totals>;

export const Me = z.object({
  name: z.string(),
  role: AccountRole,
  unitCode: z.string().nullable(),
  unitName: z.string().nullable(),
  provinceName: z.string(),
});
export type Me = z.infer<typeof Me>;

export const PlanSummary = z.object({
  id: z.number().int(),
  key: z.string(),
  title: z.string(),
  year: z.number().int(),
  deadline: z.string().nullable(),
  version: z.number().int(),
  publishedAt: z.string(),
  units: z.number().int(),
  procedures: z.number().int(),
  received: z.number().int(),
});
export type PlanSummary = z.infer<typeof PlanSummary>;

export const UnitStatus = z.object({
  unitCode: z.string(),
  unitName: z.string(),
  assigned: z.number().int(),
  status: z.enum(['NOT_RECEIVED', 'RECEIVED']),
  version: z.number().int().nullable(),
  versions: z.number().int(),
  receivedAt: z.string().nullable(),
  createdAt: z.string().nullable(),
  receivedBy: z.string().nullable(),
  totals: Totals.nullable(),
});
export type UnitStatus = z.infer<typeof UnitStatus>;

export const SubmissionVersion = z.object({
  id: z.number().int(),
  version: z.number().int(),
  current: z.boolean(),
  supersededBy: z.number().int().nullable(),
  contentHash: z.string(),
  createdAt: z.string(),
  receivedAt: z.string(),
  receivedBy: z.string(),
  appVersion: z.string(),
  items: z.number().int(),
  procedures: z.number().int(),
});
export type SubmissionVersion = z.infer<typeof SubmissionVersion>;

export const GroupTotals = z.object({ key: z.string(), label: z.string(), totals: Totals });
export type GroupTotals = z.infer<typeof GroupTotals>;

/** Procedures per page of the Đề xuất trùng list. */
export const OVERLAPS_PAGE = 50;

/** A procedure proposed by several units: how many, of which kind, and Σ of their figures. */
export const OverlapProcedure = z.object({
  code: z.string(),
  name: z.string(),
  field: z.string(),
  units: z.number().int(),
  kinds: z.object({ ABOLISH: z.number().int(), REPLACE: z.number().int(), AMEND: z.number().int() }),
  /** Units whose cost could be computed, and Σ before/after over them; the rate is Σ saving / Σ before. */
  withCost: z.number().int(),
  before: z.number(),
  after: z.number(),
  reductionPct: z.string().nullable(),
});
export type OverlapProcedure = z.infer<typeof OverlapProcedure>;

/** One procedure's proposals, the units side by side. */
export const Overlap = z.object({
  code: z.string(),
  name: z.string(),
  field: z.string(),
  units: z.array(
    z.object({
      unitCode: z.string(),
      unitName: z.string(),
      status: z.string(),
      kind: z.string().nullable(),
      proposals: z.array(z.string()),
      before: z.number().nullable(),
      after: z.number().nullable(),
      reductionPct: z.string().nullable(),
    }),
  ),
});
export type Overlap = z.infer<typeof Overlap>;

export const SubmissionAck = z.object({
  outcome: z.enum(['stored', 'duplicate', 'unchanged']),
  submissionId: z.number().int(),
  version: z.number().int(),
  current: z.boolean(),
  unitCode: z.string(),
  planKey: z.string(),
  receivedAt: z.string(),
});
export type SubmissionAck = z.infer<typeof SubmissionAck>;

export const ProvinceReportId = z.enum(['plan', 'review-results', 'statistics']);
export type ProvinceReportId = z.infer<typeof ProvinceReportId>;

const PlanId = { planId: Id };
/** The one password rule (screens, --init-admin and the server's `accounts` commands). */
export const Password = z.string().min(8).max(200);
export const AccountName = nfc(60).pipe(z.string().regex(/^[\p{L}\p{N}._@-]{3,60}$/u));
const FileUpload = { fileName: nfc(260), dataBase64: z.string().max(96 * 1024 * 1024) };

export const provinceContract = {
  'province.me': method(Empty, Me),
  'province.plans.list': method(Empty, z.array(PlanSummary)),
  /** A new plan (no planId) or a new version of one: its units × procedures, each with the plan's deadline. */
  'province.plans.publish': method(
    z
      .object({
        planId: Id.optional(),
        year: z.number().int().min(2000).max(2100),
        title: nfc(500).pipe(z.string().trim().min(1)),
        deadline: IsoDate.nullable().default(null),
        unitCodes: z.array(nfc(60)).min(1).max(5000),
        codes: z.array(nfc(40)).min(1).max(5000),
      })
      .strict(),
    PlanSummary,
    { mutates: true },
  ),
  'province.status': method(z.object(PlanId).strict(), z.array(UnitStatus)),
  'province.history': method(z.object({ ...PlanId, unitCode: nfc(60) }).strict(), z.array(SubmissionVersion)),
  /** Σ before/after/saving of the current submissions: the whole plan, by lĩnh vực and by unit. */
  'province.summary': method(
    z.object(PlanId).strict(),
    z.object({ total: Totals, byField: z.array(GroupTotals), byUnit: z.array(GroupTotals) }),
  ),
  /** Procedures proposed by several units, the most units first, one page at a time. */
  'province.overlaps': method(
    z
      .object({
        ...PlanId,
        offset: z.number().int().min(0).default(0),
        limit: z.number().int().min(1).max(500).default(OVERLAPS_PAGE),
      })
      .strict(),
    z.object({ total: z.number().int(), rows: z.array(OverlapProcedure) }),
  ),
  /** One of those procedures: every unit's proposals and figures, side by side. */
  'province.overlaps.units': method(z.object({ ...PlanId, code: nfc(40) }).strict(), Overlap),
  'province.reports.preview': method(
    z.object({ ...PlanId, report: ProvinceReportId }).strict(),
    ReportPreview,
  ),
  'province.reports.export': method(
    z.object({ ...PlanId, report: ProvinceReportId }).strict(),
    z.object({ url: z.string(), fileName: z.string(), rows: z.number().int(), sheets: z.array(z.string()) }),
  ),
  /** The plan package of one unit, for a commune without connection (USB / e-mail). */
  'province.plans.package': method(
    z.object({ ...PlanId, unitCode: nfc(60) }).strict(),
    z.object({ url: z.string(), fileName: z.string() }),
  ),
  /** A unit's package brought on USB or by e-mail, stored exactly as an upload would be. */
  'province.submissions.upload': method(z.object(FileUpload).strict(), SubmissionAck, { mutates: true }),
  'province.units.list': method(
    Empty,
    z.array(z.object({ code: z.string(), name: z.string(), level: UnitLevel, accounts: z.number().int() })),
  ),
  'province.units.save': method(
    z
      .object({
        code: nfc(60).pipe(z.string().trim().min(1)),
        name: nfc(300).pipe(z.string().trim().min(1)),
        level: UnitLevel,
      })
      .strict(),
    Ok,
    { mutates: true },
  ),
  'province.accounts.list': method(
    Empty,
    z.array(
      z.object({
        name: z.string(),
        role: AccountRole,
        unitCode: z.string().nullable(),
        disabled: z.boolean(),
        createdAt: z.string(),
      }),
    ),
  ),
  'province.accounts.create': method(
    z
      .object({
        name: AccountName,
        role: AccountRole,
        unitCode: nfc(60).nullable().default(null),
        password: Password,
      })
      .strict(),
    Ok,
    { mutates: true },
  ),
  'province.accounts.setPassword': method(z.object({ name: AccountName, password: Password }).strict(), Ok, {
    mutates: true,
  }),
  'province.accounts.setDisabled': method(
    z.object({ name: AccountName, disabled: z.boolean() }).strict(),
    Ok,
    { mutates: true },
  ),
  'province.catalog.list': method(
    z
      .object({ search: nfc(200).default(''), limit: z.number().int().min(1).max(5000).default(200) })
      .strict(),
    z.object({
      total: z.number().int(),
      rows: z.array(z.object({ code: z.string(), name: z.string(), field: z.string() })),
    }),
  ),
  /** The national portal's JSONL export or a JSON array of records: added or replaced by code. */
  'province.catalog.load': method(
    z.object(FileUpload).strict(),
    z.object({ added: z.number().int(), updated: z.number().int(), skipped: z.number().int() }),
    { mutates: true },
  ),
  'province.audit.list': method(
    z.object({ limit: z.number().int().min(1).max(500).default(100) }).strict(),
    z.array(
      z.object({
        id: z.number().int(),
        at: z.string(),
        actor: z.string(),
        action: z.string(),
        entity: z.string(),
        entityKey: z.string().nullable(),
        detail: z.string(),
        remote: z.string().nullable(),
      }),
    ),
  ),
};

export type ProvinceContract = typeof provinceContract;
export type ProvinceMethod = keyof ProvinceContract;
export type ProvinceInputOf<M extends ProvinceMethod> = z.input<ProvinceContract[M]['input']>;
/** What a handler receives (after validation, defaults and NFC transforms). */
export type ProvinceParsedInputOf<M extends ProvinceMethod> = z.output<ProvinceContract[M]['input']>;
export type ProvinceOutputOf<M extends ProvinceMethod> = z.output<ProvinceContract[M]['output']>;

export function isProvinceMethod(name: unknown): name is ProvinceMethod {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(provinceContract, name);
}

/** The province server's HTTP paths besides the static renderer. */
export const PROVINCE_PATHS = {
  rpc: '/rpc',
  login: '/api/login',
  logout: '/api/logout',
  submissions: '/api/submissions',
  plans: '/api/plans',
} as const;
