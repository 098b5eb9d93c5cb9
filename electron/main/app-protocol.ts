import { protocol } from 'electron';
import { readFile } from 'node:fs/promises';
import { APP_SCHEME_PRIVILEGES, resolveAppRequest } from './security/protocol-policy';
import { APP_SCHEME } from './security/app-origin';

/** Item 18, step 1: must run before `app` is ready (Electron ignores privileges registered later). */
export function registerAppSchemePrivileges(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME_PRIVILEGES.scheme, privileges: { ...APP_SCHEME_PRIVILEGES.privileges } },
  ]);
}

/** Item 18, step 2: serve out/renderer on `app://tinhgon/` with the CSP header (item 7); nothing else. */
export function serveRendererOverAppScheme(rendererRoot: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const resolved = resolveAppRequest(rendererRoot, request.url);
    if (!resolved.ok) return new Response(null, { status: resolved.status });
    try {
      return new Response(await readFile(resolved.file), { status: 200, headers: resolved.headers });
    } catch {
      return new Response(null, { status: 404 });
    }
  });
}
