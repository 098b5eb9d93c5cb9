/**
 * The two files that travel between a unit and the province (issue 19, "ownership, not merging"):
 *
 * - a **submission** (`.tinhgon`, unit → province): the unit's inventory state and one campaign's results
 *   (marks, cost activities, approvals with their figures as computed when the package was built);
 * - a **plan** (`.tinhgon`, province → unit): the province's review plan for that unit (procedures × deadlines)
 *   and the catalog records of those procedures.
 *
 * Both are gzip of three lines: a magic line, the manifest (JSON), the content (JSON). The manifest's
 * `contentHash` is the SHA-256 of the content line's bytes; the content repeats the manifest's identity, so a
 * manifest edited by hand no longer matches (electron/backend/submission/package-file.ts checks both).
 *
 * Versioning: `formatVersion` is the package format. A reader refuses a newer format with a message; an older
 * one it still reads. Format 1 carries each item's figures in `items[].figures`: those an approval froze
 * (source `approval`, with the parameters it used in `items[].frozen`), else those computed when the package
 * was built (source `packaging`); and the unit's quy trình nội bộ after the marks in `items[].processes`.
 * A later per-item block is added as an optional field under a new format number.
 *
 * Pure zod: no Node (the hash and gzip are the backend's).
 */
import { z } from 'zod';
import { ProcessDto } from '../contract/review-model-schemas';
import { CostComparison } from '../contract/review-schemas';
import {
  InventoryEntry,
  MarkAction,
  MarkTargetKind,
  OnlineLevel,
  ProcedureStatus,
  ReviewStatus,
  UnitLevel,
} from '../domain';

export const SUBMISSION_MAGIC = 'TINHGON-SUBMISSION';
export const PLAN_MAGIC = 'TINHGON-PLAN';
/** The newest package format this build writes and reads. */
export const PACKAGE_FORMAT_VERSION = 1;
export const PACKAGE_EXTENSION = '.tinhgon';

const text = (max: number) => z.string().max(max);
const IsoDateTime = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/);
const IsoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
export const UnitCode = z.string().min(1).max(60);
export const PlanKey = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]{2,79}$/);
export const ContentHash = z.string().regex(/^sha256:[0-9a-f]{64}$/);
/** Exact milli-đồng as a decimal integer string (bigint in the engine; JSON has no bigint). */
const Milli = z.string().regex(/^-?\d{1,24}$/);

/** Who, what and when: in the manifest and, identically, inside the hashed content. */
export const SubmissionIdentity = z
  .object({
    formatVersion: z.number().int().positive(),
    unitCode: UnitCode,
    planKey: PlanKey,
    createdAt: IsoDateTime,
    appVersion: text(40),
    /** The unit database's schema version (SQLite user_version) when the package was built. */
    schemaVersion: z.number().int().nonnegative(),
  })
  .strict();
export type SubmissionIdentity = z.infer<typeof SubmissionIdentity>;

export const SubmissionManifest = SubmissionIdentity.extend({
  unitName: text(300),
  campaignTitle: text(500),
  year: z.number().int(),
  procedures: z.number().int().nonnegative(),
  items: z.number().int().nonnegative(),
  contentHash: ContentHash,
}).strict();
export type SubmissionManifest = z.infer<typeof SubmissionManifest>;

/** One procedure of the unit's live inventory, as the province's statistics need it. */
export const InventoryRow = z
  .object({
    code: text(40),
    name: text(2000),
    field: text(500),
    levels: z.array(text(100)).max(10),
    status: ProcedureStatus,
    version: z.number().int().positive(),
    onlineLevel: OnlineLevel.nullable(),
    oneStop: z.boolean(),
    hasInternalProcess: z.boolean(),
    dossiersPerYear: z.number().int().nonnegative().nullable(),
  })
  .strict();
export type InventoryRow = z.infer<typeof InventoryRow>;

const PackagedActivity = z
  .object({
    ord: z.number().int(),
    name: text(500),
    hoursMilli: z.number().int().nonnegative(),
    serviceCost: z.number().int().nonnegative(),
    otherCost: z.number().int().nonnegative(),
    fee: z.number().int().nonnegative(),
    linkedKind: z.enum(['STEP', 'COMPONENT']).nullable(),
    linkedId: z.number().int().nullable(),
    isOverride: z.boolean(),
  })
  .strict();

const PackagedMark = z
  .object({
    id: z.number().int(),
    targetKind: MarkTargetKind,
    targetId: z.number().int().nullable(),
    action: MarkAction,
    proposedValue: text(4000),
    mergeIntoId: z.number().int().nullable(),
    reason: text(4000),
    legalArticle: text(200),
    legalClause: text(200),
    legalDocument: text(500),
    legalAuthority: text(300),
    targetLabel: text(4000),
  })
  .strict();

/** The figures of one item as the unit computed them (never recomputed at the province). */
export const ItemFigures = z
  .object({
    /** `packaging`: computed when the package was built; `approval`: frozen when the item was approved. */
    source: z.enum(['packaging', 'approval']),
    computedAt: IsoDateTime,
    beforePerYearMilli: Milli,
    afterPerYearMilli: Milli,
    cost: CostComparison,
  })
  .strict();
export type ItemFigures = z.infer<typeof ItemFigures>;

/** What the approval froze the figures with (electron/backend/review/frozen-cost.ts). */
export const FrozenParams = z
  .object({
    frozenAt: IsoDateTime,
    frozenBy: text(200),
    hourlyIncome: z.number().int().nullable(),
    paramValidFrom: IsoDay.nullable(),
    defaultsValidFrom: IsoDay.nullable(),
  })
  .strict();

export const ItemResult = z
  .object({
    code: text(40),
    name: text(2000),
    field: text(500),
    status: ReviewStatus,
    reviewer: text(200),
    deadline: IsoDay.nullable(),
    population: z.number().int().nullable(),
    frequency: z.number().int(),
    dossiersPerYear: z.number().int().nullable(),
    approvedBy: text(200).nullable(),
    approvedAt: text(40).nullable(),
    implementedDecisionNo: text(100).nullable(),
    implementedDecisionDate: text(40).nullable(),
    answers: z
      .array(
        z
          .object({
            questionKey: text(60),
            answerBool: z.number().int().min(0).max(1).nullable(),
            answerText: text(20000),
          })
          .strict(),
      )
      .max(50),
    marks: z.array(PackagedMark).max(500),
    before: z.array(PackagedActivity).max(500),
    after: z.array(PackagedActivity).max(500),
    daysBefore: z.number().nullable(),
    daysAfter: z.number().nullable(),
    kind: z.enum(['ABOLISH', 'REPLACE', 'AMEND']).nullable(),
    figures: ItemFigures.nullable(),
    frozen: FrozenParams.nullable(),
    /** Quy trình nội bộ after the marks (steps removed, shortened, merged), as the review screen shows it. */
    processes: z.array(ProcessDto).max(50),
  })
  .strict();
export type ItemResult = z.infer<typeof ItemResult>;

export const SubmissionContent = z
  .object({
    identity: SubmissionIdentity,
    unit: z.object({ code: UnitCode, name: text(300), level: UnitLevel }).strict(),
    campaign: z
      .object({
        title: text(500),
        year: z.number().int(),
        deadline: IsoDay.nullable(),
        status: z.enum(['OPEN', 'CLOSED']),
      })
      .strict(),
    costParam: z
      .object({ validFrom: IsoDay, hourlyIncome: z.number().int().positive(), note: text(500) })
      .strict()
      .nullable(),
    inventory: z.array(InventoryRow).max(20000),
    items: z.array(ItemResult).max(20000),
  })
  .strict();
export type SubmissionContent = z.infer<typeof SubmissionContent>;

// ---- province → unit ----

export const PlanManifest = z
  .object({
    formatVersion: z.number().int().positive(),
    planKey: PlanKey,
    planVersion: z.number().int().positive(),
    unitCode: UnitCode,
    title: text(500),
    createdAt: IsoDateTime,
    appVersion: text(40),
    contentHash: ContentHash,
  })
  .strict();
export type PlanManifest = z.infer<typeof PlanManifest>;

export const PlanContent = z
  .object({
    plan: z
      .object({
        key: PlanKey,
        version: z.number().int().positive(),
        year: z.number().int().min(2000).max(2100),
        title: text(500),
        deadline: IsoDay.nullable(),
        provinceName: text(300),
      })
      .strict(),
    unitCode: UnitCode,
    /** The procedures this unit reviews, each with its deadline. */
    items: z.array(z.object({ code: text(40), deadline: IsoDay.nullable() }).strict()).max(5000),
    /** The province's catalog records of those procedures (added to the unit's inventory when missing). */
    catalog: z.array(InventoryEntry).max(5000),
  })
  .strict();
export type PlanContent = z.infer<typeof PlanContent>;
