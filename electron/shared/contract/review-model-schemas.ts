/**
 * Output shapes of the step-level process model in the review view (issue 14): the cost rows before and after
 * (derived defaults, overrides, hand-entered), the internal process after the marks, the days per channel, the
 * default hours in force and what an approval froze. Split from review-schemas.ts to keep files short.
 */
import { z } from 'zod';
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
});
export type ProcessStepDto = z.infer<typeof ProcessStepDto>;

export const ProcessDto = z.object({
  id: z.number().int(),
  name: z.string(),
  channelMethod: ChannelMethod.nullable(),
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
  proposedLegalDays: z.number().nullable(),
  processId: z.number().int().nullable(),
  daysBefore: z.number().nullable(),
  daysAfter: z.number().nullable(),
  sourceBefore: z.enum(['PROCESS', 'LEGAL']).nullable(),
  sourceAfter: z.enum(['PROCESS', 'LEGAL', 'MARK']).nullable(),
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
  /** The channel whose trips and fees the cost counts (marks on its trips change the cost). */
  costChannelId: z.number().int().nullable(),
  defaults: CostDefaultsDto,
  frozen: FrozenDto.nullable(),
});
export type ReviewModelPart = z.infer<typeof ReviewModelPart>;
