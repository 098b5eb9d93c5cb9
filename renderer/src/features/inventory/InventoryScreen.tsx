import type { GridApi } from 'ag-grid-community';
import type { AgGridReact } from 'ag-grid-react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { HistoryItem } from '../../../../electron/shared/contract/inventory';
import { formatNumber } from '../../../../electron/shared/text/format';
import { call } from '../../api/client';
import { useI18n } from '../../i18n';
import { AuditLog } from './AuditLog';
import { ColumnChooser } from './ColumnChooser';
import { inRange, rangeBounds } from './grid/cell-range';
import { buildColumns, displayValue, matchHint, type GridContext } from './grid/columns';
import { displayedColIds } from './grid/excel-ops';
import type { GridRow } from './grid/row-filter';
import { useExcelHabits } from './grid/useExcelHabits';
import { describeHistory, HistoryPanel } from './HistoryPanel';
import { InventoryGrid } from './InventoryGrid';
import { InvalidBubble, NewProcedureForm, PasteConfirm } from './InlineBars';
import { RecordEditor } from './record/RecordEditor';
import { Toolbar, type Panel } from './Toolbar';
import { useHistory } from './useHistory';
import { useInventoryActions } from './useInventoryActions';
import { useInventoryRows } from './useInventoryRows';
import { useRowFiltering } from './useRowFiltering';
import { parseViewState, useSavedViews } from './useSavedViews';
import { ValueFilter } from './ValueFilter';
import { takeInventoryFilter } from '../dashboard/inventory-filter';
import { GridExportButtons } from '../reports/GridExportButtons';
import { exportColumns } from './export-columns';
import { ViewPicker } from './ViewPicker';
import './inventory.css';

export function InventoryScreen({ unitId }: { unitId: number }) {
  const { t, locale } = useI18n();
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [trashed, setTrashed] = useState(false);
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

  const columns = useMemo(() => buildColumns(t), [t]);
  const valueOf = useCallback((row: GridRow, colId: string) => displayValue(row, colId, t), [t]);
  const rowFilter = useRowFiltering({ api, unitId, trashed, rows: data.rows, valueOf, onError: setError });
  const { search, groupBy, valueFilters } = rowFilter;

  // A bar clicked on Tổng quan arrives here once, as a search or a value filter.
  const { setSearch, setValueFilters } = rowFilter;
  useEffect(() => {
    const pending = takeInventoryFilter();
    if (!pending) return;
    if (pending.search) setSearch(pending.search);
    const filters: Record<string, string[]> = {};
    if (pending.field) filters['field'] = [pending.field];
    if (pending.onlineLevel) filters['onlineLevel'] = [t(`online.${pending.onlineLevel}`)];
    if (Object.keys(filters).length) setValueFilters(filters);
  }, [setSearch, setValueFilters, t]);

  const history = useHistory(
    (item: HistoryItem, direction) => {
      void data.refreshProcedures(item.procedureIds).catch((e: Error) => setError(e.message));
      setRecordVersion((v) => v + 1);
      setError(null);
      setInvalid(null);
      setStatus(
        t(direction === 'undo' ? 'inventory.undo.done' : 'inventory.redo.done', {
          what: describeHistory(item, t),
        }),
      );
    },
    (direction) => setStatus(t(direction === 'undo' ? 'inventory.undo.empty' : 'inventory.redo.empty')),
    setError,
  );

  const refreshHistory = history.refresh;
  const saved = useCallback(
    (message?: string) => {
      setError(null);
      setInvalid(null);
      setStatus(
        message ??
          t('inv.saved', { time: new Date().toLocaleTimeString(locale === 'vi' ? 'vi-VN' : 'en-GB') }),
      );
      refreshHistory();
    },
    [t, locale, refreshHistory],
  );
  const fail = useCallback((message: string, cell?: { rowId: string; colId: string }) => {
    setError(message);
    setInvalid(cell ? { ...cell, message } : null);
  }, []);
  const actions = useInventoryActions({
    unitId,
    t,
    api: () => gridRef.current?.api,
    mergeRows: data.mergeRows,
    saved,
    fail,
    onOpen: setOpenId,
    openId,
  });
  const applyBatch = actions.applyBatch;

  const excel = useExcelHabits({
    api: () => gridRef.current?.api,
    container: containerRef,
    apply: applyBatch,
    onCopied: (n) => setStatus(t('inventory.copy.done', { count: n })),
    onOpen: (row) => setOpenId(row.procedureId),
  });

  // What cell renderers and class rules read; a change refreshes only the rendered cells.
  const bounds = useMemo(
    () => (api && excel.range ? rangeBounds(excel.range, displayedColIds(api)) : null),
    [api, excel.range],
  );
  const { placeOf } = rowFilter;
  const context = useMemo<GridContext>(
    () => ({
      query: search,
      invalid,
      inRange: (r, c) => inRange(bounds, r, c),
      textMatch: (row) => {
        const place = placeOf(row);
        return place === undefined ? null : { hint: matchHint(place, t) };
      },
    }),
    [search, invalid, bounds, placeOf, t],
  );
  useEffect(() => {
    // Class rules are re-applied on every refresh; no force, so an edit starting now is not disturbed.
    if (api && !api.isDestroyed()) api.refreshCells();
  }, [api, context]);

  const groupLabel = (key: string) =>
    groupBy === 'onlineLevel' && key ? t(`online.${key as 'NONE'}`) : key || t('inventory.group.empty');

  const applyView = (view: Parameters<typeof parseViewState>[0] | null) => {
    const a = gridRef.current?.api;
    views.setCurrentId(view?.id ?? null);
    if (!a) return;
    const state = view ? parseViewState(view) : null;
    if (!state) {
      a.resetColumnState();
      a.setFilterModel(null);
      rowFilter.setGroupBy(null);
      rowFilter.setValueFilters({});
      return;
    }
    a.setState(state.grid, ['focusedCell', 'scroll', 'rowSelection']);
    rowFilter.setGroupBy(state.app.groupBy);
    rowFilter.setValueFilters(state.app.valueFilters);
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
    // Without group headers every displayed row is a procedure: no walk over 10,000 nodes at each keystroke.
    if (!groupBy) return setShown(a.getDisplayedRowCount());
    let n = 0;
    a.forEachNodeAfterFilter((node) => {
      if (node.data && !node.data.group) n++;
    });
    setShown(n);
  };

  const filteredColumns = Object.keys(valueFilters).map(
    (id) => columns.find((c) => c.colId === id)?.headerName ?? id,
  );

  return (
    <section className="inventory">
      <Toolbar
        search={search}
        onSearch={rowFilter.setSearch}
        trashed={trashed}
        onTrashed={(on) => {
          setTrashed(on);
          setOpenId(null);
        }}
        groupBy={groupBy}
        onGroupBy={rowFilter.setGroupBy}
        panel={panel}
        onPanel={setPanel}
        history={history.history}
        onUndo={history.undo}
        onRedo={history.redo}
        onTrash={() => actions.move('procedures.trash')}
        onRestore={() => actions.move('procedures.restore')}
        onPurge={() => actions.move('procedures.purge')}
        onDuplicate={actions.duplicate}
        exportButtons={
          <GridExportButtons unitId={unitId} search={search} columns={api ? exportColumns(api) : []} />
        }
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
            onDelete={(v) => {
              views.setCurrentId(null);
              call('views.delete', { unitId, id: v.id })
                .then(views.reload)
                .catch((e: Error) => setError(e.message));
            }}
            onSetDefault={(v) => {
              call('views.setDefault', { unitId, id: v.id })
                .then(views.reload)
                .catch((e: Error) => setError(e.message));
            }}
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
          }}
          onCancel={() => setPanel(null)}
        />
      )}
      {error && (
        <div className="error-bar" role="alert">
          {error}
        </div>
      )}
      {excel.pending && (
        <PasteConfirm
          count={excel.pending.newRows.length}
          onCreate={() => excel.confirmPaste(true)}
          onSkip={() => excel.confirmPaste(false)}
          onCancel={excel.cancelPaste}
        />
      )}
      <div className="grid-and-panel">
        <div className="grid" ref={containerRef} data-trash={trashed ? 'on' : 'off'}>
          <InventoryGrid
            ref={gridRef}
            rowData={rowFilter.rowData}
            columns={columns}
            context={context}
            passes={rowFilter.passes}
            sortRows={rowFilter.sortRows}
            suppressKeyboardEvent={excel.suppressKeyboardEvent}
            gridProps={excel.gridProps}
            groupLabel={groupLabel}
            onToggleGroup={rowFilter.toggleGroup}
            onEditRequest={actions.editCell}
            onOpen={(row) => setOpenId(row.procedureId)}
            onReady={onReady}
            onLayoutChanged={() => gridRef.current && views.rememberColumns(gridRef.current.api)}
            onFilterApplied={countShown}
          />
          {invalid && (
            <InvalidBubble
              container={containerRef}
              rowId={invalid.rowId}
              colId={invalid.colId}
              message={invalid.message}
            />
          )}
          {panel === 'columns' && api && <ColumnChooser api={api} onClose={() => setPanel(null)} />}
          {panel === 'filter' && (
            <ValueFilter
              rows={data.rows}
              columns={columns.map((c) => ({ id: c.colId ?? '', name: c.headerName ?? '' }))}
              filters={valueFilters}
              valueOf={valueOf}
              onChange={rowFilter.setValueFilters}
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
              data.refreshProcedures([pid]).catch((e: Error) => setError(e.message));
              saved();
            }}
            onClose={() => setOpenId(null)}
          />
        )}
        {panel === 'history' && (
          <HistoryPanel
            history={history.history}
            onUndo={history.undo}
            onRedo={history.redo}
            onClose={() => setPanel(null)}
          />
        )}
        {panel === 'audit' && (
          <aside className="side-list" aria-label={t('inventory.audit.title')}>
            <header>
              <strong>{t('inventory.audit.title')}</strong>
              <button type="button" onClick={() => setPanel(null)}>
                {t('inventory.close')}
              </button>
            </header>
            <AuditLog
              unitId={unitId}
              refreshKey={history.history.undo.length + history.history.redo.length * 1000}
            />
          </aside>
        )}
      </div>
      <footer className="status-line">
        <span data-testid="row-count">
          {t('inv.status', { shown: formatNumber(shown), total: formatNumber(data.total) })}
        </span>
        {trashed && <span>{t('inventory.toolbar.trashView')}</span>}
        {bounds && (bounds.bottom > bounds.top || bounds.colIds.length > 1) && (
          <span>
            {t('inventory.selection', { rows: bounds.bottom - bounds.top + 1, cols: bounds.colIds.length })}
          </span>
        )}
        {rowFilter.textPending && <span>{t('inventory.search.pending')}</span>}
        {!rowFilter.textPending && rowFilter.textCount > 0 && (
          <span>{t('inventory.search.textFound', { count: formatNumber(rowFilter.textCount) })}</span>
        )}
        {filteredColumns.length > 0 && (
          <span>{t('inventory.filter.active', { columns: filteredColumns.join(', ') })}</span>
        )}
        {status && <span role="status">{status}</span>}
      </footer>
    </section>
  );
}
