import { useEffect, type RefObject } from 'react';
import type { GridView, GroupBy, HistoryList } from '../../../../electron/shared/contract/inventory';
import { MenuButton, type MenuItem } from '../../app/MenuButton';
import { useI18n } from '../../i18n';

export type Panel = 'columns' | 'filter' | 'history' | 'audit' | 'new' | 'view' | null;

/**
 * One row at 1366×768: search first (focused; ↓ or Tab goes to the grid's first row), views, grouping, columns,
 * filters, undo/redo, history, new procedure, and the rarer actions under "Khác" (every one of them is also in
 * the command palette and the desktop menu).
 */
export function Toolbar(props: {
  searchRef: RefObject<HTMLInputElement | null>;
  search: string;
  onSearch: (q: string) => void;
  /** ↓ or Tab in the search box: the grid takes the focus on its first row (false: nothing to focus). */
  onLeaveSearch: () => boolean;
  trashed: boolean;
  onTrashed: (on: boolean) => void;
  groupBy: GroupBy | null;
  onGroupBy: (g: GroupBy | null) => void;
  panel: Panel;
  onPanel: (p: Panel) => void;
  history: HistoryList;
  onUndo: () => void;
  onRedo: () => void;
  onTrash: () => void;
  onRestore: () => void;
  onPurge: () => void;
  onDuplicate: () => void;
  views: GridView[];
  currentViewId: number | null;
  onPickView: (view: GridView | null) => void;
  onSetDefaultView: (view: GridView) => void;
  onDeleteView: (view: GridView) => void;
  onExport: (format: 'xlsx' | 'csv') => void;
}) {
  const { t } = useI18n();
  const toggle = (p: Panel) => props.onPanel(props.panel === p ? null : p);
  const { searchRef } = props;
  useEffect(() => {
    // Ctrl+F goes to the search box (the browser's page search finds nothing useful in a virtual grid).
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'f') {
        e.preventDefault();
        searchRef.current?.focus();
        searchRef.current?.select();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [searchRef]);
  const view = props.views.find((v) => v.id === props.currentViewId) ?? null;
  const more: MenuItem[] = [
    { label: t('inventory.toolbar.duplicate'), onSelect: props.onDuplicate },
    { label: t('inventory.toolbar.trash'), onSelect: props.onTrash },
    { label: t('inventory.toolbar.trashView'), onSelect: () => props.onTrashed(true) },
    'separator',
    { label: t('inventory.toolbar.audit'), onSelect: () => toggle('audit') },
    'separator',
    { label: t('inventory.views.save'), onSelect: () => props.onPanel('view') },
    ...(view && !view.isDefault
      ? [{ label: t('inventory.views.default'), onSelect: () => props.onSetDefaultView(view) }]
      : []),
    ...(view ? [{ label: t('inventory.views.delete'), onSelect: () => props.onDeleteView(view) }] : []),
    'separator',
    { label: t('reports.gridXlsx'), onSelect: () => props.onExport('xlsx') },
    { label: t('reports.gridCsv'), onSelect: () => props.onExport('csv') },
  ];
  return (
    <div className="toolbar inventory-toolbar">
      <input
        ref={searchRef}
        className="search"
        type="search"
        autoFocus
        placeholder={t('inv.search')}
        aria-label={t('inv.search')}
        title={t('inv.searchHelp')}
        value={props.search}
        onChange={(e) => props.onSearch(e.target.value)}
        onKeyDown={(e) => {
          if ((e.key === 'ArrowDown' || (e.key === 'Tab' && !e.shiftKey)) && props.onLeaveSearch())
            e.preventDefault();
        }}
      />
      {!props.trashed && (
        <select
          aria-label={t('inventory.views.label')}
          title={t('inventory.views.label')}
          value={props.currentViewId ?? ''}
          onChange={(e) => props.onPickView(props.views.find((v) => v.id === Number(e.target.value)) ?? null)}
        >
          <option value="">{t('inventory.views.none')}</option>
          {props.views.map((v) => (
            <option key={v.id} value={v.id}>
              {v.name}
              {v.isDefault ? ' ★' : ''}
            </option>
          ))}
        </select>
      )}
      {/* The options say what they do ("Nhóm theo lĩnh vực"), so the selects need no visible label. */}
      <select
        aria-label={t('inventory.toolbar.groupBy')}
        title={t('inventory.toolbar.groupBy')}
        value={props.groupBy ?? ''}
        onChange={(e) => props.onGroupBy((e.target.value || null) as GroupBy | null)}
      >
        <option value="">{t('inventory.group.none')}</option>
        <option value="field">{t('inventory.group.field')}</option>
        <option value="agency">{t('inventory.group.agency')}</option>
        <option value="onlineLevel">{t('inventory.group.onlineLevel')}</option>
      </select>
      <button type="button" aria-pressed={props.panel === 'columns'} onClick={() => toggle('columns')}>
        {t('inventory.toolbar.columns')}
      </button>
      <button
        type="button"
        aria-pressed={props.panel === 'filter'}
        aria-label={t('inventory.toolbar.filter')}
        title={t('inventory.toolbar.filter')}
        onClick={() => toggle('filter')}
      >
        {t('inventory.toolbar.filterShort')}
      </button>
      <span className="toolbar-sep" />
      <button
        type="button"
        onClick={props.onUndo}
        disabled={!props.history.undo.length}
        aria-label={t('inventory.toolbar.undo')}
        title={`${t('inventory.toolbar.undo')} (Ctrl+Z)`}
      >
        ↶
      </button>
      <button
        type="button"
        onClick={props.onRedo}
        disabled={!props.history.redo.length}
        aria-label={t('inventory.toolbar.redo')}
        title={`${t('inventory.toolbar.redo')} (Ctrl+Y)`}
      >
        ↷
      </button>
      <button
        type="button"
        aria-pressed={props.panel === 'history'}
        aria-label={t('inventory.toolbar.history')}
        title={t('inventory.toolbar.history')}
        onClick={() => toggle('history')}
      >
        {t('inventory.toolbar.historyShort')}
      </button>
      <span className="toolbar-sep" />
      {props.trashed ? (
        <>
          <button type="button" onClick={props.onRestore}>
            {t('inventory.toolbar.restore')}
          </button>
          <button type="button" className="danger" onClick={props.onPurge}>
            {t('inventory.toolbar.purge')}
          </button>
          <button type="button" onClick={() => props.onTrashed(false)}>
            {t('inventory.toolbar.back')}
          </button>
        </>
      ) : (
        <>
          <button type="button" aria-pressed={props.panel === 'new'} onClick={() => toggle('new')}>
            + {t('inventory.toolbar.new')}
          </button>
          <MenuButton label={t('inventory.toolbar.more')} items={more} />
        </>
      )}
    </div>
  );
}
