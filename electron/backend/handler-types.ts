import type { z } from 'zod';
import type { ContractMap } from '../shared/contract/define';
import type { BackendContext } from './context';

/**
 * One handler per contract method, typed from its schemas: a missing or mistyped handler is a compile error
 * (Actual Budget's `createApp<Handlers>()` idea).
 */
export type HandlersFor<C extends ContractMap> = {
  [K in keyof C]: (
    input: z.output<C[K]['input']>,
    ctx: BackendContext,
  ) => z.input<C[K]['output']> | Promise<z.input<C[K]['output']>>;
};
