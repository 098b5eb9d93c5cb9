/**
 * The one origin the app's pages come from: `app://tinhgon/`, served by `protocol.handle` from out/renderer
 * (checklist item 18: a custom privileged scheme instead of `file://`). Every origin check in main compares
 * against this, always after parsing with `new URL` (never string prefixes: `app://tinhgon.evil/` must fail).
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'tinhgon';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/** Parses a URL, or null when it is not one (a policy given garbage must deny, not throw). */
export function parseUrl(raw: unknown): URL | null {
  if (typeof raw !== 'string' || raw.length === 0) return null;
  try {
    return new URL(raw);
  } catch {
    return null;
  }
}

/** True only for URLs on the app origin exactly: scheme `app:`, host `tinhgon`, no port, no credentials. */
export function isAppUrl(raw: unknown): boolean {
  const url = parseUrl(raw);
  if (!url) return false;
  return (
    url.protocol === `${APP_SCHEME}:` &&
    url.hostname.toLowerCase() === APP_HOST &&
    url.port === '' &&
    url.username === '' &&
    url.password === ''
  );
}
