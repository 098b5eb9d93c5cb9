import { isAppUrl } from './app-origin';

/**
 * Checklist item 17 (validate the sender of every IPC message): the RPC channel answers only frames whose
 * `event.senderFrame.url` is on the app origin. A frame that navigated elsewhere, an iframe of another
 * origin, or a destroyed frame (url unavailable) is refused.
 */
export function isTrustedSender(senderFrameUrl: unknown): boolean {
  return isAppUrl(senderFrameUrl);
}
