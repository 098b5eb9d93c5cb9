import { z } from 'zod';
import { UnitLevel } from '../domain';
import { Empty, Id, IsoDate, nfc } from './common';
import { method } from './define';

export const Unit = z.object({
  id: z.number().int(),
  code: z.string(),
  name: z.string(),
  level: UnitLevel,
  parentId: z.number().int().nullable(),
  validFrom: z.string().nullable(),
  validTo: z.string().nullable(),
  replacedBy: z.array(z.string()),
  isDemo: z.boolean(),
  procedureCount: z.number().int(),
});
export type Unit = z.infer<typeof Unit>;

/** Master data of a unit as the Units screen edits it (code is generated from the name when left empty). */
export const UnitInput = z
  .object({
    code: nfc(60).optional(),
    name: nfc(300).pipe(z.string().trim().min(1)),
    level: UnitLevel,
    parentId: Id.nullable().default(null),
    validFrom: IsoDate.nullable().default(null),
    validTo: IsoDate.nullable().default(null),
    replacedBy: z.array(nfc(60)).max(50).default([]),
  })
  .strict();
export type UnitInput = z.input<typeof UnitInput>;

export const unitsContract = {
  'units.list': method(Empty, z.array(Unit)),
  'units.create': method(UnitInput, Unit, { mutates: true }),
  'units.update': method(z.object({ id: Id, values: UnitInput }).strict(), Unit, { mutates: true }),
};
