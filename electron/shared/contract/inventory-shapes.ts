/** Shapes shared by the inventory contract files (grid row, editable fields, full record). */
import { z } from 'zod';
import {
  Channel,
  ChannelMethod,
  Component,
  ComponentGroup,
  Fee,
  FeeSetBy,
  LegalBasis,
  OnlineLevel,
  ProcedureRecord,
  ProcedureResult,
  ReviewStatus,
  Step,
  TimeUnit,
  UnitProcedureFields,
} from '../domain';

/** One grid row: the shared record's headline fields plus this unit's fields, compact enough to page. */
export const InventoryRow = z.object({
  id: z.number().int(), // unit_procedures.id
  procedureId: z.number().int(),
  unitId: z.number().int(),
  code: z.string(),
  name: z.string(),
  field: z.string(),
  kind: z.string(),
  levels: z.array(z.string()),
  executingAgencies: z.string(),
  onlineLevel: OnlineLevel.nullable(),
  dossiersPerYear: z.number().int().nullable(),
  channels: z.array(
    z.object({
      method: ChannelMethod,
      timeValue: z.number().nullable(),
      timeUnit: TimeUnit,
      timeText: z.string(),
    }),
  ),
  fees: z.array(
    z.object({
      method: ChannelMethod,
      amount: z.number().int().nullable(),
      setBy: FeeSetBy.nullable(),
      currency: z.string(),
      perUnit: z.string(),
      text: z.string(),
    }),
  ),
  stepCount: z.number().int(),
  componentCount: z.number().int(),
  reviewStatus: ReviewStatus.nullable(),
  updatedAt: z.string(),
});
export type InventoryRow = z.infer<typeof InventoryRow>;

/** Fields of a procedure or of its unit row that a single grid cell edits. */
export const EditableField = z.enum([
  'code',
  'name',
  'field',
  'kind',
  'subjects',
  'executingAgencies',
  'authorityAgencies',
  'coordinatingAgencies',
  'conditions',
  'decisionNo',
  'decisionDate',
  'onlineLevel',
  'dossiersPerYear',
  'oneStop',
  'note',
]);
export type EditableField = z.infer<typeof EditableField>;

const WithId = { id: z.number().int() };
export const ProcedureDetail = ProcedureRecord.omit({
  channels: true,
  steps: true,
  componentGroups: true,
  legalBases: true,
  results: true,
}).extend({
  id: z.number().int(),
  unitProcedureId: z.number().int(),
  unitId: z.number().int(),
  version: z.number().int(),
  updatedAt: z.string(),
  channels: z.array(Channel.extend({ ...WithId, fees: z.array(Fee.extend(WithId)) })),
  steps: z.array(Step.extend(WithId)),
  componentGroups: z.array(
    ComponentGroup.extend({ ...WithId, components: z.array(Component.extend(WithId)) }),
  ),
  legalBases: z.array(LegalBasis.extend(WithId)),
  results: z.array(ProcedureResult.extend(WithId)),
  unitFields: UnitProcedureFields,
});
export type ProcedureDetail = z.infer<typeof ProcedureDetail>;
