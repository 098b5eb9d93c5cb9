import type { InputOf, Method, OutputOf } from '../shared/contract';
import type { Backend } from './session';

export class ApiCallError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'ApiCallError';
  }
}

/**
 * The in-process transport for tests and tools: same dispatcher, and inputs/outputs pass through
 * structuredClone as they would through Electron IPC, so nothing that cannot cross a process boundary slips by.
 */
export function directClient(backend: Backend) {
  return async function call<M extends Method>(method: M, input: InputOf<M>): Promise<OutputOf<M>> {
    const envelope = structuredClone(await backend.dispatch(method, structuredClone(input)));
    if (!envelope.ok) throw new ApiCallError(envelope.error.code, envelope.error.message);
    return envelope.value as OutputOf<M>;
  };
}
export type DirectCall = ReturnType<typeof directClient>;
