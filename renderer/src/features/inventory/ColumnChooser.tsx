import type { GridApi } from 'ag-grid-community';
import { useEffect, useState } from 'react';
import { useI18n } from '../../i18n';
import type { GridRow } from './grid/row-filter';

interface Col {
  id: string;
  name: string;
  visible: boolean;
  width: number;
  pinned: boolean;
}

function readColumns(api: GridApi<GridRow>): Col[] {
  return (api.getColumns() ?? [])
    .filter((c) => c.getColId() !== 'ag-Grid-SelectionColumn')
    .map((c) => ({
      id: c.getColId(),
      name: api.getDisplayNameForColumn(c, null),
      visible: c.isVisible(),
      width: c.getActualWidth(),
      pinned: !!c.getPinned(),
    }));
}

/** Column chooser (Enterprise tool panel replacement): show/hide, order with buttons, width. */
export function ColumnChooser({ api, onClose }: { api: GridApi<GridRow>; onClose: () => void }) {
  const { t } = useI18n();
  const [cols, setCols] = useState(() => readColumns(api));
  useEffect(() => {
    const update = () => setCols(readColumns(api));
    api.addEventListener('columnMoved', update);
    api.addEventListener('columnVisible', update);
    api.addEventListener('columnResized', update);
    return () => {
      if (api.isDestroyed()) return;
      api.removeEventListener('columnMoved', update);
      api.removeEventListener('columnVisible', update);
      api.removeEventListener('columnResized', update);
    };
  }, [api]);
  const move = (index: number, delta: number) => {
    const target = cols[index + delta];
    const col = cols[index];
    if (!col || !target || col.pinned !== target.pinned) return;
    api.moveColumns([col.id], index + delta + 1); // +1: the selection column stays first
  };
  return (
    <div className="popover column-chooser" role="dialog" aria-label={t('inventory.columns.title')}>
      <header>
        <strong>{t('inventory.columns.title')}</strong>
        <button type="button" onClick={onClose}>
          {t('inventory.close')}
        </button>
      </header>
      <ul>
        {cols.map((c, i) => (
          <li key={c.id}>
            <label>
              <input
                type="checkbox"
                checked={c.visible}
                disabled={c.pinned}
                onChange={(e) => api.setColumnsVisible([c.id], e.target.checked)}
              />
              {c.name}
            </label>
            <button
              type="button"
              aria-label={`${t('inventory.columns.up')}: ${c.name}`}
              onClick={() => move(i, -1)}
              disabled={i === 0}
            >
              ↑
            </button>
            <button
              type="button"
              aria-label={`${t('inventory.columns.down')}: ${c.name}`}
              onClick={() => move(i, 1)}
              disabled={i === cols.length - 1}
            >
              ↓
            </button>
            <input
              type="number"
              min={40}
              max={800}
              aria-label={`${t('inventory.columns.width')}: ${c.name}`}
              value={c.width}
              onChange={(e) =>
                api.setColumnWidths([{ key: c.id, newWidth: Math.max(40, Number(e.target.value) || 40) }])
              }
            />
          </li>
        ))}
      </ul>
      <button type="button" onClick={() => api.resetColumnState()}>
        {t('inventory.columns.reset')}
      </button>
    </div>
  );
}
