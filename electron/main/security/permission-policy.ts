/**
 * Checklist item 5 (permission request handlers): the app needs no browser permission (camera, microphone,
 * notifications, geolocation, clipboard-read, MIDI, HID, serial, …). Copy/paste through the Edit menu uses
 * native editing commands, which need none. If a feature ever needs one, add it here with the reason; it is
 * still granted only to the app origin.
 */
import { isAppUrl } from './app-origin';

export const GRANTED_PERMISSIONS: readonly string[] = [];

export function isPermissionGranted(permission: string, requestingUrl: unknown): boolean {
  return GRANTED_PERMISSIONS.includes(permission) && isAppUrl(requestingUrl);
}
