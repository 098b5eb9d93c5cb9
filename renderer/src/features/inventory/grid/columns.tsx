import type {
  CellClassParams,
  ColDef,
  ICellRendererComp,
  ICellRendererParams,
  ValueFormatterParams,
} from 'ag-grid-community';
import type { EditableField } from '../../../../../electron/shared/contract/inventory';
import { compareVi } from '../../../../../electron/shared/text/collate';
import { highlightRanges, parseSearch, type MatchPlace } from '../../../../../electron/shared/text/search';
import { formatDateVi, formatNumber } from '../../../../../electron/shared/text/format';
import type { Translate } from '../../../i18n';
import { formatFees, formatTimes } from '../row-format';
import type { GridRow } from './row-filter';

/** Grid columns that edit a field (the rest are computed). Column id → field of procedures.applyCells. */
export const EDITABLE_COLUMNS: Partial<Record<string, EditableField>> = {
  code: 'code',
  name: 'name',
  field: 'field',
  kind: 'kind',
  executingAgencies: 'executingAgencies',
  onlineLevel: 'onlineLevel',
  dossiersPerYear: 'dossiersPerYear',
};

/** What the cell renderers read on each refresh (the grid's `context`). */
export interface GridContext {
  query: string;
  inRange: (rowIndex: number, colId: string) => boolean;
  invalid: { rowId: string; colId: string } | null;
  /**
   * For a row the search found only in hidden text: where ("trong bước 2", shown beside its name). Null for every
   * other row.
   */
  textMatch: (row: GridRow) => { hint: string } | null;
}

/** The hint of a search match found in hidden text ("in the procedure text" while the part is not known). */
export function matchHint(place: MatchPlace | null, t: Translate): string {
  if (place === null) return t('inventory.search.inText');
  switch (place.part) {
    case 'step':
      return t('inventory.search.inStep', { step: place.step });
    case 'document':
      return t('inventory.search.inDocument', { name: place.name });
    case 'note':
      return t('inventory.search.inNote');
    case 'subjects':
      return t('inventory.search.inSubjects');
    case 'authority':
      return t('inventory.search.inAuthority');
  }
}

// Every visible cell of four columns is drawn at each keystroke: parse the query once, not per cell.
let lastQuery = '';
let lastParsed = parseSearch('');
const parsed = (query: string) => {
  if (query !== lastQuery) {
    lastQuery = query;
    lastParsed = parseSearch(query);
  }
  return lastParsed;
};

/**
 * Text with the words the search matched marked (accent-insensitive, by the search's own rule). A row found only
 * in hidden text marks nothing; its name shows where the words were found instead. Plain DOM, not a React
 * component: a keystroke draws four of these per row on screen, and AG Grid mounts each React cell renderer as a
 * portal of its own.
 */
export class HighlightCell implements ICellRendererComp<GridRow> {
  private readonly gui = document.createElement('span');

  init(p: ICellRendererParams<GridRow, unknown, GridContext>): void {
    this.draw(p);
  }

  getGui(): HTMLElement {
    return this.gui;
  }

  refresh(p: ICellRendererParams<GridRow, unknown, GridContext>): boolean {
    this.draw(p);
    return true;
  }

  private draw(p: ICellRendererParams<GridRow, unknown, GridContext>): void {
    const raw = p.valueFormatted ?? p.value;
    const text = typeof raw === 'string' || typeof raw === 'number' ? String(raw) : '';
    const textMatch = p.data ? (p.context?.textMatch(p.data) ?? null) : null;
    const ranges = textMatch ? [] : highlightRanges(text, parsed(p.context?.query ?? ''));
    const hint = p.column?.getColId() === 'name' ? textMatch?.hint : null;
    const gui = this.gui;
    gui.className = hint ? 'with-hint' : '';
    if (!ranges.length && !hint) {
      gui.textContent = text;
      return;
    }
    const target = hint ? document.createElement('span') : gui;
    gui.textContent = '';
    let at = 0;
    for (const r of ranges) {
      if (r.start > at) target.append(text.slice(at, r.start));
      const mark = document.createElement('mark');
      mark.textContent = text.slice(r.start, r.end);
      target.append(mark);
      at = r.end;
    }
    target.append(text.slice(at));
    if (!hint) return;
    target.className = 'with-hint-text';
    const chip = document.createElement('span');
    chip.className = 'match-hint';
    chip.title = hint;
    chip.textContent = hint;
    gui.append(target, chip);
  }
}

const rangeClass = {
  'cell-in-range': (p: CellClassParams<GridRow, unknown, GridContext>) =>
    p.node.rowIndex !== null && !!p.context?.inRange(p.node.rowIndex, p.column.getColId()),
  'cell-invalid': (p: CellClassParams<GridRow, unknown, GridContext>) =>
    !!p.context?.invalid &&
    p.context.invalid.rowId === p.node.id &&
    p.context.invalid.colId === p.column.getColId(),
};

const asText = (v: unknown) => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '');
const viText = (a: unknown, b: unknown) => compareVi(asText(a), asText(b));

export function buildColumns(t: Translate): ColDef<GridRow>[] {
  const online = (p: ValueFormatterParams<GridRow>) => (p.value ? t(`online.${p.value as 'NONE'}`) : '');
  const cols: ColDef<GridRow>[] = [
    {
      field: 'code',
      headerName: t('inv.col.code'),
      pinned: 'left',
      width: 125,
      cellRenderer: HighlightCell,
      comparator: viText,
    },
    {
      field: 'name',
      headerName: t('inv.col.name'),
      pinned: 'left',
      width: 360,
      cellRenderer: HighlightCell,
      comparator: viText,
      tooltipField: 'name',
    },
    {
      field: 'field',
      headerName: t('inv.col.field'),
      width: 170,
      cellRenderer: HighlightCell,
      comparator: viText,
    },
    {
      field: 'executingAgencies',
      headerName: t('inv.col.agency'),
      width: 200,
      cellRenderer: HighlightCell,
      comparator: viText,
    },
    { field: 'kind', headerName: t('inventory.col.kind'), width: 140, hide: true, comparator: viText },
    {
      colId: 'levels',
      headerName: t('inv.col.levels'),
      width: 130,
      hide: true,
      valueGetter: (p) => p.data?.levels.join(', ') ?? '',
      comparator: viText,
    },
    {
      field: 'onlineLevel',
      headerName: t('inv.col.online'),
      width: 130,
      cellEditor: 'agSelectCellEditor',
      cellEditorParams: { values: ['NONE', 'PARTIAL', 'FULL'] },
      valueFormatter: online,
    },
    {
      colId: 'time',
      headerName: t('inv.col.time'),
      width: 190,
      valueGetter: (p) => (p.data ? formatTimes(p.data, t) : ''),
      // One channel a line in the tooltip: the cell may be too narrow for all of them.
      tooltipValueGetter: (p) => (p.data && !p.data.group ? formatTimes(p.data, t, '\n') : ''),
      comparator: viText,
    },
    {
      colId: 'fees',
      headerName: t('inv.col.fees'),
      width: 190,
      valueGetter: (p) => (p.data ? formatFees(p.data, t) : ''),
      tooltipValueGetter: (p) => (p.data && !p.data.group ? formatFees(p.data, t, '\n') : ''),
      comparator: viText,
    },
    { field: 'stepCount', headerName: t('inv.col.steps'), width: 85, type: 'numericColumn' },
    { field: 'componentCount', headerName: t('inv.col.docs'), width: 95, type: 'numericColumn' },
    {
      field: 'dossiersPerYear',
      headerName: t('inv.col.dossiers'),
      width: 105,
      type: 'numericColumn',
      valueFormatter: (p) => (typeof p.value === 'number' ? formatNumber(p.value) : ''),
    },
    {
      field: 'reviewStatus',
      headerName: t('inv.col.review'),
      width: 125,
      valueFormatter: (p) => (p.value ? t(`review.${p.value as 'APPROVED'}`) : ''),
    },
    {
      field: 'updatedAt',
      headerName: t('inv.col.updated'),
      width: 105,
      valueFormatter: (p) => (typeof p.value === 'string' ? formatDateVi(p.value.slice(0, 10)) : ''),
    },
  ];
  return cols.map((c) => {
    const id = c.colId ?? c.field ?? '';
    return { ...c, colId: id, editable: !!EDITABLE_COLUMNS[id], cellClassRules: rangeClass };
  });
}

/** The full-width header of a group: key, count (from SQL), a toggle that collapses it. */
export function GroupRowRenderer(
  p: ICellRendererParams<GridRow> & {
    onToggle: (key: string) => void;
    label: (key: string) => string;
    countText: (n: number) => string;
  },
) {
  const g = p.data?.group;
  if (!g) return null;
  return (
    <button
      type="button"
      className="group-row"
      aria-expanded={!g.collapsed}
      onClick={() => p.onToggle(g.key)}
    >
      <span aria-hidden="true">{g.collapsed ? '▸' : '▾'}</span> <strong>{p.label(g.key)}</strong>{' '}
      <span className="group-count">{p.countText(g.count)}</span>
    </button>
  );
}

/** The text a column shows for a row (checkbox filter values and their labels). */
export function displayValue(row: GridRow, colId: string, t: Translate): string {
  switch (colId) {
    case 'onlineLevel':
      return row.onlineLevel ? t(`online.${row.onlineLevel}`) : '';
    case 'reviewStatus':
      return row.reviewStatus ? t(`review.${row.reviewStatus}`) : '';
    case 'levels':
      return row.levels.join(', ');
    case 'time':
      return formatTimes(row, t);
    case 'fees':
      return formatFees(row, t);
    case 'updatedAt':
      return formatDateVi(row.updatedAt.slice(0, 10));
    case 'dossiersPerYear':
      return row.dossiersPerYear === null ? '' : formatNumber(row.dossiersPerYear);
    default: {
      const v = (row as unknown as Record<string, unknown>)[colId];
      return asText(v);
    }
  }
}
