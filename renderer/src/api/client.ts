import type { Envelope, InputOf, Method, OutputOf } from '../../../electron/shared/contract';
import { RPC_HTTP_PATH, TOKEN_HEADER } from '../../../electron/shared/contract/envelope';
import type { MenuCommand } from '../../../electron/shared/contract/menu';

/** The preload bridge (Electron): one function over one validated IPC channel, plus one-way menu commands. */
interface Bridge {
  invoke(method: string, input: unknown): Promise<Envelope<unknown>>;
  onMenu?(cb: (command: MenuCommand) => void): () => void;
}
declare global {
  interface Window {
    tinhgon?: Bridge;
  }
}

const SIGN_IN_AGAIN =
  'Phiên trình duyệt không còn hiệu lực: hãy mở liên kết mới mà TinhGọn in ra khi khởi động. / ' +
  'This browser is no longer signed in: open the new link TinhGọn printed when it started.';

export type Transport = (method: string, input: unknown) => Promise<Envelope<unknown>>;

/** Electron IPC when the preload bridge is there, loopback HTTP (browser mode) otherwise. */
export function pickTransport(): Transport {
  const bridge = window.tinhgon;
  if (bridge) return (m, i) => bridge.invoke(m, i);
  const token = document.querySelector<HTMLMetaElement>('meta[name="tinhgon-token"]')?.content ?? '';
  return async (method, input) => {
    const res = await fetch(RPC_HTTP_PATH, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [TOKEN_HEADER]: token },
      body: JSON.stringify({ method, input }),
    });
    // 401: this browser has no valid sign-in cookie (the host restarted, or the page came from elsewhere).
    if (res.status === 401) return { ok: false, error: { code: 'UNAUTHORIZED', message: SIGN_IN_AGAIN } };
    if (!res.ok) return { ok: false, error: { code: 'UNAUTHORIZED', message: `HTTP ${res.status}` } };
    return (await res.json()) as Envelope<unknown>;
  };
}

export class ApiError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

let transport: Transport | undefined;

/** Typed call of any contract method; resolves to its output or throws ApiError with a translated message. */
export async function call<M extends Method>(method: M, input: InputOf<M>): Promise<OutputOf<M>> {
  transport ??= pickTransport();
  let envelope: Envelope<unknown>;
  try {
    envelope = await transport(method, input);
  } catch {
    throw new ApiError(
      'OFFLINE',
      'Không kết nối được với phần xử lý của TinhGọn. / Cannot reach the TinhGọn backend.',
    );
  }
  if (!envelope.ok) throw new ApiError(envelope.error.code, envelope.error.message);
  return envelope.value as OutputOf<M>;
}
