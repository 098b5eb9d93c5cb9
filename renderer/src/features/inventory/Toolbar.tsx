import { useEffect, useRef, type ReactNode } from 'react';
import type { GroupBy, HistoryList } from '../../../../electron/shared/contract/inventory';
import { useI18n } from '../../i18n';

export type Panel = 'columns' | 'filter' | 'history' | 'audit' | 'new' | null;

/** Search first (focused), then views, grouping, columns, filters, history and record actions. */
export function Toolbar(props: {
  search: string;
  onSearch: (q: string) => void;
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
  viewPicker: ReactNode;
  /** Export of the grid as shown (.xlsx / .csv), from the reports feature. */
  exportButtons?: ReactNode;
}) {
  const { t } = useI18n();
  const toggle = (p: Panel) => props.onPanel(props.panel === p ? null : p);
  const searchBox = useRef<HTMLInputElement>(null);
  useEffect(() => {
    // Ctrl+F goes to the search box (the browser's page search finds nothing useful in a virtual grid).
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'f') {
        e.preventDefault();
        searchBox.current?.focus();
        searchBox.current?.select();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  return (
    <div className="toolbar inventory-toolbar">
      <input
        ref={searchBox}
        className="search"
        type="search"
        autoFocus
        placeholder={t('inv.search')}
        aria-label={t('inv.search')}
        value={props.search}
        onChange={(e) => props.onSearch(e.target.value)}
      />
      {!props.trashed && props.viewPicker}
      {!props.trashed && props.exportButtons}
      <label>
        {t('inventory.toolbar.groupBy')}{' '}
        <select
          aria-label={t('inventory.toolbar.groupBy')}
          value={props.groupBy ?? ''}
          onChange={(e) => props.onGroupBy((e.target.value || null) as GroupBy | null)}
        >
          <option value="">{t('inventory.group.none')}</option>
          <option value="field">{t('inventory.group.field')}</option>
          <option value="agency">{t('inventory.group.agency')}</option>
          <option value="onlineLevel">{t('inventory.group.onlineLevel')}</option>
        </select>
      </label>
      <button type="button" aria-pressed={props.panel === 'columns'} onClick={() => toggle('columns')}>
        {t('inventory.toolbar.columns')}
      </button>
      <button type="button" aria-pressed={props.panel === 'filter'} onClick={() => toggle('filter')}>
        {t('inventory.toolbar.filter')}
      </button>
      <span className="toolbar-sep" />
      <button type="button" onClick={props.onUndo} disabled={!props.history.undo.length} title="Ctrl+Z">
        ↶ {t('inventory.toolbar.undo')}
      </button>
      <button type="button" onClick={props.onRedo} disabled={!props.history.redo.length} title="Ctrl+Y">
        ↷ {t('inventory.toolbar.redo')}
      </button>
      <button type="button" aria-pressed={props.panel === 'history'} onClick={() => toggle('history')}>
        {t('inventory.toolbar.history')}
      </button>
      <button type="button" aria-pressed={props.panel === 'audit'} onClick={() => toggle('audit')}>
        {t('inventory.toolbar.audit')}
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
            {t('inventory.toolbar.new')}
          </button>
          <button type="button" onClick={props.onDuplicate}>
            {t('inventory.toolbar.duplicate')}
          </button>
          <button type="button" onClick={props.onTrash}>
            {t('inventory.toolbar.trash')}
          </button>
          <button type="button" onClick={() => props.onTrashed(true)}>
            {t('inventory.toolbar.trashView')}
          </button>
        </>
      )}
    </div>
  );
}
