/**
 * The unit's side of the province server's HTTP API (electron/server): log in with the unit's account (a
 * session cookie, kept only in memory), upload a package, list and fetch the unit's plans. Uploads are retried
 * with backoff until the server acknowledges them or refuses them with a message: a retry is always safe,
 * because the server stores a package once per content hash (see electron/server/consolidate.ts).
 */
import {
  PROVINCE_PATHS,
  SubmissionAck,
  type ProvinceInputOf,
  type ProvinceMethod,
  type ProvinceOutputOf,
} from '../../shared/contract/province';
import type { Envelope } from '../../shared/contract/envelope';
import type { Locale } from '../../shared/errors';
import { ApiFailure } from '../api-failure';
import './messages';

export interface ProvinceEndpoint {
  serverUrl: string;
  user: string;
  password: string;
  locale?: Locale;
  /** One attempt (login or upload) gives up after this long without an answer (default 60 s). */
  timeoutMs?: number;
}

/** A failure worth retrying: no answer, a cut connection, or the server saying "later" (5xx). */
export class TransientFailure extends Error {}

export function normaliseServerUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw new ApiFailure('SUBMISSION_BAD_SERVER_URL', { url: raw.slice(0, 200) });
  }
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.username || url.password)
    throw new ApiFailure('SUBMISSION_BAD_SERVER_URL', { url: raw.slice(0, 200) });
  return url.origin + url.pathname.replace(/\/+$/, '');
}

interface ErrorBody {
  error?: { code?: string; message?: string };
}

export class ProvinceSession {
  private cookie: string | null = null;
  readonly base: string;

  constructor(private readonly endpoint: ProvinceEndpoint) {
    this.base = normaliseServerUrl(endpoint.serverUrl);
  }

  /**
   * One request, sent again once at once when the connection it reused turned out closed (the server ended an
   * idle keep-alive connection just then): every request here is safe to repeat.
   */
  private async fetch(path: string, init: RequestInit): Promise<Response> {
    try {
      return await this.fetchOnce(path, init);
    } catch (err) {
      if (
        err instanceof TransientFailure &&
        (err.message === 'UND_ERR_SOCKET' || err.message === 'ECONNRESET')
      )
        return this.fetchOnce(path, init);
      throw err;
    }
  }

  private async fetchOnce(path: string, init: RequestInit): Promise<Response> {
    const headers = new Headers(init.headers);
    headers.set('x-tinhgon-locale', this.endpoint.locale ?? 'vi');
    if (this.cookie) headers.set('cookie', this.cookie);
    try {
      return await fetch(this.base + path, {
        ...init,
        headers,
        redirect: 'error',
        signal: AbortSignal.timeout(this.endpoint.timeoutMs ?? 60_000),
      });
    } catch (err) {
      const cause = (err as { cause?: { code?: string } }).cause?.code;
      throw new TransientFailure(cause ?? (err instanceof Error ? err.name : 'network'));
    }
  }

  /** Reads an error answer: 5xx → transient, anything else → the server's own message, as a refusal. */
  private async refusal(res: Response): Promise<never> {
    let body: ErrorBody = {};
    try {
      body = (await res.json()) as ErrorBody;
    } catch {
      // not JSON: a proxy's error page
    }
    if (res.status >= 500) throw new TransientFailure(body.error?.message ?? `HTTP ${res.status}`);
    throw new ApiFailure('SUBMISSION_SERVER_REFUSED', {
      message: body.error?.message ?? `HTTP ${res.status}`,
      code: body.error?.code ?? '',
    });
  }

  async login(): Promise<void> {
    const res = await this.fetch(PROVINCE_PATHS.login, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: this.endpoint.user, password: this.endpoint.password }),
    });
    if (!res.ok) await this.refusal(res);
    const set = res.headers.getSetCookie().find((c) => c.startsWith('tg_session='));
    if (!set) throw new TransientFailure('no session cookie');
    this.cookie = set.split(';')[0]!;
    await res.arrayBuffer();
  }

  /** One authenticated request; logs in first, and once more if the session expired meanwhile. */
  private async authed(path: string, init: RequestInit): Promise<Response> {
    if (!this.cookie) await this.login();
    let res = await this.fetch(path, init);
    if (res.status === 401) {
      await res.arrayBuffer();
      this.cookie = null;
      await this.login();
      res = await this.fetch(path, init);
    }
    if (!res.ok) await this.refusal(res);
    return res;
  }

  async upload(bytes: Buffer, fileName: string): Promise<SubmissionAck> {
    const res = await this.authed(PROVINCE_PATHS.submissions, {
      method: 'POST',
      headers: {
        'content-type': 'application/octet-stream',
        'x-tinhgon-file-name': encodeURIComponent(fileName),
      },
      body: bytes,
    });
    const parsed = SubmissionAck.safeParse(await res.json().catch(() => null));
    if (!parsed.success) throw new TransientFailure('bad acknowledgement');
    return parsed.data;
  }

  /** One call of the province contract (an officer's account: the CLI's `province summary`). */
  async rpc<M extends ProvinceMethod>(method: M, input: ProvinceInputOf<M>): Promise<ProvinceOutputOf<M>> {
    const res = await this.authed(PROVINCE_PATHS.rpc, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ method, input }),
    });
    const envelope = (await res.json()) as Envelope<ProvinceOutputOf<M>>;
    if (!envelope.ok)
      throw new ApiFailure('SUBMISSION_SERVER_REFUSED', {
        message: envelope.error.message,
        code: envelope.error.code,
      });
    return envelope.value;
  }

  /** An authenticated GET of a file the server offers (a one-time /download/ link, a plan package). */
  async get(path: string): Promise<Buffer> {
    const res = await this.authed(path, { method: 'GET' });
    return Buffer.from(await res.arrayBuffer());
  }

  async plans(): Promise<{ key: string; version: number; title: string; year: number }[]> {
    const res = await this.authed(PROVINCE_PATHS.plans, { method: 'GET' });
    return (await res.json()) as { key: string; version: number; title: string; year: number }[];
  }

  planPackage(key: string): Promise<Buffer> {
    return this.get(`${PROVINCE_PATHS.plans}/${encodeURIComponent(key)}/package`);
  }
}

export interface RetryOptions {
  /** Stop retrying after this long and report the last failure (default 30 min). */
  giveUpAfterMs?: number;
  onRetry?: (attempt: number, waitMs: number, reason: string) => void;
  sleep?: (ms: number) => Promise<void>;
}

const wait = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/**
 * Uploads until acknowledged. Transient failures wait 0.5 s, 1 s, 2 s … (at most 30 s, with jitter) and try
 * again; a refusal (bad package, wrong account) stops at once with the server's message.
 */
export async function submitWithRetry(
  endpoint: ProvinceEndpoint,
  bytes: Buffer,
  fileName: string,
  o: RetryOptions = {},
): Promise<SubmissionAck> {
  const session = new ProvinceSession(endpoint);
  const started = Date.now();
  const giveUp = o.giveUpAfterMs ?? 30 * 60_000;
  for (let attempt = 1; ; attempt++) {
    try {
      return await session.upload(bytes, fileName);
    } catch (err) {
      if (!(err instanceof TransientFailure)) throw err;
      const delay = Math.min(30_000, 500 * 2 ** Math.min(attempt - 1, 6)) * (0.8 + Math.random() * 0.4);
      if (Date.now() - started + delay > giveUp)
        throw new ApiFailure('SUBMISSION_SERVER_UNREACHABLE', { url: session.base, detail: err.message });
      o.onRetry?.(attempt, Math.round(delay), err.message);
      await (o.sleep ?? wait)(delay);
    }
  }
}
