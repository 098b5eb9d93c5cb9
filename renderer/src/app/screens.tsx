import type { ReactNode } from 'react';
import type { AppInfo } from '../../../electron/shared/contract/system';
import type { Unit } from '../../../electron/shared/contract/units';
import { BackupScreen } from '../features/backup/BackupScreen';
import { DashboardScreen } from '../features/dashboard/DashboardScreen';
import { DecisionsScreen } from '../features/decisions/DecisionsScreen';
import { ImportScreen } from '../features/import/ImportScreen';
import { InventoryScreen } from '../features/inventory/InventoryScreen';
import { ReportsScreen } from '../features/reports/ReportsScreen';
import { ReviewScreen } from '../features/review/ReviewScreen';
import { SubmissionScreen } from '../features/submission/SubmissionScreen';
import { UnitsScreen } from '../features/units/UnitsScreen';
import type { MessageKey } from '../i18n';

export interface ScreenProps {
  unit: Unit;
  info: AppInfo;
  /** Ask the shell to reload app info and units (after a database switch, an import, a restore). */
  refresh: () => void;
  navigate: (screen: ScreenId) => void;
  /** The open database and unit (`openId:unitId`): screens key their state on it, so none outlives either. */
  dataKey: string;
}

export type ScreenId =
  | 'dashboard'
  | 'inventory'
  | 'review'
  | 'decisions'
  | 'reports'
  | 'submission'
  | 'import'
  | 'units'
  | 'backup';

/** The left rail, in the order of ux.md. Each feature plugs its screen in here. */
export const SCREENS: {
  id: ScreenId;
  label: MessageKey;
  icon: string;
  render?: (p: ScreenProps) => ReactNode;
}[] = [
  {
    id: 'dashboard',
    label: 'nav.dashboard',
    icon: '◧',
    render: (p) => <DashboardScreen key={p.dataKey} unitId={p.unit.id} navigate={p.navigate} />,
  },
  {
    id: 'inventory',
    label: 'nav.inventory',
    icon: '☰',
    render: (p) => <InventoryScreen key={p.dataKey} unitId={p.unit.id} navigate={p.navigate} />,
  },
  {
    id: 'review',
    label: 'nav.review',
    icon: '✎',
    render: (p) => (
      <ReviewScreen
        key={p.dataKey}
        unitId={p.unit.id}
        profile={{ name: p.info.profileName, role: p.info.profileRole }}
        onProfileChanged={p.refresh}
      />
    ),
  },
  {
    id: 'decisions',
    label: 'nav.decisions',
    icon: '§',
    render: (p) => <DecisionsScreen key={p.unit.id} unitId={p.unit.id} onApplied={p.refresh} />,
  },
  {
    id: 'reports',
    label: 'nav.reports',
    icon: '▤',
    render: (p) => <ReportsScreen key={p.dataKey} unitId={p.unit.id} unitName={p.unit.name} />,
  },
  {
    id: 'submission',
    label: 'nav.submission',
    icon: '⇧',
    render: (p) => <SubmissionScreen key={p.dataKey} unitId={p.unit.id} onReceived={p.refresh} />,
  },
  {
    id: 'import',
    label: 'nav.import',
    icon: '⇪',
    render: (p) => (
      <ImportScreen
        key={p.dataKey}
        unitId={p.unit.id}
        onImported={p.refresh}
        onInventory={() => p.navigate('inventory')}
      />
    ),
  },
  {
    id: 'units',
    label: 'nav.units',
    icon: '⌂',
    render: (p) => <UnitsScreen key={p.dataKey} currentUnitId={p.unit.id} onChanged={p.refresh} />,
  },
  // Not keyed on the database: a restore replaces it, and the screen's message says how that went.
  { id: 'backup', label: 'nav.backup', icon: '⛁', render: (p) => <BackupScreen refresh={p.refresh} /> },
];
