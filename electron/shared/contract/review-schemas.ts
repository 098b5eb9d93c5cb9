/**
 * Output schemas of the review feature's contract (review.ts): campaigns, items, marks, cost DTOs, the
 * before/after view. Split from review.ts only to keep files short; import either.
 */
import { z } from 'zod';
import {
  ChannelMethod,
  CopyRequirement,
  CostScenario,
  MarkAction,
  MarkTargetKind,
  ProfileRole,
  ReviewStatus,
  TimeUnit,
} from '../domain';
import { ReviewModelPart } from './review-model-schemas';

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
    z.object({
      ord: z.number().int(),
      name: z.string(),
      isOverride: z.boolean(),
      timeCost: Money,
      perDossier: Money,
      perYear: Money,
    }),
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

export const Profile = z.object({
  id: z.number().int(),
  name: z.string(),
  role: ProfileRole,
  hasPin: z.boolean(),
  lockedUntil: z.string().nullable(),
});
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
  /** "Rà soát trên phiên bản cũ": the record got a new version (a decision, a national update) since the
   * review started; set until the reviewer confirms or redoes the review. */
  outdated: z.object({ from: z.number().int(), to: z.number().int() }).nullable(),
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

export const CampaignDetail = z.object({
  campaign: CampaignSummary,
  items: z.array(CampaignItem),
  counters: CampaignCounters,
});
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
  derivedKey: z.string().nullable(),
});
export type ActivityRow = z.infer<typeof ActivityRow>;

const ReviewRecord = z.object({
  conditions: z.string(),
  steps: z.array(
    z.object({
      id: z.number().int(),
      title: z.string(),
      actor: z.string(),
      durationValue: z.number().nullable(),
      durationUnit: TimeUnit,
    }),
  ),
  components: z.array(
    z.object({
      id: z.number().int(),
      group: z.string(),
      name: z.string(),
      copyRequirement: CopyRequirement.nullable(),
      originalQty: z.number().int(),
      copyQty: z.number().int(),
      isNote: z.boolean(),
      required: z.boolean(),
    }),
  ),
  channels: z.array(
    z.object({
      id: z.number().int(),
      method: ChannelMethod,
      timeValue: z.number().nullable(),
      timeUnit: TimeUnit,
      timeText: z.string(),
      fees: z.array(
        z.object({ id: z.number().int(), amount: z.number().int().nullable(), text: z.string() }),
      ),
    }),
  ),
});

export const RecordChange = z.object({
  kind: z.enum(['removed', 'changed', 'added']),
  part: z.string(),
  before: z.string(),
  after: z.string(),
});
export type RecordChange = z.infer<typeof RecordChange>;

/** Everything the before/after view of one procedure shows; returned by every edit so the view updates live. */
export const ReviewView = z
  .object({
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
    answers: z.array(
      z.object({
        questionKey: ReviewQuestionKey,
        answerBool: z.boolean().nullable(),
        answerText: z.string(),
      }),
    ),
    activities: z.array(ActivityRow),
    hourlyIncome: CostParamRow.nullable(),
    cost: CostComparison.nullable(),
    /** Why the cost could not be computed (translated), when `cost` is null. */
    costProblem: z.string().nullable(),
    removed: z.array(
      z.object({
        ord: z.number().int(),
        name: z.string(),
        markId: z.number().int().nullable(),
        action: MarkAction,
      }),
    ),
    overridden: z.array(
      z.object({ ord: z.number().int(), name: z.string(), replaces: z.string().nullable() }),
    ),
    daysReductionPct: z.string().nullable(),
    recentReasons: z.array(z.string()),
    changes: z.array(RecordChange),
    /** What changed in the record since the version the review started from (empty unless outdated). */
    outdatedChanges: z.array(RecordChange),
  })
  .extend(ReviewModelPart.shape);
export type ReviewView = z.infer<typeof ReviewView>;

export * from './review-model-schemas';
