import type {
  CellDoubleClickedEvent,
  CellEditRequestEvent,
  ColDef,
  GetRowIdParams,
  GridApi,
  IRowNode,
  OverlayType,
  PostSortRowsParams,
  SuppressKeyboardEventParams,
} from 'ag-grid-community';
import { AgGridReact } from 'ag-grid-react';
import { forwardRef, useLayoutEffect, useMemo, useRef } from 'react';
import { useI18n } from '../../i18n';
import { EDITABLE_COLUMNS, GroupRowRenderer, type GridContext } from './grid/columns';
import type { GridRow } from './grid/row-filter';
import { gridLocaleVi, gridTheme } from './grid-setup';

interface Props {
  rowData: GridRow[];
  columns: ColDef<GridRow>[];
  context: GridContext;
  passes: (node: IRowNode<GridRow>) => boolean;
  /** Row order after AG Grid's own sort: search matches best first, group headers on top of their rows. */
  sortRows: (p: PostSortRowsParams<GridRow>) => void;
  suppressKeyboardEvent: (p: SuppressKeyboardEventParams<GridRow>) => boolean;
  gridProps: object;
  groupLabel: (key: string) => string;
  onToggleGroup: (key: string) => void;
  onEditRequest: (e: CellEditRequestEvent<GridRow>) => void;
  onOpen: (row: GridRow) => void;
  onReady: (api: GridApi<GridRow>) => void;
  onLayoutChanged: () => void;
  /** Whether group header rows are among the rows (then shown procedures are counted one by one). */
  grouped: boolean;
  /** How many procedure rows (not group headers) the grid shows after filtering. */
  onShownChanged: (count: number) => void;
}

/** The screen says "no procedure" itself, with the way forward (EmptyGrid.tsx); AG Grid's own texts never show. */
const NO_OVERLAYS: OverlayType[] = ['loading', 'noRows', 'noMatchingRows'];

/** The AG Grid Community configuration of the inventory (no Enterprise modules). */
export const InventoryGrid = forwardRef<AgGridReact<GridRow>, Props>(function InventoryGrid(p, ref) {
  const { t, locale } = useI18n();
  // AG Grid treats a changed callback as a changed option (some redraw rows and cancel an edit), so every
  // callback handed to it is created once and reads the latest props through this ref.
  const props = useRef(p);
  useLayoutEffect(() => {
    props.current = p;
  });
  const stable = useMemo(
    () => ({
      defaultColDef: {
        sortable: true,
        resizable: true,
        suppressKeyboardEvent: (k: SuppressKeyboardEventParams<GridRow>) =>
          props.current.suppressKeyboardEvent(k),
      } as ColDef<GridRow>,
      getRowId: (r: GetRowIdParams<GridRow>) => String(r.data.id),
      rowSelection: {
        mode: 'multiRow',
        checkboxes: true,
        headerCheckbox: true,
        // The header box selects the rows shown (a search, a filter), never rows the officer cannot see; AG Grid
        // then checks only those for its state at each keystroke, not all 10,000.
        selectAll: 'filtered',
        enableClickSelection: false,
      } as const,
      selectionColumnDef: { pinned: 'left', width: 44, suppressHeaderMenuButton: true } as ColDef<GridRow>,
      onCellEditRequest: (e: CellEditRequestEvent<GridRow>) => props.current.onEditRequest(e),
      isExternalFilterPresent: () => true,
      doesExternalFilterPass: (node: IRowNode<GridRow>) => props.current.passes(node),
      isFullWidthRow: (r: { rowNode: IRowNode<GridRow> }) => !!r.rowNode.data?.group,
      onCellDoubleClicked: (e: CellDoubleClickedEvent<GridRow>) => {
        if (e.data && !e.data.group && !EDITABLE_COLUMNS[e.column.getColId()]) props.current.onOpen(e.data);
      },
      onGridReady: (e: { api: GridApi<GridRow> }) => props.current.onReady(e.api),
      onFirstDataRendered: () => performance.mark('tinhgon:grid-ready'),
      onLayoutChanged: () => props.current.onLayoutChanged(),
      onColumnResized: (e: { finished: boolean }) => e.finished && props.current.onLayoutChanged(),
      onModelUpdated: (e: { api: GridApi<GridRow> }) => {
        // Without group headers every displayed row is a procedure: no walk over 10,000 nodes at each keystroke.
        if (!props.current.grouped) return props.current.onShownChanged(e.api.getDisplayedRowCount());
        let n = 0;
        e.api.forEachNodeAfterFilter((node) => {
          if (node.data && !node.data.group) n++;
        });
        props.current.onShownChanged(n);
      },
      postSortRows: (s: PostSortRowsParams<GridRow>) => props.current.sortRows(s),
    }),
    [],
  );
  const fullWidthParams = useMemo(
    () => ({
      onToggle: (key: string) => props.current.onToggleGroup(key),
      label: (key: string) => props.current.groupLabel(key),
      countText: (n: number) => t('inventory.group.count', { count: n }),
    }),
    [t],
  );
  return (
    <AgGridReact<GridRow>
      ref={ref}
      theme={gridTheme}
      loadThemeGoogleFonts={false}
      localeText={locale === 'vi' ? gridLocaleVi : undefined}
      rowData={p.rowData}
      columnDefs={p.columns}
      defaultColDef={stable.defaultColDef}
      context={p.context}
      getRowId={stable.getRowId}
      rowSelection={stable.rowSelection}
      selectionColumnDef={stable.selectionColumnDef}
      readOnlyEdit
      animateRows={false}
      suppressOverlays={NO_OVERLAYS}
      onCellEditRequest={stable.onCellEditRequest}
      enterNavigatesVertically
      enterNavigatesVerticallyAfterEdit
      stopEditingWhenCellsLoseFocus
      isExternalFilterPresent={stable.isExternalFilterPresent}
      doesExternalFilterPass={stable.doesExternalFilterPass}
      isFullWidthRow={stable.isFullWidthRow}
      fullWidthCellRenderer={GroupRowRenderer}
      fullWidthCellRendererParams={fullWidthParams}
      postSortRows={stable.postSortRows}
      onCellDoubleClicked={stable.onCellDoubleClicked}
      onGridReady={stable.onGridReady}
      onFirstDataRendered={stable.onFirstDataRendered}
      onColumnMoved={stable.onLayoutChanged}
      onColumnResized={stable.onColumnResized}
      onColumnVisible={stable.onLayoutChanged}
      onSortChanged={stable.onLayoutChanged}
      onModelUpdated={stable.onModelUpdated}
      {...p.gridProps}
    />
  );
});
