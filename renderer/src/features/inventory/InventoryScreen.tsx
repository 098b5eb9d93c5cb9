import type { CellEditRequestEvent, GridApi, IRowNode } from 'ag-grid-community';
import type { AgGridReact } from 'ag-grid-react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { CellChange, GroupBy, HistoryItem } from '../../../../electron/shared/contract/inventory';
import { formatNumber } from '../../../../electron/shared/text/format';
import { call } from '../../api/client';
import { useI18n } from '../../i18n';
import { AuditLog } from './AuditLog';
import { ColumnChooser } from './ColumnChooser';
import { inRange } from './grid/cell-range';
import { buildColumns, displayValue, EDITABLE_COLUMNS, type GridContext } from './grid/columns';
import type { PastePlan } from './grid/excel-ops';
import { groupKeyOf, rowMatches, withGroupRows, type GridRow, type ValueFilters } from './grid/row-filter';
import { useExcelHabits, type BatchKind } from './grid/useExcelHabits';
import { describeHistory, HistoryPanel } from './HistoryPanel';
import { InventoryGrid } from './InventoryGrid';
import { InvalidBubble, NewProcedureForm, PasteConfirm } from './InlineBars';
import { RecordEditor } from './record/RecordEditor';
import { Toolbar, type Panel } from './Toolbar';
import { useHistory } from './useHistory';
import { useInventoryRows } from './useInventoryRows';
import { parseViewState, useSavedViews } from './useSavedViews';
import { ValueFilter } from './ValueFilter';
import { ViewPicker } from './ViewPicker';
import './inventory.css';

export function InventoryScreen({ unitId }: { unitId: number }) {
  const { t, locale } = useI18n();
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [trashed, setTrashed] = useState(false);
  const [search, setSearch] = useState('');
  const [serverIds, setServerIds] = useState<ReadonlySet<number> | null>(null);
  const [groupBy, setGroupBy] = useState<GroupBy | null>(null);
  const [groupCounts, setGroupCounts] = useState<ReadonlyMap<string, number>>(new Map());
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set());
  const [valueFilters, setValueFilters] = useState<ValueFilters>({});
  const [panel, setPanel] = useState<Panel>(null);
  const [openId, setOpenId] = useState<number | null>(null);
  const [recordVersion, setRecordVersion] = useState(0);
  const [invalid, setInvalid] = useState<{ rowId: string; colId: string; message: string } | null>(null);
  const [api, setApi] = useState<GridApi<GridRow> | null>(null);
  const [shown, setShown] = useState(0);
  const gridRef = useRef<AgGridReact<GridRow>>(null);
  const containerRef = useRef<HTMLDivElement>(null);
  const data = useInventoryRows(unitId, trashed, setError);
  const views = useSavedViews(unitId, setError);

  const saved = useCallback(() => setStatus(t('inv.saved', { time: new Date().toLocaleTimeString(locale === 'vi' ? 'vi-VN' : 'en-GB') })), [t, locale]);
  const columns = useMemo(() => buildColumns(t), [t]);
  const valueOf = useCallback((row: GridRow, colId: string) => displayValue(row, colId, t), [t]);

  const history = useHistory(
    (item: HistoryItem, direction) => {
      void data.refreshProcedures(item.procedureIds).catch((e: Error) => setError(e.message));
      setRecordVersion((v) => v + 1);
      setError(null);
      setInvalid(null);
      setStatus(t(direction === 'undo' ? 'inventory.undo.done' : 'inventory.redo.done', { what: describeHistory(item, t) }));
    },
    (direction) => setStatus(t(direction === 'undo' ? 'inventory.undo.empty' : 'inventory.redo.empty')),
    setError,
  );

  const applyBatch = useCallback(
    async (kind: BatchKind, cells: CellChange[], newRows: PastePlan['newRows'] = []) => {
      try {
        const r = await call('procedures.applyCells', { unitId, kind, cells, newRows });
        data.mergeRows([...r.rows, ...r.created]);
        setError(null);
        setInvalid(null);
        const n = cells.length + newRows.length;
        setStatus(t(kind === 'paste' ? 'inventory.paste.done' : kind === 'fill' ? 'inventory.fill.done' : 'inventory.clear.done', { count: n }));
        history.refresh();
        return true;
      } catch (e) {
        setError((e as Error).message);
        return false;
      }
    },
    [unitId, data, t, history],
  );

  const excel = useExcelHabits({
    api: () => gridRef.current?.api,
    container: containerRef,
    apply: applyBatch,
    onCopied: (n) => setStatus(t('inventory.copy.done', { count: n })),
    onOpen: (row) => setOpenId(row.procedureId),
  });

  // The grid reads these through one stable context object; changes refresh only the rendered cells.
  const context = useRef<GridContext>({ query: '', inRange: () => false, invalid: null }).current;
  context.query = search;
  context.invalid = invalid;
  const bounds = excel.range ? excel.bounds() : null;
  context.inRange = (r, c) => inRange(bounds, r, c);
  useEffect(() => {
    // Class rules are re-applied on every refresh; no force, so an edit starting now is not disturbed.
    if (api && !api.isDestroyed()) api.refreshCells();
  }, [api, excel.range, invalid]);

  const filterRef = useRef({ query: search, serverIds, valueFilters, valueOf, groupBy, collapsed });
  filterRef.current = { query: search, serverIds, valueFilters, valueOf, groupBy, collapsed };
  const passes = useCallback((node: IRowNode<GridRow>) => {
    const f = filterRef.current;
    const row = node.data;
    if (!row) return false;
    if (row.group) return true;
    if (f.groupBy && f.collapsed.has(groupKeyOf(row, f.groupBy))) return false;
    return rowMatches(row, f);
  }, []);

  useEffect(() => {
    if (!api || api.isDestroyed()) return;
    api.onFilterChanged();
    api.refreshCells({ columns: ['code', 'name', 'field', 'executingAgencies'], force: true });
    if (search) requestAnimationFrame(() => performance.mark('tinhgon:search-rendered'));
  }, [api, search, serverIds, valueFilters, collapsed]);

  // The backend also searches step and document text; its ids widen the instant client-side match.
  useEffect(() => {
    if (!search.trim()) return setServerIds(null);
    const timer = setTimeout(() => {
      call('inventory.search', { unitId, trashed, search })
        .then((r) => setServerIds(new Set(r.ids)))
        .catch((e: Error) => setError(e.message));
    }, 120);
    return () => clearTimeout(timer);
  }, [search, unitId, trashed, data.rows]);

  useEffect(() => {
    if (!groupBy) return;
    call('inventory.groups', { unitId, trashed, by: groupBy })
      .then((g) => setGroupCounts(new Map(g.map((x) => [x.key, x.count]))))
      .catch((e: Error) => setError(e.message));
  }, [groupBy, unitId, trashed, data.rows]);

  const rowData = useMemo<GridRow[]>(
    () => (groupBy ? withGroupRows(data.rows, groupBy, groupCounts, collapsed) : data.rows),
    [data.rows, groupBy, groupCounts, collapsed],
  );

  const groupLabel = (key: string) =>
    groupBy === 'onlineLevel' && key ? t(`online.${key as 'NONE'}`) : key || t('inventory.group.empty');

  const onEditRequest = (e: CellEditRequestEvent<GridRow>) => {
    const colId = e.column.getColId();
    const field = EDITABLE_COLUMNS[colId];
    if (!field || !e.data || e.data.group) return;
    const value = typeof e.newValue === 'number' || e.newValue === null ? e.newValue : String(e.newValue ?? '');
    call('procedures.updateField', { unitId, procedureId: e.data.procedureId, field, value })
      .then((row) => {
        data.mergeRows([row]);
        setError(null);
        setInvalid(null);
        saved();
        history.refresh();
      })
      .catch((err: Error) => {
        setError(t('edit.failed', { message: err.message }));
        setInvalid({ rowId: e.node.id ?? '', colId, message: err.message });
      });
  };

  /** Rows ticked in the first column, else the focused row. */
  const targetRows = (): GridRow[] => {
    const a = gridRef.current?.api;
    if (!a) return [];
    const picked = a.getSelectedRows().filter((r) => !r.group);
    if (picked.length) return picked;
    const focused = a.getFocusedCell();
    const row = focused ? a.getDisplayedRowAtIndex(focused.rowIndex)?.data : undefined;
    return row && !row.group ? [row] : [];
  };

  const move = (action: 'procedures.trash' | 'procedures.restore' | 'procedures.purge', done: 'inventory.trash.done' | 'inventory.restore.done' | 'inventory.purge.done') => {
    const targets = targetRows();
    if (!targets.length) return setStatus(t('inventory.trash.selectFirst'));
    const ids = targets.map((r) => r.procedureId);
    call(action, { unitId, procedureIds: ids })
      .then((r) => {
        data.mergeRows([], ids);
        if (openId !== null && ids.includes(openId)) setOpenId(null);
        setError(null);
        setStatus(t(done, { count: r.count }));
        history.refresh();
      })
      .catch((e: Error) => setError(e.message));
  };

  const duplicate = () => {
    const [row] = targetRows();
    if (!row) return setStatus(t('inventory.trash.selectFirst'));
    call('procedures.duplicate', { unitId, procedureId: row.procedureId })
      .then((copy) => {
        data.mergeRows([copy]);
        setOpenId(copy.procedureId);
        saved();
        history.refresh();
      })
      .catch((e: Error) => setError(e.message));
  };

  const applyView = (view: Parameters<typeof parseViewState>[0] | null) => {
    const a = gridRef.current?.api;
    views.setCurrentId(view?.id ?? null);
    if (!a) return;
    const state = view ? parseViewState(view) : null;
    if (!state) {
      a.resetColumnState();
      a.setFilterModel(null);
      setGroupBy(null);
      setValueFilters({});
      return;
    }
    a.setState(state.grid, ['focusedCell', 'scroll', 'rowSelection']);
    setGroupBy(state.app.groupBy);
    setValueFilters(state.app.valueFilters);
  };

  const onReady = (a: GridApi<GridRow>) => {
    setApi(a);
    views.restoreColumns(a);
    void views.reload().then((list) => {
      const def = list.find((v) => v.isDefault);
      if (def) applyView(def);
    });
  };

  const countShown = () => {
    const a = gridRef.current?.api;
    if (!a) return;
    let n = 0;
    a.forEachNodeAfterFilter((node) => {
      if (node.data && !node.data.group) n++;
    });
    setShown(n);
  };

  const filteredColumns = Object.keys(valueFilters).map((id) => columns.find((c) => c.colId === id)?.headerName ?? id);

  return (
    <section className="inventory">
      <Toolbar
        search={search}
        onSearch={setSearch}
        trashed={trashed}
        onTrashed={(on) => {
          setTrashed(on);
          setOpenId(null);
        }}
        groupBy={groupBy}
        onGroupBy={(g) => {
          setGroupBy(g);
          setCollapsed(new Set());
        }}
        panel={panel}
        onPanel={setPanel}
        history={history.history}
        onUndo={history.undo}
        onRedo={history.redo}
        onTrash={() => move('procedures.trash', 'inventory.trash.done')}
        onRestore={() => move('procedures.restore', 'inventory.restore.done')}
        onPurge={() => move('procedures.purge', 'inventory.purge.done')}
        onDuplicate={duplicate}
        viewPicker={
          <ViewPicker
            views={views.views}
            currentId={views.currentId}
            onPick={applyView}
            onSave={(name, isDefault) => {
              const a = gridRef.current?.api;
              if (!a) return;
              views
                .save(a, { groupBy, valueFilters }, name, isDefault)
                .then(() => setStatus(t('inventory.views.saved', { name })))
                .catch((e: Error) => setError(e.message));
            }}
            onDelete={(v) => call('views.delete', { unitId, id: v.id }).then(() => (views.setCurrentId(null), views.reload())).catch((e: Error) => setError(e.message))}
            onSetDefault={(v) => call('views.setDefault', { unitId, id: v.id }).then(() => views.reload()).catch((e: Error) => setError(e.message))}
          />
        }
      />
      {panel === 'new' && (
        <NewProcedureForm
          unitId={unitId}
          onCreated={(row) => {
            data.mergeRows([row]);
            setPanel(null);
            setOpenId(row.procedureId);
            saved();
            history.refresh();
          }}
          onCancel={() => setPanel(null)}
        />
      )}
      {error && (
        <div className="error-bar" role="alert">
          {error}
        </div>
      )}
      {excel.pending && <PasteConfirm count={excel.pending.newRows.length} onCreate={() => excel.confirmPaste(true)} onSkip={() => excel.confirmPaste(false)} onCancel={excel.cancelPaste} />}
      <div className="grid-and-panel">
        <div className="grid" ref={containerRef} data-trash={trashed ? 'on' : 'off'}>
          <InventoryGrid
            ref={gridRef}
            rowData={rowData}
            columns={columns}
            context={context}
            groupBy={groupBy}
            passes={passes}
            suppressKeyboardEvent={excel.suppressKeyboardEvent}
            gridProps={excel.gridProps}
            groupLabel={groupLabel}
            onToggleGroup={(key) => setCollapsed((c) => (c.has(key) ? new Set([...c].filter((k) => k !== key)) : new Set([...c, key])))}
            onEditRequest={onEditRequest}
            onOpen={(row) => setOpenId(row.procedureId)}
            onReady={onReady}
            onLayoutChanged={() => gridRef.current && views.rememberColumns(gridRef.current.api)}
            onFilterApplied={countShown}
          />
          {invalid && <InvalidBubble container={containerRef} rowId={invalid.rowId} colId={invalid.colId} message={invalid.message} />}
          {panel === 'columns' && api && <ColumnChooser api={api} onClose={() => setPanel(null)} />}
          {panel === 'filter' && (
            <ValueFilter
              rows={data.rows}
              columns={columns.map((c) => ({ id: c.colId ?? '', name: c.headerName ?? '' }))}
              filters={valueFilters}
              valueOf={valueOf}
              onChange={setValueFilters}
              onClose={() => setPanel(null)}
            />
          )}
        </div>
        {openId !== null && (
          <RecordEditor
            unitId={unitId}
            procedureId={openId}
            version={recordVersion}
            onChanged={(pid) => {
              void data.refreshProcedures([pid]);
              saved();
              history.refresh();
            }}
            onClose={() => setOpenId(null)}
          />
        )}
        {panel === 'history' && <HistoryPanel history={history.history} onUndo={history.undo} onRedo={history.redo} onClose={() => setPanel(null)} />}
        {panel === 'audit' && (
          <aside className="side-list" aria-label={t('inventory.audit.title')}>
            <header>
              <strong>{t('inventory.audit.title')}</strong>
              <button type="button" onClick={() => setPanel(null)}>
                {t('inventory.close')}
              </button>
            </header>
            <AuditLog unitId={unitId} refreshKey={history.history.undo.length + history.history.redo.length * 1000} />
          </aside>
        )}
      </div>
      <footer className="status-line">
        <span data-testid="row-count">{t('inv.status', { shown: formatNumber(shown), total: formatNumber(data.total) })}</span>
        {trashed && <span>{t('inventory.toolbar.trashView')}</span>}
        {bounds && (bounds.bottom > bounds.top || bounds.colIds.length > 1) && (
          <span>{t('inventory.selection', { rows: bounds.bottom - bounds.top + 1, cols: bounds.colIds.length })}</span>
        )}
        {filteredColumns.length > 0 && <span>{t('inventory.filter.active', { columns: filteredColumns.join(', ') })}</span>}
        {status && <span role="status">{status}</span>}
      </footer>
    </section>
  );
}
