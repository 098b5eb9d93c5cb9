import type { InventoryRow } from '../../../../electron/shared/contract/inventory';
import { formatMoney, formatNumber } from '../../../../electron/shared/text/format';
import type { Translate } from '../../i18n';

type Channel = InventoryRow['channels'][number];
type Fee = InventoryRow['fees'][number];

/** "3 ngày làm việc"; a number stored without its unit says so ("7 (chưa rõ đơn vị)") rather than pass for days. */
export function formatTime(c: Pick<Channel, 'timeValue' | 'timeUnit' | 'timeText'>, t: Translate): string {
  if (c.timeValue === null) return c.timeText;
  const value = formatNumber(c.timeValue);
  return c.timeUnit === 'UNSPECIFIED'
    ? `${value} (${t('unit.unknown')})`
    : `${value} ${t(`unit.${c.timeUnit}`)}`;
}

function formatFee(f: Fee, t: Translate): string {
  const hdnd = f.setBy === 'HDND_TINH';
  if (f.amount === null) return hdnd ? t('fee.hdnd') : f.text;
  const amount =
    f.amount === 0
      ? t('fee.free')
      : f.currency === 'VND'
        ? formatMoney(f.amount) + (f.perUnit ? `/${f.perUnit}` : '')
        : `${formatNumber(f.amount)} ${f.currency}`;
  return hdnd ? `${amount} (${t('fee.hdnd')})` : amount;
}

/**
 * One value when every channel agrees, else each channel spelled out ("Trực tiếp: 3 ngày làm việc · Trực tuyến:
 * 1 ngày làm việc"): no abbreviation the officer has to decode.
 */
function perChannel(
  parts: { method: Channel['method']; value: string }[],
  t: Translate,
  sep: string,
): string {
  const distinct = new Set(parts.map((p) => p.value));
  if (distinct.size <= 1) return parts[0]?.value ?? '';
  return parts.map((p) => `${t(`channel.${p.method}`)}: ${p.value}`).join(sep);
}

export function formatTimes(row: InventoryRow, t: Translate, sep = ' · '): string {
  return perChannel(
    row.channels.map((c) => ({ method: c.method, value: formatTime(c, t) })),
    t,
    sep,
  );
}

export function formatFees(row: InventoryRow, t: Translate, sep = ' · '): string {
  return perChannel(
    row.fees.map((f) => ({ method: f.method, value: formatFee(f, t) })),
    t,
    sep,
  );
}
