import type { RefObject } from 'react';
import type { MenuCommand } from '../../../../electron/shared/contract/menu';
import { useScreenCommands } from '../../app/menu-events';
import type { Panel } from './Toolbar';

/** Menu and palette commands that open one of the inventory's panels (the same as their toolbar buttons). */
const PANELS: Partial<Record<MenuCommand, Panel>> = {
  'show-history': 'history',
  'show-audit': 'audit',
  'new-procedure': 'new',
  'choose-columns': 'columns',
  'filter-values': 'filter',
  'save-view': 'view',
};

/** The inventory's commands (app/commands.ts) from the desktop menu and the palette: the toolbar's actions. */
export function useInventoryCommands(d: {
  searchRef: RefObject<HTMLInputElement | null>;
  setPanel: (p: Panel) => void;
  setTrashed: (on: boolean) => void;
  undo: () => void;
  redo: () => void;
  duplicate: () => void;
  trash: () => void;
  exportGrid: (format: 'xlsx' | 'csv') => void;
}): void {
  useScreenCommands('inventory', (command) => {
    const panel = PANELS[command];
    if (panel) {
      // A new procedure or a view is made in the inventory, not in the trash.
      if (panel === 'new' || panel === 'view') d.setTrashed(false);
      d.setPanel(panel);
    } else if (command === 'undo') d.undo();
    else if (command === 'redo') d.redo();
    else if (command === 'find') {
      d.searchRef.current?.focus();
      d.searchRef.current?.select();
    } else if (command === 'duplicate-procedure') d.duplicate();
    else if (command === 'trash-procedure') d.trash();
    else if (command === 'show-trash') d.setTrashed(true);
    else if (command === 'export-grid-xlsx') d.exportGrid('xlsx');
    else if (command === 'export-grid-csv') d.exportGrid('csv');
  });
}
