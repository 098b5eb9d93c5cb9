import type { GridApi, GridState } from 'ag-grid-community';
import { useCallback, useEffect, useState } from 'react';
import type { GridView, GroupBy } from '../../../../electron/shared/contract/inventory';
import { call } from '../../api/client';
import type { GridRow, ValueFilters } from './grid/row-filter';

/** What a saved view holds: the grid's own state (columns, sort, filters) plus the app's grouping and filters. */
export interface ViewState {
  grid: GridState;
  app: { groupBy: GroupBy | null; valueFilters: ValueFilters };
}

/** Transient parts of the grid state that a view must not carry (focus, scroll, selection). */
function viewGridState(api: GridApi<GridRow>): GridState {
  const { focusedCell: _f, scroll: _s, rowSelection: _r, cellSelection: _c, ...rest } = api.getState();
  return rest;
}

const LOCAL_KEY = (unitId: number) => `tinhgon.inventory.columns.${unitId}`;

export function useSavedViews(unitId: number, onError: (m: string) => void) {
  const [views, setViews] = useState<GridView[]>([]);
  const [currentId, setCurrentId] = useState<number | null>(null);

  const reload = useCallback(
    () =>
      call('views.list', { unitId })
        .then((v) => {
          setViews(v);
          return v;
        })
        .catch((e: Error) => {
          onError(e.message);
          return [] as GridView[];
        }),
    [unitId, onError],
  );
  useEffect(() => void reload(), [reload]);

  const capture = (api: GridApi<GridRow>, app: ViewState['app']): ViewState => ({
    grid: viewGridState(api),
    app,
  });

  const save = async (api: GridApi<GridRow>, app: ViewState['app'], name: string, isDefault: boolean) => {
    const v = await call('views.save', { unitId, name, state: JSON.stringify(capture(api, app)), isDefault });
    await reload();
    setCurrentId(v.id);
    return v;
  };

  /** Remembers the working column layout between sessions (views are named on purpose; this is automatic). */
  const rememberColumns = (api: GridApi<GridRow>) => {
    try {
      localStorage.setItem(LOCAL_KEY(unitId), JSON.stringify(api.getColumnState()));
    } catch {
      // Storage full or disabled: the layout is a convenience.
    }
  };
  const restoreColumns = (api: GridApi<GridRow>) => {
    try {
      const raw = localStorage.getItem(LOCAL_KEY(unitId));
      if (raw) api.applyColumnState({ state: JSON.parse(raw) as [], applyOrder: true });
    } catch {
      // A broken stored layout is ignored.
    }
  };

  const remove = (view: GridView) => {
    setCurrentId(null);
    call('views.delete', { unitId, id: view.id })
      .then(reload)
      .catch((e: Error) => onError(e.message));
  };
  const makeDefault = (view: GridView) => {
    call('views.setDefault', { unitId, id: view.id })
      .then(reload)
      .catch((e: Error) => onError(e.message));
  };

  /** Puts a view (or, for null, the default layout) on the grid and the app's grouping and filters. */
  const apply = (
    api: GridApi<GridRow> | undefined,
    view: GridView | null,
    app: { setGroupBy: (g: GroupBy | null) => void; setValueFilters: (f: ValueFilters) => void },
  ) => {
    setCurrentId(view?.id ?? null);
    if (!api) return;
    const state = view ? parseViewState(view) : null;
    if (!state) {
      api.resetColumnState();
      api.setFilterModel(null);
      app.setGroupBy(null);
      app.setValueFilters({});
      return;
    }
    api.setState(state.grid, ['focusedCell', 'scroll', 'rowSelection']);
    app.setGroupBy(state.app.groupBy);
    app.setValueFilters(state.app.valueFilters);
  };

  return {
    views,
    currentId,
    setCurrentId,
    reload,
    save,
    remove,
    makeDefault,
    apply,
    rememberColumns,
    restoreColumns,
  };
}

export function parseViewState(view: GridView): ViewState | null {
  try {
    const s = JSON.parse(view.state) as Partial<ViewState>;
    return {
      grid: s.grid ?? {},
      app: { groupBy: s.app?.groupBy ?? null, valueFilters: s.app?.valueFilters ?? {} },
    };
  } catch {
    return null;
  }
}
