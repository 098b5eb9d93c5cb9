import type { Totals } from '../../../../electron/shared/contract/province';
import { formatDateVi, formatNumber } from '../../../../electron/shared/text/format';

/** 1.234.567 (whole đồng) or a dash. */
export const money = (n: number | null | undefined): string => (n == null ? '—' : formatNumber(n));

/** "68,40 %" from the contract's "68.40". */
export const pct = (p: string | null | undefined): string => (p == null ? '—' : `${p.replace('.', ',')} %`);

/** dd/mm/yyyy hh:mm in Việt Nam time, from an ISO timestamp. */
export function when(iso: string | null | undefined): string {
  if (!iso) return '—';
  const d = new Date(iso);
  const local = new Date(d.getTime() + 7 * 3600_000).toISOString();
  return `${formatDateVi(local.slice(0, 10))} ${local.slice(11, 16)}`;
}

export function totalsCells(t: Totals | null) {
  return {
    before: money(t?.before.dong),
    after: money(t?.after.dong),
    saving: money(t?.saving.dong),
    rate: pct(t?.reductionPct),
  };
}
