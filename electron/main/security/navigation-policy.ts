import { isAppUrl } from './app-origin';

/**
 * Checklist item 13 (limit navigation): `will-navigate`, `will-frame-navigate` and `will-redirect` are allowed
 * only within the app origin. Everything else (http(s), file:, data:, javascript:, other hosts on the app
 * scheme, unparsable text) is prevented. Links to the web go through the external-URL policy instead.
 */
export function isNavigationAllowed(targetUrl: unknown): boolean {
  return isAppUrl(targetUrl);
}
