import type { ReactNode } from 'react';
import type { AppInfo } from '../../../electron/shared/contract/system';
import type { Unit } from '../../../electron/shared/contract/units';
import { InventoryScreen } from '../features/inventory/InventoryScreen';
import type { MessageKey } from '../i18n';

export interface ScreenProps {
  unit: Unit;
  info: AppInfo;
  /** Ask the shell to reload app info and units (after a database switch, an import, a restore). */
  refresh: () => void;
  navigate: (screen: ScreenId) => void;
}

export type ScreenId = 'dashboard' | 'inventory' | 'review' | 'reports' | 'import' | 'units' | 'backup';

/** The left rail, in the order of ux.md. Each feature plugs its screen in here. */
export const SCREENS: { id: ScreenId; label: MessageKey; icon: string; render?: (p: ScreenProps) => ReactNode }[] = [
  { id: 'dashboard', label: 'nav.dashboard', icon: '◧' },
  { id: 'inventory', label: 'nav.inventory', icon: '☰', render: (p) => <InventoryScreen unitId={p.unit.id} /> },
  { id: 'review', label: 'nav.review', icon: '✎' },
  { id: 'reports', label: 'nav.reports', icon: '▤' },
  { id: 'import', label: 'nav.import', icon: '⇪' },
  { id: 'units', label: 'nav.units', icon: '⌂' },
  { id: 'backup', label: 'nav.backup', icon: '⛁' },
];
