import { describe, expect, test } from 'vitest';
import { GRANTED_PERMISSIONS, isPermissionGranted } from '../../../electron/main/security/permission-policy';

describe('checklist item 5: permission requests and checks are denied', () => {
  test('no permission is granted, even to the app origin', () => {
    expect(GRANTED_PERMISSIONS).toEqual([]);
    const all = [
      'media',
      'geolocation',
      'notifications',
      'midi',
      'midiSysex',
      'pointerLock',
      'fullscreen',
      'openExternal',
      'clipboard-read',
      'clipboard-sanitized-write',
      'display-capture',
      'hid',
      'serial',
      'usb',
      'idle-detection',
      'window-management',
      'storage-access',
      'fileSystem',
      'unknown',
    ];
    for (const permission of all) {
      expect(isPermissionGranted(permission, 'app://tinhgon/index.html'), permission).toBe(false);
      expect(isPermissionGranted(permission, 'https://evil.example/'), permission).toBe(false);
    }
  });
});
