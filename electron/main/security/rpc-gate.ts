import type { Envelope } from '../../shared/contract/envelope';
import { renderError, type Locale } from '../../shared/errors';
import { isTrustedSender } from './ipc-sender-policy';

export type Dispatch = (method: string, input: unknown) => Promise<Envelope<unknown>>;

/**
 * What `ipcMain.handle(RPC_CHANNEL)` does with one call, as a function of plain data: refuse an untrusted
 * sender (item 17) or a non-string method before the backend sees anything, otherwise dispatch (the backend
 * validates `input` with the method's zod schema). Never throws: every outcome is an envelope.
 */
export async function gateRpc(
  call: { senderUrl: unknown; method: unknown; input: unknown },
  dispatch: Dispatch,
  locale: Locale = 'vi',
): Promise<Envelope<unknown>> {
  if (!isTrustedSender(call.senderUrl)) {
    return {
      ok: false,
      error: { code: 'FORBIDDEN', message: renderError('FORBIDDEN', { reason: 'sender' }, locale) },
    };
  }
  if (typeof call.method !== 'string' || call.method.length === 0 || call.method.length > 100) {
    return {
      ok: false,
      error: { code: 'VALIDATION', message: renderError('VALIDATION', { issues: 'method' }, locale) },
    };
  }
  try {
    return await dispatch(call.method, call.input);
  } catch {
    return { ok: false, error: { code: 'INTERNAL', message: renderError('INTERNAL', {}, locale) } };
  }
}
