/**
 * Capabilities of the "review" feature (rà soát, đơn giản hóa TTHC; domain.md §2): campaigns, element marks,
 * review-form answers, compliance cost (SCM), profiles/PIN and the workflow transitions.
 * Handlers: electron/backend/review. Money in DTOs is whole đồng plus the exact decimal string (cost/dto.ts).
 */
import { z } from 'zod';
import { CopyRequirement, CostScenario, MarkAction, MarkTargetKind, ProfileRole, ReviewStatus, TimeUnit } from '../domain';
import { Empty, Id, IsoDate, Ok, nfc } from './common';
import { method } from './define';

/** Questions of the "Biểu mẫu rà soát, đánh giá TTHC" (domain.md §2.3); labels live in the renderer catalogue. */
export const REVIEW_QUESTION_KEYS = [
  'legalBasis',
  'necessity',
  'nameClear',
  'stepsClear',
  'channels',
  'components',
  'timeLimit',
  'agencies',
  'subjects',
  'fees',
  'forms',
  'conditions',
  'result',
  'legality',
  'proposal',
  'contact',
] as const;
export const ReviewQuestionKey = z.enum(REVIEW_QUESTION_KEYS);
export type ReviewQuestionKey = z.infer<typeof ReviewQuestionKey>;

const Money = z.object({ dong: z.number(), exact: z.string() });
const Scenario = z.object({
  hourlyIncome: z.number().int(),
  population: z.number().int(),
  frequency: z.number().int(),
  totalHoursMilli: z.number().int(),
  timeCost: Money,
  serviceCost: Money,
  otherCost: Money,
  fee: Money,
  perDossier: Money,
  perYear: Money,
  rows: z.array(
    z.object({ ord: z.number().int(), name: z.string(), isOverride: z.boolean(), timeCost: Money, perDossier: Money, perYear: Money }),
  ),
});
export const CostComparison = z.object({
  before: Scenario,
  after: Scenario,
  perDossierSaving: Money,
  saving: Money,
  reductionBp: z.number().int().nullable(),
  reductionPct: z.string().nullable(),
});
export type CostComparison = z.infer<typeof CostComparison>;

export const Profile = z.object({ id: z.number().int(), name: z.string(), role: ProfileRole, hasPin: z.boolean(), lockedUntil: z.string().nullable() });
export type Profile = z.infer<typeof Profile>;

export const CostParamRow = z.object({
  id: z.number().int(),
  validFrom: z.string(),
  monthlyIncome: z.number().int().nullable(),
  workingDays: z.number().int(),
  hoursPerDay: z.number().int(),
  hourlyIncome: z.number().int(),
  note: z.string(),
});
export type CostParamRow = z.infer<typeof CostParamRow>;

const StatusCounts = z.record(ReviewStatus, z.number().int());
export const CampaignSummary = z.object({
  id: z.number().int(),
  unitId: z.number().int(),
  year: z.number().int(),
  title: z.string(),
  deadline: z.string().nullable(),
  status: z.enum(['OPEN', 'CLOSED']),
  itemCount: z.number().int(),
  statusCounts: StatusCounts,
  /** Items proposed, approved or implemented, in hundredths of a percent of all items. */
  progressBp: z.number().int(),
});
export type CampaignSummary = z.infer<typeof CampaignSummary>;

export const CampaignItem = z.object({
  id: z.number().int(),
  campaignId: z.number().int(),
  procedureId: z.number().int(),
  code: z.string(),
  name: z.string(),
  field: z.string(),
  reviewer: z.string(),
  deadline: z.string().nullable(),
  status: ReviewStatus,
  markCount: z.number().int(),
  /** Per year, whole đồng; null when the cost cannot be computed yet (no activities, no income, population). */
  costBefore: z.number().nullable(),
  costAfter: z.number().nullable(),
  reductionPct: z.string().nullable(),
  daysBefore: z.number().nullable(),
  daysAfter: z.number().nullable(),
});
export type CampaignItem = z.infer<typeof CampaignItem>;

/** The report-level counters of domain.md §2.6. */
export const CampaignCounters = z.object({
  reviewed: z.number().int(),
  proposalsByAction: z.record(MarkAction, z.number().int()),
  proceduresProposed: z.number().int(),
  componentsCut: z.number().int(),
  daysBefore: z.number(),
  daysAfter: z.number(),
  daysCut: z.number(),
  daysPct: z.string().nullable(),
  costBefore: Money,
  costAfter: Money,
  saving: Money,
  reductionPct: z.string().nullable(),
});
export type CampaignCounters = z.infer<typeof CampaignCounters>;

export const CampaignDetail = z.object({ campaign: CampaignSummary, items: z.array(CampaignItem), counters: CampaignCounters });
export type CampaignDetail = z.infer<typeof CampaignDetail>;

export const MarkRow = z.object({
  id: z.number().int(),
  targetKind: MarkTargetKind,
  targetId: z.number().int().nullable(),
  action: MarkAction,
  proposedValue: z.string(),
  mergeIntoId: z.number().int().nullable(),
  reason: z.string(),
  legalArticle: z.string(),
  legalClause: z.string(),
  legalDocument: z.string(),
  legalAuthority: z.string(),
  updatedAt: z.string(),
});
export type MarkRow = z.infer<typeof MarkRow>;

export const ActivityRow = z.object({
  id: z.number().int(),
  scenario: CostScenario,
  ord: z.number().int(),
  name: z.string(),
  hoursMilli: z.number().int(),
  serviceCost: z.number().int(),
  otherCost: z.number().int(),
  fee: z.number().int(),
  linkedKind: z.enum(['STEP', 'COMPONENT']).nullable(),
  linkedId: z.number().int().nullable(),
  isOverride: z.boolean(),
});
export type ActivityRow = z.infer<typeof ActivityRow>;

const ReviewRecord = z.object({
  conditions: z.string(),
  steps: z.array(z.object({ id: z.number().int(), title: z.string(), actor: z.string(), durationValue: z.number().nullable(), durationUnit: TimeUnit })),
  components: z.array(
    z.object({
      id: z.number().int(),
      group: z.string(),
      name: z.string(),
      copyRequirement: CopyRequirement.nullable(),
      originalQty: z.number().int(),
      copyQty: z.number().int(),
    }),
  ),
  channels: z.array(
    z.object({
      id: z.number().int(),
      method: z.string(),
      timeValue: z.number().nullable(),
      timeUnit: TimeUnit,
      timeText: z.string(),
      fees: z.array(z.object({ id: z.number().int(), amount: z.number().int().nullable(), text: z.string() })),
    }),
  ),
});

export const RecordChange = z.object({ kind: z.enum(['removed', 'changed', 'added']), part: z.string(), before: z.string(), after: z.string() });
export type RecordChange = z.infer<typeof RecordChange>;

/** Everything the before/after view of one procedure shows; returned by every edit so the view updates live. */
export const ReviewView = z.object({
  item: CampaignItem.extend({
    unitId: z.number().int(),
    campaignTitle: z.string(),
    population: z.number().int().nullable(),
    populationOverride: z.number().int().nullable(),
    frequency: z.number().int(),
    daysAfterOverride: z.number().nullable(),
    returnComment: z.string(),
    approvedBy: z.string().nullable(),
    approvedAt: z.string().nullable(),
    implementedDecisionNo: z.string().nullable(),
    implementedDecisionDate: z.string().nullable(),
    locked: z.boolean(),
  }),
  /** The published record the marks refer to (the version before implementation once implemented). */
  record: ReviewRecord,
  marks: z.array(MarkRow),
  answers: z.array(z.object({ questionKey: ReviewQuestionKey, answerBool: z.boolean().nullable(), answerText: z.string() })),
  activities: z.array(ActivityRow),
  hourlyIncome: CostParamRow.nullable(),
  cost: CostComparison.nullable(),
  /** Why the cost could not be computed (translated), when `cost` is null. */
  costProblem: z.string().nullable(),
  removed: z.array(z.object({ ord: z.number().int(), name: z.string(), markId: z.number().int().nullable(), action: MarkAction })),
  overridden: z.array(z.object({ ord: z.number().int(), name: z.string(), replaces: z.string().nullable() })),
  daysReductionPct: z.string().nullable(),
  recentReasons: z.array(z.string()),
  changes: z.array(RecordChange),
});
export type ReviewView = z.infer<typeof ReviewView>;

const ItemRef = { itemId: Id };
const Money$ = z.number().int(); // validated by the cost engine for a clear message (negative → COST_INVALID)
const Hours = z.union([z.number(), nfc(20)]);

export const MarkInput = z
  .object({
    ...ItemRef,
    targetKind: MarkTargetKind,
    targetId: z.number().int().positive().nullable(),
    action: MarkAction,
    proposedValue: nfc(4000).default(''),
    mergeIntoId: z.number().int().positive().nullable().default(null),
    reason: nfc(4000).default(''),
    legalArticle: nfc(200).default(''),
    legalClause: nfc(200).default(''),
    legalDocument: nfc(500).default(''),
    legalAuthority: nfc(300).default(''),
  })
  .strict();

export const TransitionAction = z.enum(['submit', 'approve', 'return', 'implement']);
export type TransitionAction = z.infer<typeof TransitionAction>;

export const reviewContract = {
  'profiles.list': method(Empty, z.object({ profiles: z.array(Profile), currentName: z.string(), currentRole: ProfileRole })),
  /** A manager needs a PIN (4–12 digits), stored as a salted scrypt hash. */
  'profiles.create': method(
    z.object({ name: nfc(100), role: ProfileRole, pin: z.string().max(12).optional() }).strict(),
    Profile,
    { mutates: true },
  ),
  /** Becoming a manager asks for the PIN (five wrong PINs in a row → 60 s lockout). */
  'profiles.switch': method(z.object({ profileId: Id, pin: z.string().max(12).optional() }).strict(), Ok, { mutates: true }),

  'cost.listParams': method(Empty, z.array(CostParamRow)),
  /** Dated hourly income: either entered (hourlyIncome) or monthly ÷ working days ÷ hours, rounded to whole đồng. */
  'cost.setParams': method(
    z
      .object({
        validFrom: IsoDate,
        monthlyIncome: z.number().int().nullable().default(null),
        hourlyIncome: z.number().int().nullable().default(null),
        workingDays: z.number().int().default(22),
        hoursPerDay: z.number().int().default(8),
        note: nfc(500).default(''),
      })
      .strict(),
    CostParamRow,
    { mutates: true },
  ),
  /** Adds (no id) or replaces an activity row; an AFTER row is an officer override of the derived scenario. */
  'cost.saveActivity': method(
    z
      .object({
        ...ItemRef,
        id: Id.optional(),
        scenario: CostScenario,
        ord: z.number().int().min(1).max(999),
        name: nfc(500).pipe(z.string().min(1)),
        hours: Hours,
        serviceCost: Money$.default(0),
        otherCost: Money$.default(0),
        fee: Money$.default(0),
        linkedKind: z.enum(['STEP', 'COMPONENT']).nullable().default(null),
        linkedId: z.number().int().positive().nullable().default(null),
      })
      .strict(),
    ReviewView,
    { mutates: true },
  ),
  'cost.deleteActivity': method(z.object({ ...ItemRef, id: Id }).strict(), ReviewView, { mutates: true }),
  /** The cost of a procedure in the unit's latest campaign that reviews it (what `cli cost` prints). */
  'cost.byCode': method(
    z.object({ unitId: Id, code: nfc(40) }).strict(),
    z.object({
      code: z.string(),
      name: z.string(),
      itemId: z.number().int(),
      cost: CostComparison,
      daysBefore: z.number().nullable(),
      daysAfter: z.number().nullable(),
    }),
  ),

  'campaigns.list': method(z.object({ unitId: Id }).strict(), z.array(CampaignSummary)),
  /** A new plan; procedures picked by id and/or by an inventory search (accent-insensitive, like the grid). */
  'campaigns.create': method(
    z
      .object({
        unitId: Id,
        year: z.number().int().min(2000).max(2100),
        title: nfc(500).pipe(z.string().min(1)),
        deadline: IsoDate.nullable().default(null),
        procedureIds: z.array(Id).max(5000).default([]),
        search: nfc(500).optional(),
        reviewer: nfc(200).default(''),
      })
      .strict(),
    CampaignDetail,
    { mutates: true },
  ),
  'campaigns.get': method(z.object({ campaignId: Id }).strict(), CampaignDetail),
  'campaigns.addItems': method(z.object({ campaignId: Id, procedureIds: z.array(Id).min(1).max(5000) }).strict(), CampaignDetail, {
    mutates: true,
  }),
  /** Per-procedure settings: reviewer, deadline, population (null = the inventory's dossiers/year), frequency, days after. */
  'campaigns.updateItem': method(
    z
      .object({
        ...ItemRef,
        reviewer: nfc(200).optional(),
        deadline: IsoDate.nullable().optional(),
        population: z.number().int().nullable().optional(),
        frequency: z.number().int().optional(),
        daysAfter: z.number().nullable().optional(),
      })
      .strict(),
    ReviewView,
    { mutates: true },
  ),

  'review.get': method(z.object(ItemRef).strict(), ReviewView),
  /** Adds or replaces the mark on one element; a non-KEEP mark needs a reason. Never touches the record. */
  'review.setMark': method(MarkInput, ReviewView, { mutates: true }),
  'review.deleteMark': method(z.object({ ...ItemRef, markId: Id }).strict(), ReviewView, { mutates: true }),
  'review.saveAnswers': method(
    z
      .object({
        ...ItemRef,
        answers: z
          .array(z.object({ questionKey: ReviewQuestionKey, answerBool: z.boolean().nullable(), answerText: nfc(20000) }).strict())
          .max(50),
      })
      .strict(),
    ReviewView,
    { mutates: true },
  ),
  /** submit (officer) → approve / return (manager, PIN) → implement (manager, PIN, decision no. and date). */
  'review.transition': method(
    z
      .object({
        ...ItemRef,
        action: TransitionAction,
        pin: z.string().max(12).optional(),
        comment: nfc(4000).default(''),
        decisionNo: nfc(100).default(''),
        decisionDate: IsoDate.optional(),
      })
      .strict(),
    ReviewView,
    { mutates: true },
  ),
  /** Old versions of a procedure record kept at implementation, each with its diff to the next version. */
  'review.versions': method(
    z.object({ procedureId: Id }).strict(),
    z.array(
      z.object({
        version: z.number().int(),
        decisionNo: z.string(),
        decisionDate: z.string(),
        createdAt: z.string(),
        changes: z.array(RecordChange),
      }),
    ),
  ),
};
