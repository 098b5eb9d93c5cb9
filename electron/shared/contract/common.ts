import { z } from 'zod';
import { INVALID_CHARACTERS, isStorableText } from '../text/invalid-text';

/**
 * Text crossing the boundary is NFC with zero-width characters removed and line breaks as LF (reliability-perf.md
 * §3.3); text with control characters (other than tab and newline) or lone surrogates is refused.
 */
export const nfc = (max: number) =>
  z
    .string()
    .max(max)
    .transform((s) =>
      s
        .normalize('NFC')
        .replace(/[\u200B\uFEFF]/g, '')
        .replace(/\r\n?/g, '\n'),
    )
    .refine(isStorableText, { message: INVALID_CHARACTERS });

export const Id = z.number().int().positive();
export const Empty = z.object({}).strict();
export const Ok = z.object({ ok: z.literal(true) });
export type Ok = z.infer<typeof Ok>;
export const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
