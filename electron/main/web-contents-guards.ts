import { app, session, shell, type WebContents } from 'electron';
import { decideWindowOpen } from './security/external-url-policy';
import { isNavigationAllowed } from './security/navigation-policy';
import { isPermissionGranted } from './security/permission-policy';
import { shouldPreventWebviewAttach } from './security/webview-policy';

/**
 * Applies the navigation, new-window, webview and permission rules (items 5, 11–15) to every web contents the
 * app ever creates, including ones created later, via `web-contents-created`. Decisions live in the pure
 * policy modules; this file only connects them to Electron events.
 */
export function guardAllWebContents(log: (message: string) => void): void {
  app.on('web-contents-created', (_event, contents: WebContents) => {
    const blockUnlessApp = (event: { preventDefault(): void }, url: string) => {
      if (!isNavigationAllowed(url)) {
        event.preventDefault();
        log(`navigation blocked: ${url}`);
      }
    };
    contents.on('will-navigate', blockUnlessApp);
    contents.on('will-frame-navigate', (event) => blockUnlessApp(event, event.url));
    contents.on('will-redirect', blockUnlessApp);

    contents.setWindowOpenHandler(({ url }) => {
      const decision = decideWindowOpen(url);
      if (decision.openExternally) void shell.openExternal(decision.openExternally);
      else log(`window.open blocked: ${url}`);
      return { action: decision.action };
    });

    contents.on('will-attach-webview', (event, _prefs, params) => {
      if (shouldPreventWebviewAttach(params)) event.preventDefault();
    });
  });
}

/** Item 5: deny every permission request and check not on the (empty) allowlist, for the default session. */
export function denyPermissions(): void {
  const ses = session.defaultSession;
  ses.setPermissionRequestHandler((contents, permission, callback) => {
    callback(isPermissionGranted(permission, contents.getURL()));
  });
  ses.setPermissionCheckHandler((_contents, permission, requestingOrigin) =>
    isPermissionGranted(permission, requestingOrigin),
  );
}
