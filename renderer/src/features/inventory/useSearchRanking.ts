import type { GridApi } from 'ag-grid-community';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { InventoryRow } from '../../../../electron/shared/contract/inventory';
import { parseSearch, type MatchPlace } from '../../../../electron/shared/text/search';
import { call } from '../../api/client';
import type { GridRow } from './grid/row-filter';
import { rankRows, type Ranking } from './grid/search-rank';

/** Wait this long after a keystroke before asking the backend for matches in steps and documents. */
const TEXT_DELAY_MS = 120;

/**
 * The search box's matches, ranked by the shared rule (electron/shared/text/search.ts). Each keystroke ranks the
 * rows the grid holds by their own columns at once; the backend's answer for the same query adds the rows found
 * only in steps, documents, subjects or the competent agency, last, so the rows already shown never move. For
 * those rows shown on screen, where the words were found is asked for (the hint "trong bước 2").
 */
export function useSearchRanking(o: {
  api: GridApi<GridRow> | null;
  unitId: number;
  trashed: boolean;
  rows: InventoryRow[];
  onError: (message: string) => void;
}) {
  const { api, unitId, trashed, rows, onError } = o;
  const [search, setSearch] = useState('');
  const [text, setText] = useState<{ query: string; ids: ReadonlySet<number> } | null>(null);
  const [places, setPlaces] = useState<{ query: string; of: ReadonlyMap<number, MatchPlace | null> }>({
    query: '',
    of: new Map(),
  });

  // The folded words are the query: a keystroke that does not change them (a space, a comma) changes nothing.
  const words = parseSearch(search).words.join(' ');
  const query = useMemo(() => parseSearch(words), [words]);
  const active = query.words.length > 0;
  // The backend's rows only count for the query they answered (never a previous keystroke's).
  const textIds = text && text.query === words ? text.ids : null;
  const ranking = useMemo<Ranking | null>(
    () => (active ? rankRows(rows, query, textIds) : null),
    [active, rows, query, textIds],
  );

  useEffect(() => {
    if (!active) return;
    const timer = setTimeout(() => {
      call('inventory.search', { unitId, trashed, search: words })
        .then((r) => setText({ query: words, ids: new Set(r.text) }))
        .catch((e: Error) => onError(e.message));
    }, TEXT_DELAY_MS);
    return () => clearTimeout(timer);
  }, [active, words, unitId, trashed, rows, onError]);

  const current = useRef({ words, ranking, places, asked: new Set<number>() });
  useLayoutEffect(() => {
    if (current.current.words !== words) current.current.asked = new Set();
    current.current = { ...current.current, words, ranking, places };
  });

  /** Asks where the TEXT matches on screen were found (once per row and query). */
  const askPlaces = useCallback(() => {
    const { words: asked, ranking: r, asked: seen } = current.current;
    if (!api || api.isDestroyed() || !r || !r.textCount) return;
    const ids: number[] = [];
    for (const node of api.getRenderedNodes()) {
      const row = node.data;
      const key = row && !row.group ? r.keys.get(row.id) : undefined;
      if (row && key !== undefined && key >= r.textFrom && !seen.has(row.procedureId)) {
        seen.add(row.procedureId);
        ids.push(row.procedureId);
      }
    }
    if (!ids.length) return;
    call('inventory.searchPlaces', { search: asked, procedureIds: ids.slice(0, 200) })
      .then((found) =>
        setPlaces((p) => {
          const of = new Map(p.query === asked ? p.of : []);
          for (const f of found) of.set(f.procedureId, f.place);
          return { query: asked, of };
        }),
      )
      .catch((e: Error) => onError(e.message));
  }, [api, onError]);

  useEffect(() => {
    if (!api || api.isDestroyed()) return;
    let timer = 0;
    const later = () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(askPlaces, 30);
    };
    later();
    api.addEventListener('viewportChanged', later);
    return () => {
      window.clearTimeout(timer);
      if (!api.isDestroyed()) api.removeEventListener('viewportChanged', later);
    };
  }, [api, askPlaces, ranking]);

  useEffect(() => {
    // A hint arrived: the name cells show it (their value did not change, so only a forced refresh redraws them).
    if (api && !api.isDestroyed() && places.of.size) api.refreshCells({ columns: ['name'], force: true });
  }, [api, places]);

  /**
   * For a row found only in hidden text (a TEXT match): where, null while not known (or found nowhere in one
   * part). Undefined for every other row.
   */
  const placeOf = useCallback((row: InventoryRow): MatchPlace | null | undefined => {
    const { words: now, ranking: r, places: p } = current.current;
    const key = r?.keys.get(row.id);
    if (!r || key === undefined || key < r.textFrom) return undefined;
    return (p.query === now && p.of.get(row.procedureId)) || null;
  }, []);

  return {
    search,
    setSearch,
    ranking,
    /** True while the backend has not answered for the query typed (rows may still be added, last). */
    textPending: active && !textIds,
    textCount: ranking?.textCount ?? 0,
    placeOf,
  };
}
