import type { CellEditRequestEvent, ColDef, GetRowIdParams, RowDoubleClickedEvent } from 'ag-grid-community';
import { AgGridReact } from 'ag-grid-react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { EditableField, InventoryRow } from '../../../../electron/shared/contract/inventory';
import { compareVi } from '../../../../electron/shared/text/collate';
import { formatDateVi, formatNumber } from '../../../../electron/shared/text/format';
import { call } from '../../api/client';
import { useI18n } from '../../i18n';
import { DetailPanel } from './DetailPanel';
import { gridLocaleVi, gridTheme } from './grid-setup';
import { formatFees, formatTimes } from './row-format';

const EDITABLE: Partial<Record<string, EditableField>> = {
  code: 'code',
  name: 'name',
  field: 'field',
  executingAgencies: 'executingAgencies',
  onlineLevel: 'onlineLevel',
  dossiersPerYear: 'dossiersPerYear',
};

export function InventoryScreen({ unitId }: { unitId: number }) {
  const { t, locale } = useI18n();
  const [rows, setRows] = useState<InventoryRow[]>([]);
  const [total, setTotal] = useState(0);
  const [search, setSearch] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [savedAt, setSavedAt] = useState<string | null>(null);
  const [openId, setOpenId] = useState<number | null>(null);
  const grid = useRef<AgGridReact<InventoryRow>>(null);
  const searchSeq = useRef(0);

  useEffect(() => {
    const seq = ++searchSeq.current;
    const timer = setTimeout(() => {
      call('inventory.list', { unitId, search, limit: 2000 })
        .then((r) => {
          if (seq !== searchSeq.current) return;
          setRows(r.rows);
          setTotal(r.total);
          performance.mark('tinhgon:inventory-rows');
        })
        .catch((e: Error) => setError(e.message));
    }, search ? 60 : 0);
    return () => clearTimeout(timer);
  }, [unitId, search]);

  const columns = useMemo<ColDef<InventoryRow>[]>(
    () => [
      { field: 'code', headerName: t('inv.col.code'), pinned: 'left', width: 120, editable: true },
      { field: 'name', headerName: t('inv.col.name'), pinned: 'left', width: 380, editable: true, comparator: compareVi, tooltipField: 'name' },
      { field: 'field', headerName: t('inv.col.field'), width: 170, editable: true, comparator: compareVi },
      { field: 'executingAgencies', headerName: t('inv.col.agency'), width: 200, editable: true, comparator: compareVi },
      {
        field: 'onlineLevel',
        headerName: t('inv.col.online'),
        width: 130,
        editable: true,
        cellEditor: 'agSelectCellEditor',
        cellEditorParams: { values: ['NONE', 'PARTIAL', 'FULL'] },
        valueFormatter: (p) => (p.value ? t(`online.${p.value as 'NONE'}`) : ''),
      },
      { colId: 'time', headerName: t('inv.col.time'), width: 200, valueGetter: (p) => (p.data ? formatTimes(p.data, t) : '') },
      { colId: 'fees', headerName: t('inv.col.fees'), width: 200, valueGetter: (p) => (p.data ? formatFees(p.data, t) : '') },
      { field: 'stepCount', headerName: t('inv.col.steps'), width: 90, type: 'numericColumn' },
      { field: 'componentCount', headerName: t('inv.col.docs'), width: 100, type: 'numericColumn' },
      {
        field: 'dossiersPerYear',
        headerName: t('inv.col.dossiers'),
        width: 110,
        editable: true,
        type: 'numericColumn',
        valueFormatter: (p) => (typeof p.value === 'number' ? formatNumber(p.value) : ''),
      },
      {
        field: 'reviewStatus',
        headerName: t('inv.col.review'),
        width: 130,
        valueFormatter: (p) => (p.value ? t(`review.${p.value as 'APPROVED'}`) : ''),
      },
      {
        field: 'updatedAt',
        headerName: t('inv.col.updated'),
        width: 110,
        valueFormatter: (p) => (typeof p.value === 'string' ? formatDateVi(p.value.slice(0, 10)) : ''),
      },
    ],
    [t],
  );

  const onCellEditRequest = useCallback(
    (e: CellEditRequestEvent<InventoryRow>) => {
      const field = EDITABLE[e.colDef.field ?? ''];
      if (!field || !e.data) return;
      const row = e.data;
      const value = typeof e.newValue === 'number' || e.newValue === null ? e.newValue : String(e.newValue ?? '');
      call('procedures.updateField', { unitId, procedureId: row.procedureId, field, value })
        .then((updated) => {
          grid.current?.api.applyTransaction({ update: [updated] });
          setError(null);
          setSavedAt(new Date().toLocaleTimeString(locale === 'vi' ? 'vi-VN' : 'en-GB'));
        })
        .catch((err: Error) => setError(t('edit.failed', { message: err.message })));
    },
    [unitId, t, locale],
  );

  return (
    <section className="inventory">
      <div className="toolbar">
        <input
          className="search"
          type="search"
          autoFocus
          placeholder={t('inv.search')}
          aria-label={t('inv.search')}
          value={search}
          onChange={(e) => setSearch(e.target.value)}
        />
      </div>
      {error && (
        <div className="error-bar" role="alert">
          {error}
        </div>
      )}
      <div className="grid-and-panel">
        <div className="grid">
          <AgGridReact<InventoryRow>
            ref={grid}
            theme={gridTheme}
            loadThemeGoogleFonts={false}
            localeText={locale === 'vi' ? gridLocaleVi : undefined}
            rowData={rows}
            columnDefs={columns}
            getRowId={(p: GetRowIdParams<InventoryRow>) => String(p.data.id)}
            readOnlyEdit
            onCellEditRequest={onCellEditRequest}
            onRowDoubleClicked={(e: RowDoubleClickedEvent<InventoryRow>) => setOpenId(e.data?.procedureId ?? null)}
            onFirstDataRendered={() => performance.mark('tinhgon:grid-ready')}
            stopEditingWhenCellsLoseFocus
          />
        </div>
        {openId !== null && <DetailPanel unitId={unitId} procedureId={openId} onClose={() => setOpenId(null)} />}
      </div>
      <footer className="status-line">
        <span data-testid="row-count">{t('inv.status', { shown: formatNumber(rows.length), total: formatNumber(total) })}</span>
        {savedAt && <span>{t('inv.saved', { time: savedAt })}</span>}
      </footer>
    </section>
  );
}
