/**
 * The province screens' transport: same-origin fetch with the session cookie (HttpOnly, set by /api/login),
 * the province contract over /rpc, the user's language in a header. A 401 sends the page back to sign-in.
 */
import type { Envelope } from '../../../../electron/shared/contract/envelope';
import {
  PROVINCE_PATHS,
  type ProvinceInputOf,
  type ProvinceMethod,
  type ProvinceOutputOf,
} from '../../../../electron/shared/contract/province';
import type { Locale } from '../../../../electron/shared/errors';
import { ApiError } from '../../api/client';

let locale: Locale = 'vi';
let onSignedOut: () => void = () => undefined;

export function setProvinceLocale(l: Locale): void {
  locale = l;
}
export function whenSignedOut(fn: () => void): void {
  onSignedOut = fn;
}

async function post(path: string, body: unknown): Promise<Envelope<unknown>> {
  let res: Response;
  try {
    res = await fetch(path, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json', 'x-tinhgon-locale': locale },
      body: JSON.stringify(body),
    });
  } catch {
    return {
      ok: false,
      error: {
        code: 'OFFLINE',
        message:
          locale === 'vi' ? 'Không kết nối được máy chủ tổng hợp.' : 'Cannot reach the consolidation server.',
      },
    };
  }
  const envelope = (await res.json().catch(() => null)) as Envelope<unknown> | null;
  if (res.status === 401 && path !== PROVINCE_PATHS.login) onSignedOut();
  return envelope ?? { ok: false, error: { code: 'HTTP', message: `HTTP ${res.status}` } };
}

export async function provinceCall<M extends ProvinceMethod>(
  method: M,
  input: ProvinceInputOf<M>,
): Promise<ProvinceOutputOf<M>> {
  const envelope = await post(PROVINCE_PATHS.rpc, { method, input });
  if (!envelope.ok) throw new ApiError(envelope.error.code, envelope.error.message);
  return envelope.value as ProvinceOutputOf<M>;
}

export async function signIn(name: string, password: string): Promise<void> {
  const envelope = await post(PROVINCE_PATHS.login, { name, password });
  if (!envelope.ok) throw new ApiError(envelope.error.code, envelope.error.message);
}

export async function signOut(): Promise<void> {
  await post(PROVINCE_PATHS.logout, {});
}

/** A file chosen by the officer, as base64 for the contract. */
export async function fileAsBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}
