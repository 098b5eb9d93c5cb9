import { z } from 'zod';
import { UnitLevel } from '../domain';
import { Empty } from './common';
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

export const unitsContract = {
  'units.list': method(Empty, z.array(Unit)),
};
