/**
 * Output shapes of the step-level process model in the review view (issue 14): the cost rows before and after
 * (derived defaults, overrides, hand-entered), the internal process after the marks, the days per channel, the
 * default hours in force and what an approval froze. Split from review-schemas.ts to keep files short.
 */
import { z } from 'zod';
import { STEP_KINDS } from '../cost/step-class';
import { ChannelMethod, MarkAction } from '../domain';

const Money = z.object({ dong: z.number(), exact: z.string() });

export const CostRowDto = z.object({
  key: z.string(),
  ord: z.number().int(),
  name: z.string(),
  hoursMilli: z.number().int(),
  serviceCost: z.number().int(),
  otherCost: z.number().int(),
  fee: z.number().int(),
  origin: z.enum(['DEFAULT', 'OVERRIDE', 'ADDED', 'HAND']),
  rule: z.string(),
  copies: z.number().int(),
  channelMethod: ChannelMethod.nullable(),
  linkedKind: z.enum(['STEP', 'COMPONENT']).nullable(),
  linkedId: z.number().int().nullable(),
  markId: z.number().int().nullable(),
  perDossier: Money.nullable(),
});
export type CostRowDto = z.infer<typeof CostRowDto>;

const StepTimeDto = z.object({
  unit: z.enum(['HOUR', 'WORKING_DAY', 'NOT_COUNTED']),
  milli: z.number().int().nullable(),
});

export const ProcessStepDto = z.object({
  id: z.number().int(),
  ord: z.number().int(),
  work: z.string(),
  responsible: z.string(),
  time: StepTimeDto,
  timeText: z.string(),
  result: z.string(),
  fate: z.enum(['KEPT', 'REMOVED', 'SHORTENED', 'MERGED']),
  timeAfter: StepTimeDto.nullable(),
  mergedIntoId: z.number().int().nullable(),
  markId: z.number().int().nullable(),
  reason: z.string(),
  /** The citizen step whose mark reached this internal step. */
  viaStepId: z.number().int().nullable(),
});
export type ProcessStepDto = z.infer<typeof ProcessStepDto>;

export const ProcessDto = z.object({
  id: z.number().int(),
  name: z.string(),
  /** The channels this variant gives the days of; empty = every channel without its own. */
  channels: z.array(ChannelMethod),
  source: z.string(),
  statedTotal: z.string(),
  hoursBeforeMilli: z.number().int(),
  hoursAfterMilli: z.number().int(),
  steps: z.array(ProcessStepDto),
});
export type ProcessDto = z.infer<typeof ProcessDto>;

export const ChannelDaysDto = z.object({
  channelId: z.number().int(),
  method: ChannelMethod,
  legalDays: z.number().nullable(),
  legalUnit: z.enum(['WORKING_DAY', 'CALENDAR_DAY']).nullable(),
  /** A bare number in the record ("7"), read as working days. */
  legalUnitAssumed: z.boolean(),
  proposedLegalDays: z.number().nullable(),
  processId: z.number().int().nullable(),
  daysBefore: z.number().nullable(),
  daysAfter: z.number().nullable(),
  sourceBefore: z.enum(['PROCESS', 'LEGAL']).nullable(),
  sourceAfter: z.enum(['PROCESS', 'LEGAL', 'MARK', 'STEPS']).nullable(),
  /** The after days count an even share for a marked step that states no time (an estimate). */
  estimated: z.boolean(),
  /** What one dossier costs on this channel (its own trips and fees, the rest shared), whole đồng; null: no cost. */
  costBefore: z.number().int().nullable(),
  costAfter: z.number().int().nullable(),
  feeBefore: z.number().int().nullable(),
  feeAfter: z.number().int().nullable(),
  problems: z.array(
    z.object({
      code: z.enum(['PROCESS_OVER', 'PROCESS_UNDER', 'UNITS_DIFFER', 'AFTER_OVER']),
      legalDays: z.number(),
      processDays: z.number(),
    }),
  ),
});
export type ChannelDaysDto = z.infer<typeof ChannelDaysDto>;

export const CostDefaultsDto = z.object({
  validFrom: z.string().nullable(),
  infoHoursMilli: z.number().int(),
  formHoursMilli: z.number().int(),
  originalHoursMilli: z.number().int(),
  copyHoursMilli: z.number().int(),
  copyCost: z.number().int(),
  certifiedHoursMilli: z.number().int(),
  certifiedFee: z.number().int(),
  agencyHoursMilli: z.number().int(),
  agencyCost: z.number().int(),
  tripHoursMilli: z.number().int(),
  tripCost: z.number().int(),
  postHoursMilli: z.number().int(),
  postCost: z.number().int(),
  onlineSubmitHoursMilli: z.number().int(),
  onlineResultHoursMilli: z.number().int(),
  note: z.string(),
});
export type CostDefaultsDto = z.infer<typeof CostDefaultsDto>;

export const FrozenDto = z.object({
  frozenAt: z.string(),
  frozenBy: z.string(),
  hourlyIncome: z.number().int().nullable(),
  paramValidFrom: z.string().nullable(),
  defaultsValidFrom: z.string().nullable(),
  newer: z
    .object({
      hourlyIncome: z.number().int().nullable(),
      paramValidFrom: z.string().nullable(),
      defaultsValidFrom: z.string().nullable(),
    })
    .nullable(),
});

export const StepKind = z.enum(STEP_KINDS);

/** One citizen step: what it costs (guessed or set by the officer) and what a mark on it changed, or why not. */
export const CitizenStepDto = z.object({
  stepId: z.number().int(),
  ord: z.number().int(),
  kind: StepKind,
  channels: z.array(ChannelMethod),
  guessed: z.boolean(),
  days: z.number().nullable(),
  /** No time of its own and no process: the even share of the channel's time a mark would cut (an estimate). */
  estimate: z.object({ days: z.number(), legalDays: z.number(), steps: z.number().int() }).nullable(),
  internalStepIds: z.array(z.number().int()),
  markId: z.number().int().nullable(),
  action: z.string().nullable(),
  effect: z
    .object({
      rowKeys: z.array(z.string()),
      internalStepIds: z.array(z.number().int()),
      hoursMilli: z.number().int(),
      money: z.number().int(),
      officeHoursMilli: z.number().int(),
      /** Saved per dossier on the channels other than the cost channel (their own trips and fees). */
      channels: z.array(
        z.object({ channelId: z.number().int(), hoursMilli: z.number().int(), money: z.number().int() }),
      ),
      dayCuts: z.array(
        z.object({
          channelId: z.number().int(),
          days: z.number(),
          /** An even share: `legalDays` left unstated by the channel's office steps over `steps` of them. */
          estimate: z.object({ legalDays: z.number(), steps: z.number().int() }).nullable(),
        }),
      ),
    })
    .nullable(),
  reason: z
    .object({
      code: z.enum([
        'NOTE_STEP',
        'OTHER_CHANNEL',
        'OWN_MARK',
        'OTHER_STEP',
        'NO_PROCESS',
        'NO_LEGAL_DAYS',
        'NO_INTERNAL_MATCH',
        'SHARED_PROCESS',
        'MERGE_KEEPS',
        'NEEDS_VALUE',
        'DOCS_ONE_BY_ONE',
        'PAY_ONLINE_SAME',
        'NOTHING_COUNTED',
        'NO_COST_CHANNEL',
        'HAND_MODE',
        'NO_CHANGE',
      ]),
      channels: z.array(ChannelMethod).optional(),
      costChannel: ChannelMethod.optional(),
      stepOrd: z.number().int().optional(),
      days: z.number().nullable().optional(),
      target: z.string().optional(),
      ownAction: z.string().optional(),
    })
    .nullable(),
});
export type CitizenStepDto = z.infer<typeof CitizenStepDto>;

/** The process model part of the review view. */
export const ReviewModelPart = z.object({
  mode: z.enum(['DERIVED', 'HAND']),
  costRows: z.object({ before: z.array(CostRowDto), after: z.array(CostRowDto) }),
  removedRows: z.array(
    CostRowDto.extend({ removedByMarkId: z.number().int().nullable(), action: MarkAction.or(z.string()) }),
  ),
  processes: z.array(ProcessDto),
  staleMarkIds: z.array(z.number().int()),
  channelDays: z.array(ChannelDaysDto),
  /** The headline days after count an even-share estimate (the bars say so). */
  daysEstimated: z.boolean(),
  citizenSteps: z.array(CitizenStepDto),
  /** The channel whose trips and fees the cost counts (marks on its trips change the cost). */
  costChannelId: z.number().int().nullable(),
  defaults: CostDefaultsDto,
  frozen: FrozenDto.nullable(),
});
export type ReviewModelPart = z.infer<typeof ReviewModelPart>;
