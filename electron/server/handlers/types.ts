import type { z } from 'zod';
import type { ProvinceContract } from '../../shared/contract/province';
import type { Caller, ServerContext } from '../context';

/** One handler per province contract method, typed from its schemas (as electron/backend/handler-types.ts). */
export type ProvinceHandlers<K extends keyof ProvinceContract = keyof ProvinceContract> = {
  [M in K]: (
    input: z.output<ProvinceContract[M]['input']>,
    ctx: ServerContext,
    caller: Caller,
  ) => z.input<ProvinceContract[M]['output']> | Promise<z.input<ProvinceContract[M]['output']>>;
};
