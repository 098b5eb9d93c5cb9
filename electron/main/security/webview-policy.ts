/**
 * Checklist items 11 and 12 (`<webview>`): the app uses no webview. `webviewTag: false` in every window's
 * webPreferences removes the tag, and `will-attach-webview` is prevented for any contents that still tries,
 * whatever its options (so `allowpopups` or a foreign preload can never take effect).
 */
export function shouldPreventWebviewAttach(_params: { src?: string; allowpopups?: string | boolean }): true {
  return true;
}
