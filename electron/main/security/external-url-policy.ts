import { parseUrl } from './app-origin';

/**
 * Checklist items 14 (limit new windows) and 15 (no untrusted content to `shell.openExternal`).
 * The app never opens a second Electron window for content: `setWindowOpenHandler` always answers `deny`; a
 * link may be handed to the system browser only when it is an https URL on an allowlisted host, on the default
 * port, without credentials. The allowlist holds the public sources the officers consult.
 */
export const EXTERNAL_URL_ALLOWLIST: readonly string[] = [
  'dichvucong.gov.vn', // Cổng Dịch vụ công quốc gia (national TTHC database)
  'thuvienphapluat.vn', // legal texts cited in procedures
  'vanban.chinhphu.vn', // official gazette of legal documents
  'chinhphu.vn',
];

/** Exact host match or a subdomain of an allowlisted host (`csdl.dichvucong.gov.vn`), never a suffix trick. */
function hostAllowed(hostname: string, allowlist: readonly string[]): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  return allowlist.some((allowed) => host === allowed || host.endsWith(`.${allowed}`));
}

export function isAllowedExternalUrl(
  raw: unknown,
  allowlist: readonly string[] = EXTERNAL_URL_ALLOWLIST,
): boolean {
  const url = parseUrl(raw);
  if (!url) return false;
  if (url.protocol !== 'https:') return false;
  if (url.username !== '' || url.password !== '') return false;
  if (url.port !== '') return false; // new URL() empties the default port 443; any other port is odd
  return hostAllowed(url.hostname, allowlist);
}

export interface WindowOpenDecision {
  /** What `setWindowOpenHandler` returns: always deny, so no Electron window ever shows remote content. */
  action: 'deny';
  /** The URL to pass to `shell.openExternal`, when the policy allows it. */
  openExternally: string | null;
}

export function decideWindowOpen(
  raw: unknown,
  allowlist: readonly string[] = EXTERNAL_URL_ALLOWLIST,
): WindowOpenDecision {
  if (!isAllowedExternalUrl(raw, allowlist)) return { action: 'deny', openExternally: null };
  return { action: 'deny', openExternally: (parseUrl(raw) as URL).href };
}
