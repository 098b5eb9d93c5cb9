import type { z } from 'zod';

/** One capability: its input schema (validated at the trust boundary) and its output schema. */
export interface MethodSpec<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  input: I;
  output: O;
  /** True when the call changes data (used by the undo/backup machinery and the bench). */
  mutates?: boolean;
}

export function method<I extends z.ZodType, O extends z.ZodType>(
  input: I,
  output: O,
  options: { mutates?: boolean } = {},
): MethodSpec<I, O> {
  return { input, output, ...options };
}

export type ContractMap = Record<string, MethodSpec>;
