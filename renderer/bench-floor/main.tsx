/**
 * The floor of the bench's two browser figures (docs/PERFORMANCE.md): the app's own inventory grid (InventoryGrid,
 * the same columns, theme, fonts and AG Grid) on a static page, with no backend and no app logic. The bench builds
 * it with Vite from these sources and serves it with the rows the app shows, as JSON:
 * - `?mode=cold`: the first page of rows (first-page.json), as the app's first inventory.list returns it; the
 *   figure ends at the same `tinhgon:grid-ready` mark (AG Grid's firstDataRendered).
 * - `?mode=search`: every row (rows.json) and, for each value the bench types into the search box, the ids of the
 *   rows the app shows first, in its order (plan.json). A keystroke hands them to the grid (external filter, then
 *   that order) and redraws the highlighted columns, then marks `tinhgon:search-rendered`, as the app does.
 * `w` and `h` give the grid the size it has in the app, so as many rows are drawn. The page carries the app's whole
 * bundle (it keeps a reference to App, never rendered), so Chromium fetches, parses and compiles what the app's first
 * screen costs in JavaScript too.
 * Never part of the app: nothing imports this file, and the app's build does not include it.
 */
import '@fontsource/noto-sans/vietnamese-400.css';
import '@fontsource/noto-sans/vietnamese-600.css';
import '@fontsource/noto-sans/latin-400.css';
import '@fontsource/noto-sans/latin-600.css';
import '../src/styles.css';
import '../src/features/inventory/inventory.css';
import type { GridApi, IRowNode, PostSortRowsParams } from 'ag-grid-community';
import { createRoot } from 'react-dom/client';
import type { InventoryRow } from '../../electron/shared/contract/inventory';
import { App } from '../src/app/App';
import { translator } from '../src/i18n';
import { buildColumns, type GridContext } from '../src/features/inventory/grid/columns';
import type { GridRow } from '../src/features/inventory/grid/row-filter';
import { sortByRank } from '../src/features/inventory/grid/search-rank';
import { InventoryGrid } from '../src/features/inventory/InventoryGrid';

// Kept, never rendered: the bundle holds every module the app's does.
Object.assign(window, { tinhgonApp: App });

const params = new URLSearchParams(location.search);
const mode = params.get('mode') === 'search' ? 'search' : 'cold';
const HIGHLIGHTED = ['code', 'name', 'field', 'executingAgencies'];

/** What the grid shows now: the typed value and its rows' order (null: every row). */
let shown: { value: string; order: ReadonlyMap<number, number> } | null = null;
let api: GridApi<GridRow> | null = null;
const context: GridContext = {
  query: '',
  invalid: null,
  inRange: () => false,
  textMatch: () => null,
};

function applySearch(value: string, plan: ReadonlyMap<string, ReadonlyMap<number, number>>) {
  const order = plan.get(value);
  // A space typed changes nothing on screen, as in the app.
  if ((!order && !shown) || (order && shown?.value === value.trimEnd())) return;
  const sameRows = !!order && order === shown?.order;
  shown = order ? { value: value.trimEnd(), order } : null;
  context.query = shown ? value : '';
  if (!api) return;
  if (sameRows) {
    // The same rows: only the marks change (a longer word marked).
    api.refreshCells({ columns: HIGHLIGHTED, force: true });
  } else {
    const drawn = new Set(api.getRenderedNodes());
    api.onFilterChanged();
    // As the app: rows drawn anew read the new query; only rows still on screen need their marks redrawn.
    const kept = api.getRenderedNodes().filter((n) => drawn.has(n));
    if (kept.length) api.refreshCells({ rowNodes: kept, columns: HIGHLIGHTED, force: true });
  }
  if (shown) requestAnimationFrame(() => performance.mark('tinhgon:search-rendered'));
}

async function start() {
  const rows = (await (
    await fetch(mode === 'cold' ? 'first-page.json' : 'rows.json')
  ).json()) as InventoryRow[];
  const ids =
    mode === 'search' ? ((await (await fetch('plan.json')).json()) as Record<string, number[]>) : {};
  // Each value's order, built before any keystroke: a keystroke only looks it up.
  const plan = new Map<string, ReadonlyMap<number, number>>();
  const byRows = new Map<string, ReadonlyMap<number, number>>();
  for (const [value, list] of Object.entries(ids)) {
    const key = list.join(',');
    let order = byRows.get(key);
    if (!order) byRows.set(key, (order = new Map(list.map((id, i) => [id, i]))));
    plan.set(value, order);
  }
  const root = document.getElementById('root')!;
  root.style.cssText = 'display:flex;flex-direction:column;height:100vh';
  const input = document.createElement('input');
  input.type = 'search';
  input.className = 'search';
  input.style.cssText = 'flex:none;width:360px;margin:8px';
  input.addEventListener('input', () => applySearch(input.value, plan));
  const gridBox = document.createElement('div');
  gridBox.className = 'inventory';
  gridBox.style.cssText = `flex:none;width:${params.get('w') ?? '1200'}px;height:${params.get('h') ?? '600'}px`;
  const gridInner = document.createElement('div');
  gridInner.className = 'grid';
  gridInner.style.cssText = 'width:100%;height:100%';
  gridBox.append(gridInner);
  root.append(input, gridBox);
  const noop = () => undefined;
  createRoot(gridInner).render(
    <InventoryGrid
      rowData={rows}
      columns={buildColumns(translator('vi'))}
      context={context}
      passes={(node: IRowNode<GridRow>) => !shown || (!!node.data && shown.order.has(node.data.id))}
      sortRows={(p: PostSortRowsParams<GridRow>) => {
        if (shown) sortByRank(p.nodes, shown.order);
      }}
      suppressKeyboardEvent={() => false}
      gridProps={{}}
      groupLabel={(key: string) => key}
      onToggleGroup={noop}
      onEditRequest={noop}
      onOpen={noop}
      onReady={(a: GridApi<GridRow>) => (api = a)}
      onLayoutChanged={noop}
      grouped={false}
      onShownChanged={noop}
    />,
  );
}

void start();
