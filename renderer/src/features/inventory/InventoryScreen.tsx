import type { GridApi } from 'ag-grid-community';
import type { AgGridReact } from 'ag-grid-react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { GridView, HistoryItem } from '../../../../electron/shared/contract/inventory';
import type { ScreenId } from '../../app/screens';
import { useI18n } from '../../i18n';
import { AuditPanel } from './AuditLog';
import { ColumnChooser } from './ColumnChooser';
import { inRange, rangeBounds } from './grid/cell-range';
import { buildColumns, displayValue, matchHint, type GridContext } from './grid/columns';
import { displayedColIds } from './grid/excel-ops';
import { focusGridRow } from './grid/grid-focus';
import type { GridRow } from './grid/row-filter';
import { useExcelHabits } from './grid/useExcelHabits';
import { describeHistory, HistoryPanel } from './HistoryPanel';
import { EmptyGrid } from './EmptyGrid';
import { InventoryGrid } from './InventoryGrid';
import { InvalidBubble, NewProcedureForm, PasteConfirm, StatusLine } from './InlineBars';
import { ResizablePanel } from './record/PanelResizer';
import { RecordEditor } from './record/RecordEditor';
import { useRecordPanel } from './record/useRecordPanel';
import { Toolbar, type Panel } from './Toolbar';
import { useHistory } from './useHistory';
import { useInventoryActions } from './useInventoryActions';
import { useInventoryCommands } from './useInventoryCommands';
import { useInventoryRows } from './useInventoryRows';
import { useRowFiltering } from './useRowFiltering';
import { useSavedViews } from './useSavedViews';
import { ValueFilter } from './ValueFilter';
import { useDashboardFilter } from '../dashboard/inventory-filter';
import { exportGrid } from '../reports/grid-export';
import { exportColumns } from './export-columns';
import { SaveViewForm } from './SaveViewForm';
import './inventory.css';

export function InventoryScreen({ unitId, navigate }: { unitId: number; navigate: (s: ScreenId) => void }) {
  const { t, locale } = useI18n();
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [trashed, setTrashed] = useState(false);
  const [panel, setPanel] = useState<Panel>(null);
  const [recordVersion, setRecordVersion] = useState(0);
  const [invalid, setInvalid] = useState<{ rowId: string; colId: string; message: string } | null>(null);
  const [api, setApi] = useState<GridApi<GridRow> | null>(null);
  const [shown, setShown] = useState(0);
  const gridRef = useRef<AgGridReact<GridRow>>(null);
  const containerRef = useRef<HTMLDivElement>(null);
  const splitRef = useRef<HTMLDivElement>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  const data = useInventoryRows(unitId, trashed, setError);
  const record = useRecordPanel(api);
  const { openId, setOpenId } = record;
  const views = useSavedViews(unitId, setError);

  const columns = useMemo(() => buildColumns(t), [t]);
  const valueOf = useCallback((row: GridRow, colId: string) => displayValue(row, colId, t), [t]);
  const rowFilter = useRowFiltering({ api, unitId, trashed, rows: data.rows, valueOf, onError: setError });
  const { search, groupBy, valueFilters } = rowFilter;

  // A bar clicked on Tổng quan arrives here once, as a search or a value filter.
  useDashboardFilter(rowFilter, t);

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

  const applyView = (view: GridView | null) => views.apply(gridRef.current?.api, view, rowFilter);

  const onReady = (a: GridApi<GridRow>) => {
    setApi(a);
    views.restoreColumns(a);
    void views.reload().then((list) => {
      const def = list.find((v) => v.isDefault);
      if (def) applyView(def);
    });
  };

  const runExport = (format: 'xlsx' | 'csv') => {
    const a = gridRef.current?.api;
    exportGrid({ unitId, search, columns: a ? exportColumns(a) : [] }, format, t)
      .then(setStatus)
      .catch((e: Error) => setError(e.message));
  };
  const currentView = views.views.find((v) => v.id === views.currentId) ?? null;

  useInventoryCommands({
    searchRef,
    setPanel,
    setTrashed,
    undo: history.undo,
    redo: history.redo,
    duplicate: actions.duplicate,
    trash: () => actions.move('procedures.trash'),
    exportGrid: runExport,
  });

  const clearFilters = () => {
    rowFilter.setSearch('');
    rowFilter.setValueFilters({});
    searchRef.current?.focus();
  };

  return (
    <section className="inventory">
      <Toolbar
        searchRef={searchRef}
        search={search}
        onSearch={rowFilter.setSearch}
        onLeaveSearch={() => focusGridRow(gridRef.current?.api)}
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
        views={views.views}
        currentViewId={views.currentId}
        onPickView={applyView}
        onSetDefaultView={views.makeDefault}
        onDeleteView={views.remove}
        onExport={runExport}
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
      {panel === 'view' && (
        <SaveViewForm
          initialName={currentView?.name ?? ''}
          onCancel={() => setPanel(null)}
          onSave={(name, isDefault) => {
            const a = gridRef.current?.api;
            if (!a) return;
            setPanel(null);
            views
              .save(a, { groupBy, valueFilters }, name, isDefault)
              .then(() => setStatus(t('inventory.views.saved', { name })))
              .catch((e: Error) => setError(e.message));
          }}
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
      <div className="grid-and-panel" ref={splitRef}>
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
            grouped={!!groupBy}
            onShownChanged={setShown}
          />
          {data.loaded && shown === 0 && (
            <EmptyGrid
              total={data.total}
              trashed={trashed}
              search={search}
              onImport={() => navigate('import')}
              onCreate={() => setPanel('new')}
              onClear={clearFilters}
            />
          )}
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
          <ResizablePanel room={() => splitRef.current?.clientWidth ?? window.innerWidth}>
            {(width) => (
              <RecordEditor
                unitId={unitId}
                procedureId={openId}
                version={recordVersion}
                width={width}
                onChanged={(pid) => {
                  data.refreshProcedures([pid]).catch((e: Error) => setError(e.message));
                  saved();
                }}
                onClose={record.close}
              />
            )}
          </ResizablePanel>
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
          <AuditPanel
            unitId={unitId}
            refreshKey={history.history.undo.length + history.history.redo.length * 1000}
            onClose={() => setPanel(null)}
          />
        )}
      </div>
      <StatusLine
        shown={shown}
        total={data.total}
        trashed={trashed}
        bounds={bounds}
        filtered={Object.keys(valueFilters).map(
          (id) => columns.find((c) => c.colId === id)?.headerName ?? id,
        )}
        status={status}
        textPending={rowFilter.textPending}
        textCount={rowFilter.textCount}
      />
    </section>
  );
}
