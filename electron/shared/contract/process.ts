/**
 * Capabilities of the quy trình nội bộ (issue 14, domain.md §8): one unit's internal processes of a procedure,
 * edited in the record editor (one save = one undo step, audited) or imported from a published table (.xlsx,
 * one sheet, all-or-nothing). Handlers: electron/backend/process.
 */
import { z } from 'zod';
import { ChannelMethod } from '../domain';
import { Id, nfc } from './common';
import { method } from './define';
import { MAX_UPLOAD_BASE64 } from './import';

const StepTime = z.object({
  unit: z.enum(['HOUR', 'WORKING_DAY', 'NOT_COUNTED']),
  milli: z.number().int().nullable(),
});

export const ProcessStepRow = z.object({
  id: z.number().int(),
  ord: z.number().int(),
  work: z.string(),
  responsible: z.string(),
  time: StepTime,
  timeText: z.string(),
  result: z.string(),
});
export const ProcessRow = z.object({
  id: z.number().int(),
  name: z.string(),
  /** The channels this variant gives the days of; empty = every channel without a variant of its own. */
  channels: z.array(ChannelMethod),
  source: z.string(),
  statedTotal: z.string(),
  hoursMilli: z.number().int(),
  steps: z.array(ProcessStepRow),
});
export type ProcessRow = z.infer<typeof ProcessRow>;

/** The processes and, per channel, their sum against the published thời hạn giải quyết. */
export const ProcessSummary = z.object({
  processes: z.array(ProcessRow),
  channels: z.array(
    z.object({
      channelId: z.number().int(),
      method: ChannelMethod,
      legalDays: z.number().nullable(),
      legalUnit: z.enum(['WORKING_DAY', 'CALENDAR_DAY']).nullable(),
      processId: z.number().int().nullable(),
      processDays: z.number().nullable(),
      problems: z.array(
        z.object({
          code: z.enum(['PROCESS_OVER', 'PROCESS_UNDER', 'UNITS_DIFFER', 'AFTER_OVER']),
          legalDays: z.number(),
          processDays: z.number(),
        }),
      ),
    }),
  ),
});
export type ProcessSummary = z.infer<typeof ProcessSummary>;

const StepInput = z
  .object({
    id: z.number().int().positive().optional(),
    work: nfc(4000),
    responsible: nfc(500),
    /** As typed or published: "04 giờ", "0,25 ngày làm việc", "Không tính thời gian". */
    time: nfc(100),
    result: nfc(1000).default(''),
  })
  .strict();
export const ProcessInput = z
  .object({
    id: z.number().int().positive().optional(),
    /** The sub-case ("Quy trình 01", "Trường hợp nộp trực tuyến"). */
    name: nfc(500).default(''),
    /** Which channels the variant applies to (each at most once); empty = every channel without its own. */
    channels: z
      .array(ChannelMethod)
      .max(3)
      .refine((l) => new Set(l).size === l.length)
      .default([]),
    source: nfc(500).default(''),
    statedTotal: nfc(500).default(''),
    steps: z.array(StepInput).max(200),
  })
  .strict();
export type ProcessInput = z.input<typeof ProcessInput>;

const Target = { unitId: Id, procedureId: Id };

export const processContract = {
  'process.get': method(z.object(Target).strict(), ProcessSummary),
  /** Replaces the unit's processes of the procedure (ids kept where given, so marks on kept steps stay valid). */
  'process.save': method(
    z.object({ ...Target, processes: z.array(ProcessInput).max(20) }).strict(),
    ProcessSummary,
    { mutates: true },
  ),
  /** A published table (.xlsx, one sheet) becomes the procedure's processes; dryRun reads and checks only. */
  'process.import': method(
    z
      .object({
        ...Target,
        fileName: nfc(260),
        dataBase64: z.string().max(MAX_UPLOAD_BASE64),
        dryRun: z.boolean().default(false),
        source: nfc(500).default(''),
      })
      .strict(),
    ProcessSummary.extend({ committed: z.boolean(), stepCount: z.number().int() }),
    { mutates: true },
  ),
};
