import type { SecureWebPreferences } from '../security/web-preferences';
import { MIN_SIZE, type Rect } from './window-state';

/** The BrowserWindow options object as plain data, so tests check exactly what main passes to Electron. */
export interface MainWindowOptions extends Rect {
  minWidth: number;
  minHeight: number;
  title: string;
  show: false;
  backgroundColor: string;
  autoHideMenuBar: false;
  webPreferences: SecureWebPreferences;
}

export function mainWindowOptions(bounds: Rect, webPreferences: SecureWebPreferences): MainWindowOptions {
  return {
    ...bounds,
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
    title: 'TinhGọn',
    show: false, // shown on ready-to-show: no white flash
    backgroundColor: '#ffffff',
    autoHideMenuBar: false,
    webPreferences,
  };
}
