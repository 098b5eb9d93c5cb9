/**
 * Capabilities of the "merges" feature (domain.md §9.2): old communes merged into a new one from a date. The new
 * unit's inventory is the union by TTHC code; per-unit values combine by stated rules (dossiers/year summed; online
 * level, one-stop, internal process, local fees and open reviews kept where they agree, a conflict to resolve
 * where they differ). Handlers: electron/backend/merges. Screen: renderer/src/features/units (Sáp nhập).
 */
import { z } from 'zod';
import { Id, IsoDate, nfc } from './common';
import { method } from './define';
import { Unit } from './units';

export const MergeRequest = z
  .object({
    sourceIds: z.array(Id).min(2).max(20),
    name: nfc(300).pipe(z.string().trim().min(1)),
    code: nfc(60).pipe(z.string().trim().min(1)),
    validFrom: IsoDate,
  })
  .strict();
export type MergeRequest = z.input<typeof MergeRequest>;

export const ConflictField = z.enum([
  'onlineLevel',
  'legacyLevel',
  'oneStop',
  'hasInternalProcess',
  'internalProcess',
  'costDefaults',
  'fee',
  'review',
]);
export type ConflictField = z.infer<typeof ConflictField>;

/**
 * One value that differs between the old units: choose which unit's value the new unit keeps. The cost defaults
 * are a value of the whole unit: key "costDefaults", code ''.
 */
export const MergeConflict = z.object({
  /** "<code>:<field>" (fee: "<code>:fee:<channel>"; "costDefaults"): the key of the resolution file. */
  key: z.string(),
  code: z.string(),
  name: z.string(),
  field: ConflictField,
  label: z.string(),
  options: z.array(
    z.object({
      unitCode: z.string(),
      text: z.string(),
      /** The lines behind the summary (the steps of an internal process), shown on demand. */
      detail: z.array(z.string()).optional(),
    }),
  ),
});
export type MergeConflict = z.infer<typeof MergeConflict>;

export const MergePreview = z.object({
  units: z.array(z.object({ code: z.string(), name: z.string(), procedures: z.number().int() })),
  /** Procedures in the new unit's inventory (the union by code) and how many several old units held. */
  procedures: z.number().int(),
  shared: z.number().int(),
  dossiersPerYear: z.number().int(),
  /** Open reviews carried over as they are (one old unit reviewed the procedure). */
  reviewsCarried: z.number().int(),
  /** Procedures whose internal process is carried as the old units recorded it (no conflict). */
  processesCarried: z.number().int(),
  conflicts: z.array(MergeConflict),
});
export type MergePreview = z.infer<typeof MergePreview>;

/** conflict key → the code of the old unit whose value wins. */
export const MergeResolutions = z.record(z.string().max(120), z.string().max(60));

export const mergesContract = {
  /** What the merge would give and every conflict to resolve. Writes nothing. */
  'merges.preview': method(MergeRequest, MergePreview),
  /**
   * Backs up, then merges in one undoable step; refused (nothing written) while a conflict has no resolution,
   * a resolution names a unit that does not hold that value, or the request is bad input.
   */
  'merges.commit': method(
    MergeRequest.extend({ resolutions: MergeResolutions.default({}) }).strict(),
    z.object({
      unit: Unit,
      backupName: z.string(),
      procedures: z.number().int(),
      reviewsCarried: z.number().int(),
    }),
    { mutates: true },
  ),
};
