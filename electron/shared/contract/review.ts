/**
 * Capabilities of the "review" feature (rà soát, đơn giản hóa TTHC; domain.md §2): campaigns, element marks,
 * review-form answers, compliance cost (SCM), profiles/PIN and the workflow transitions.
 * Handlers: electron/backend/review. Money in DTOs is whole đồng plus the exact decimal string (cost/dto.ts).
 */
import { z } from 'zod';
import { ChannelMethod, CostScenario, MarkAction, MarkTargetKind, ProfileRole } from '../domain';
import { Empty, Id, IsoDate, Ok, nfc } from './common';
import { method } from './define';
import {
  CampaignDetail,
  CampaignSummary,
  CostComparison,
  CostDefaultsDto,
  CostRowDto,
  CostParamRow,
  Profile,
  RecordChange,
  ReviewQuestionKey,
  ReviewView,
} from './review-schemas';
import { StepKind } from './review-model-schemas';

export * from './review-schemas';

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
  'profiles.list': method(
    Empty,
    z.object({ profiles: z.array(Profile), currentName: z.string(), currentRole: ProfileRole }),
  ),
  /** A manager needs a PIN (4–12 digits), stored as a salted scrypt hash. */
  'profiles.create': method(
    z.object({ name: nfc(100), role: ProfileRole, pin: z.string().max(12).optional() }).strict(),
    Profile,
    { mutates: true },
  ),
  /** Becoming a manager asks for the PIN (five wrong PINs in a row → 60 s lockout). */
  'profiles.switch': method(z.object({ profileId: Id, pin: z.string().max(12).optional() }).strict(), Ok, {
    mutates: true,
  }),

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
        /** Overrides the derived activity with this key ("INFO", "COMPONENT:12", "SUBMIT", "FEES") in `scenario`. */
        derivedKey: nfc(60).nullable().default(null),
      })
      .strict(),
    ReviewView,
    { mutates: true },
  ),
  /** The unit's dated default hours and costs of the derived activities (domain.md §8.4), newest first. */
  'cost.listDefaults': method(z.object({ unitId: Id }).strict(), z.array(CostDefaultsDto)),
  /** A new dated row of default hours (hours as typed, "0,75"; money in whole đồng). */
  'cost.setDefaults': method(
    z
      .object({
        unitId: Id,
        validFrom: IsoDate,
        values: z.record(z.string(), z.union([z.number(), nfc(20)])),
        note: nfc(500).default(''),
      })
      .strict(),
    CostDefaultsDto,
    { mutates: true },
  ),
  /** "Tính lại theo tham số mới": re-freezes an approved plan's figures with today's parameters (manager, PIN). */
  'review.recompute': method(
    z.object({ ...ItemRef, pin: z.string().max(12).optional() }).strict(),
    ReviewView,
    {
      mutates: true,
    },
  ),
  'cost.deleteActivity': method(z.object({ ...ItemRef, id: Id }).strict(), ReviewView, { mutates: true }),
  /**
   * The cost of any procedure of the unit (what `cli cost` prints): from the unit's latest plan that reviews it
   * (its marks, overrides, frozen figures once approved), else derived from the record with no marks.
   */
  'cost.byCode': method(
    z.object({ unitId: Id, code: nfc(40) }).strict(),
    z.object({
      code: z.string(),
      name: z.string(),
      itemId: z.number().int().nullable(),
      mode: z.enum(['DERIVED', 'HAND']),
      frozen: z.boolean(),
      cost: CostComparison,
      daysBefore: z.number().nullable(),
      daysAfter: z.number().nullable(),
      activities: z.object({ before: z.array(CostRowDto), after: z.array(CostRowDto) }),
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
  'campaigns.addItems': method(
    z.object({ campaignId: Id, procedureIds: z.array(Id).min(1).max(5000) }).strict(),
    CampaignDetail,
    {
      mutates: true,
    },
  ),
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
  /**
   * What a citizen step costs, where the guess from its text is wrong: its kind (null = back to the guess) and
   * the channels it belongs to (empty = every channel). A record edit: one undo step, audited.
   */
  'review.setStepKind': method(
    z
      .object({
        ...ItemRef,
        stepId: Id,
        kind: StepKind.nullable(),
        channels: z
          .array(ChannelMethod)
          .max(3)
          .refine((l) => new Set(l).size === l.length)
          .default([]),
      })
      .strict(),
    ReviewView,
    { mutates: true },
  ),
  'review.saveAnswers': method(
    z
      .object({
        ...ItemRef,
        answers: z
          .array(
            z
              .object({
                questionKey: ReviewQuestionKey,
                answerBool: z.boolean().nullable(),
                answerText: nfc(20000),
              })
              .strict(),
          )
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
  /**
   * Settles a review flagged "rà soát trên phiên bản cũ": confirm it holds on the current text, or redo it
   * (its proposals are cleared and it goes back to "đang rà soát").
   */
  'review.settleOutdated': method(z.object({ ...ItemRef, redo: z.boolean() }).strict(), ReviewView, {
    mutates: true,
  }),
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
