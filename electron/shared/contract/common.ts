import { z } from 'zod';

/** Text crossing the boundary is NFC with zero-width characters removed (reliability-perf.md §3.3). */
export const nfc = (max: number) =>
  z
    .string()
    .max(max)
    .transform((s) => s.normalize('NFC').replace(/[\u200B\uFEFF]/g, ''));

export const Id = z.number().int().positive();
export const Empty = z.object({}).strict();
export const Ok = z.object({ ok: z.literal(true) });
export type Ok = z.infer<typeof Ok>;
export const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
