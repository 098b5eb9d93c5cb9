import { useEffect } from 'react';
import type { Translate } from '../../i18n';

/**
 * The tiny shared state between the dashboard and the inventory screen: clicking a bar stores a filter
 * under this sessionStorage key and navigates to the inventory, which may read it once and remove it.
 * Shape: { field?: string (exact lĩnh vực), onlineLevel?: 'NONE'|'PARTIAL'|'FULL', search?: string }.
 */
export const INVENTORY_FILTER_KEY = 'tinhgon:inventory-filter';

export interface InventoryFilter {
  field?: string;
  onlineLevel?: 'NONE' | 'PARTIAL' | 'FULL';
  search?: string;
}

export function setInventoryFilter(filter: InventoryFilter): void {
  sessionStorage.setItem(INVENTORY_FILTER_KEY, JSON.stringify(filter));
}

/** For the inventory screen: the pending filter, consumed (removed) on read. */
export function takeInventoryFilter(): InventoryFilter | null {
  const raw = sessionStorage.getItem(INVENTORY_FILTER_KEY);
  sessionStorage.removeItem(INVENTORY_FILTER_KEY);
  if (!raw) return null;
  try {
    return JSON.parse(raw) as InventoryFilter;
  } catch {
    return null;
  }
}

/** The inventory applies the pending filter once, when it opens: as its search and/or value filters. */
export function useDashboardFilter(
  target: {
    setSearch: (q: string) => void;
    setValueFilters: (f: Record<string, string[]>) => void;
  },
  t: Translate,
): void {
  const { setSearch, setValueFilters } = target;
  useEffect(() => {
    const pending = takeInventoryFilter();
    if (!pending) return;
    if (pending.search) setSearch(pending.search);
    const filters: Record<string, string[]> = {};
    if (pending.field) filters['field'] = [pending.field];
    if (pending.onlineLevel) filters['onlineLevel'] = [t(`online.${pending.onlineLevel}`)];
    if (Object.keys(filters).length) setValueFilters(filters);
  }, [setSearch, setValueFilters, t]);
}
