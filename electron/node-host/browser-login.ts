import { randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * Who may use browser mode: only the person who can read the host's own output. The URL it prints carries a
 * one-time secret (`/?k=…`, as Jupyter does); the first visit exchanges it for an HttpOnly, SameSite=Strict
 * cookie and the secret is spent. Another account on the same PC knows the port (anyone can list listening
 * sockets) but not the secret, so without the cookie it gets neither the page, nor the API, nor a download.
 * After each exchange a fresh link is minted and printed, so a browser closed by mistake can come back.
 */
export interface BrowserLogin {
  /** The cookie's name carries the port: cookies ignore ports, and two instances must not overwrite each other's. */
  readonly cookieName: string;
  /** The link to open now (`http://127.0.0.1:PORT/?k=…`); it works once. */
  link(): string;
  /**
   * A visit with `?k=`: the cookie to set when `k` is the current secret (the secret is then spent and a new
   * link minted), or null when it is wrong or already used.
   */
  redeem(k: string): string | null;
  /** Whether the request's Cookie header holds a cookie this host issued. */
  signedIn(cookieHeader: string | undefined): boolean;
  /** The Set-Cookie header value for a cookie `redeem` returned. */
  setCookie(value: string): string;
}

/** Query parameter of the printed link. */
export const LOGIN_PARAM = 'k';

const secret = () => randomBytes(24).toString('hex');

export function createBrowserLogin(
  baseUrl: string,
  port: number,
  onNewLink?: (link: string) => void,
): BrowserLogin {
  let current = secret();
  const issued: string[] = [];
  const cookieName = `tinhgon-${port}`;
  const link = () => `${baseUrl}?${LOGIN_PARAM}=${current}`;
  return {
    cookieName,
    link,
    redeem(k) {
      if (!sameText(k, current)) return null;
      current = secret();
      const cookie = secret();
      issued.push(cookie);
      onNewLink?.(link());
      return cookie;
    },
    signedIn(header) {
      const value = readCookie(header, cookieName);
      return value !== undefined && issued.some((c) => sameText(value, c));
    },
    setCookie: (value) => `${cookieName}=${value}; HttpOnly; SameSite=Strict; Path=/`,
  };
}

/** One cookie's value from a Cookie header (`a=1; b=2`). */
export function readCookie(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}

function sameText(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** What a visitor without the cookie sees: no token, no data, only where to find the link (vi, then en). */
export const SIGN_IN_PAGE = `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><title>TinhGọn</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:36rem;margin:4rem auto;padding:0 1rem;color:#1f2933}
h1{font-size:1.25rem}p.en{color:#52606d}</style></head>
<body><h1>TinhGọn: cần mở bằng liên kết riêng</h1>
<p>Hãy mở liên kết mà TinhGọn in ra trong cửa sổ dòng lệnh khi khởi động (dạng
<code>http://127.0.0.1:…/?k=…</code>). Mỗi liên kết chỉ dùng được một lần; sau đó TinhGọn in liên kết mới.</p>
<p class="en" lang="en">Open the link TinhGọn printed in its terminal when it started
(<code>http://127.0.0.1:…/?k=…</code>). Each link works once; TinhGọn then prints a new one.</p>
</body></html>
`;
