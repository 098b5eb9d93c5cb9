/** What every transport carries back: a value, or a coded error with a message in the user's language. */
export interface ApiErrorBody {
  code: string;
  message: string;
  details?: Record<string, string | number | boolean | null>;
}

export type Envelope<T> = { ok: true; value: T } | { ok: false; error: ApiErrorBody };

/** The single IPC channel name (Electron) and HTTP path (browser mode). */
export const RPC_CHANNEL = 'tinhgon:rpc';
export const RPC_HTTP_PATH = '/rpc';
export const TOKEN_HEADER = 'x-tinhgon-token';
