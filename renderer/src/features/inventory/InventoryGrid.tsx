import type {
  CellDoubleClickedEvent,
  CellEditRequestEvent,
  ColDef,
  GetRowIdParams,
  GridApi,
  IRowNode,
  PostSortRowsParams,
  SuppressKeyboardEventParams,
} from 'ag-grid-community';
import { AgGridReact } from 'ag-grid-react';
import { forwardRef, useMemo } from 'react';
import type { GroupBy } from '../../../../electron/shared/contract/inventory';
import { useI18n } from '../../i18n';
import { EDITABLE_COLUMNS, GroupRowRenderer, type GridContext } from './grid/columns';
import { regroupSorted, type GridRow } from './grid/row-filter';
import { gridLocaleVi, gridTheme } from './grid-setup';

interface Props {
  rowData: GridRow[];
  columns: ColDef<GridRow>[];
  context: GridContext;
  groupBy: GroupBy | null;
  passes: (node: IRowNode<GridRow>) => boolean;
  suppressKeyboardEvent: (p: SuppressKeyboardEventParams<GridRow>) => boolean;
  gridProps: object;
  groupLabel: (key: string) => string;
  onToggleGroup: (key: string) => void;
  onEditRequest: (e: CellEditRequestEvent<GridRow>) => void;
  onOpen: (row: GridRow) => void;
  onReady: (api: GridApi<GridRow>) => void;
  onLayoutChanged: () => void;
  onFilterApplied: () => void;
}

/** The AG Grid Community configuration of the inventory (no Enterprise modules). */
export const InventoryGrid = forwardRef<AgGridReact<GridRow>, Props>(function InventoryGrid(p, ref) {
  const { t, locale } = useI18n();
  const defaultColDef = useMemo<ColDef<GridRow>>(
    () => ({ sortable: true, resizable: true, suppressKeyboardEvent: p.suppressKeyboardEvent }),
    [p.suppressKeyboardEvent],
  );
  const groupBy = p.groupBy;
  return (
    <AgGridReact<GridRow>
      ref={ref}
      theme={gridTheme}
      loadThemeGoogleFonts={false}
      localeText={locale === 'vi' ? gridLocaleVi : undefined}
      rowData={p.rowData}
      columnDefs={p.columns}
      defaultColDef={defaultColDef}
      context={p.context}
      getRowId={(r: GetRowIdParams<GridRow>) => String(r.data.id)}
      rowSelection={{ mode: 'multiRow', checkboxes: true, headerCheckbox: true, enableClickSelection: false }}
      readOnlyEdit
      onCellEditRequest={p.onEditRequest}
      enterNavigatesVertically
      enterNavigatesVerticallyAfterEdit
      stopEditingWhenCellsLoseFocus
      isExternalFilterPresent={() => true}
      doesExternalFilterPass={p.passes}
      isFullWidthRow={(r) => !!r.rowNode.data?.group}
      fullWidthCellRenderer={GroupRowRenderer}
      fullWidthCellRendererParams={{ onToggle: p.onToggleGroup, label: p.groupLabel, countText: (n: number) => t('inventory.group.count', { count: n }) }}
      postSortRows={groupBy ? (s: PostSortRowsParams<GridRow>) => regroupSorted(s.nodes, groupBy) : undefined}
      onCellDoubleClicked={(e: CellDoubleClickedEvent<GridRow>) => {
        if (e.data && !e.data.group && !EDITABLE_COLUMNS[e.column.getColId()]) p.onOpen(e.data);
      }}
      onGridReady={(e) => p.onReady(e.api)}
      onFirstDataRendered={() => performance.mark('tinhgon:grid-ready')}
      onColumnMoved={p.onLayoutChanged}
      onColumnResized={(e) => e.finished && p.onLayoutChanged()}
      onColumnVisible={p.onLayoutChanged}
      onSortChanged={p.onLayoutChanged}
      onModelUpdated={p.onFilterApplied}
      {...p.gridProps}
    />
  );
});
