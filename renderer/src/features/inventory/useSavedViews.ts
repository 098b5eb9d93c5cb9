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

  return { views, currentId, setCurrentId, reload, save, rememberColumns, restoreColumns };
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
