/**
 * The options of an official report beyond its data: the period it covers (kỳ báo cáo), the decision it is
 * an appendix of, and the unit's signature block (Nghị định 30/2020/NĐ-CP). Used by reports.ts.
 */
import { z } from 'zod';
import { IsoDate, nfc } from './common';

const Year = z.number().int().min(2000).max(2100);

/**
 * Kỳ báo cáo. Month, quarter, half-year and year follow the cut-off of Nghị định 09/2019/NĐ-CP (from the 15th
 * of the month before the period to the 14th of its last month); `range` is any from–to; `asOf` a single day.
 * Null: as of today.
 */
export const ReportPeriod = z
  .discriminatedUnion('kind', [
    z.object({ kind: z.literal('asOf'), date: IsoDate }).strict(),
    z.object({ kind: z.literal('month'), year: Year, month: z.number().int().min(1).max(12) }).strict(),
    z.object({ kind: z.literal('quarter'), year: Year, quarter: z.number().int().min(1).max(4) }).strict(),
    z.object({ kind: z.literal('half'), year: Year, half: z.number().int().min(1).max(2) }).strict(),
    z.object({ kind: z.literal('year'), year: Year }).strict(),
    z.object({ kind: z.literal('range'), from: IsoDate, to: IsoDate }).strict(),
  ])
  .nullable()
  .default(null);
export type ReportPeriod = z.infer<typeof ReportPeriod>;

/** "Kèm theo Quyết định số … ngày … của …": set when Phần I, Phần II or the plan is printed as an appendix. */
export const ReportAppendix = z
  .object({
    /** "PHỤ LỤC I" or empty for just "PHỤ LỤC". */
    label: nfc(60).default(''),
    decisionNo: nfc(100).pipe(z.string().trim().min(1)),
    decisionDate: IsoDate,
    /** Who issued it ("Chủ tịch Ủy ban nhân dân xã Minh Họa"); empty leaves "của …" out. */
    issuer: nfc(300).default(''),
  })
  .strict()
  .nullable()
  .default(null);
export type ReportAppendix = z.infer<typeof ReportAppendix>;

const Line = nfc(120).transform((s) => s.trim());

/**
 * The signature block a unit prints under its reports: on the left the person who prepared it, on the right
 * the signer's lines in order (authority then title: "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH")
 * and their name. Empty names leave room to sign and write the name by hand.
 */
export const ReportSignature = z
  .object({
    preparerTitle: Line.default('NGƯỜI LẬP BIỂU'),
    preparerName: Line.default(''),
    signerLines: z.array(Line).min(1).max(4),
    signerName: Line.default(''),
  })
  .strict();
export type ReportSignature = z.infer<typeof ReportSignature>;

export const DEFAULT_SIGNATURE: ReportSignature = {
  preparerTitle: 'NGƯỜI LẬP BIỂU',
  preparerName: '',
  signerLines: ['THỦ TRƯỞNG ĐƠN VỊ'],
  signerName: '',
};

/** The signer lines offered as choices (Nghị định 30/2020, Phụ lục I: thể thức ký thay mặt, ký thay). */
export const SIGNER_PRESETS: readonly (readonly string[])[] = [
  ['THỦ TRƯỞNG ĐƠN VỊ'],
  ['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH'],
  ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'],
  ['CHỦ TỊCH'],
  ['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'],
];
