import type { InventoryRow } from '../../../../electron/shared/contract/inventory';
import { formatMoney, formatNumber } from '../../../../electron/shared/text/format';
import type { Translate } from '../../i18n';

/** "TT 3 ngày làm việc · TTu 3 ngày làm việc", or one value when every channel agrees. */
export function formatTimes(row: InventoryRow, t: Translate): string {
  const parts = row.channels.map((c) => {
    const value =
      c.timeValue === null ? c.timeText : `${formatNumber(c.timeValue)} ${t(`unit.${c.timeUnit}`)}`.trim();
    return { method: c.method, value };
  });
  const distinct = new Set(parts.map((p) => p.value));
  if (distinct.size <= 1) return parts[0]?.value ?? '';
  return parts.map((p) => `${t(`channel.short.${p.method}`)} ${p.value}`).join(' · ');
}

export function formatFees(row: InventoryRow, t: Translate): string {
  const parts = row.fees.map((f) => {
    const value =
      f.setBy === 'HDND_TINH' && f.amount === null
        ? t('fee.hdnd')
        : f.amount === 0
          ? t('fee.free')
          : f.amount === null
            ? f.text
            : f.currency === 'VND'
              ? formatMoney(f.amount) + (f.perUnit ? `/${f.perUnit}` : '')
              : `${formatNumber(f.amount)} ${f.currency}`;
    return { method: f.method, value };
  });
  const distinct = new Set(parts.map((p) => p.value));
  if (distinct.size <= 1) return parts[0]?.value ?? '';
  return parts.map((p) => `${t(`channel.short.${p.method}`)} ${p.value}`).join(' · ');
}
