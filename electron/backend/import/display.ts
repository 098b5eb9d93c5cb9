import type { Channel, ProcedureRecord, UnitProcedureFields } from '../../shared/domain';
import type { Locale } from '../../shared/errors';
import { formatDateVi, formatMoney, formatNumber } from '../../shared/text/format';

/** Stored values as the short text the preview and the diff table show (old → new). */
const METHOD: Record<Channel['method'], Record<Locale, string>> = {
  TRUC_TIEP: { vi: 'Trực tiếp', en: 'In person' },
  BUU_CHINH: { vi: 'Bưu chính', en: 'Post' },
  TRUC_TUYEN: { vi: 'Trực tuyến', en: 'Online' },
};
const YES: Record<Locale, [string, string]> = { vi: ['Có', 'Không'], en: ['Yes', 'No'] };

function channelText(c: Channel, locale: Locale): string {
  const time = c.timeText || (c.timeValue === null ? '' : formatNumber(c.timeValue, { locale }));
  const fees = c.fees
    .map((f) =>
      f.amount === null
        ? f.text
        : f.amount === 0
          ? locale === 'vi'
            ? 'Miễn phí'
            : 'Free'
          : formatMoney(f.amount, { locale, currency: f.currency }),
    )
    .join(', ');
  return [METHOD[c.method][locale], time, fees].filter(Boolean).join(' · ');
}

const count = (n: number, vi: string, en: string, locale: Locale) =>
  `${formatNumber(n, { locale })} ${locale === 'vi' ? vi : en}`;

export function displayValue(field: string, value: unknown, locale: Locale): string {
  if (value === null || value === undefined) return '';
  switch (field as keyof ProcedureRecord | keyof UnitProcedureFields) {
    case 'levels':
      return (value as string[]).join(', ');
    case 'decisionDate':
      return value ? formatDateVi(value as string) : '';
    case 'channels':
      return (value as Channel[]).map((c) => channelText(c, locale)).join('\n');
    case 'steps':
      return count((value as unknown[]).length, 'bước', 'steps', locale);
    case 'componentGroups':
      return count(
        (value as ProcedureRecord['componentGroups']).reduce((n, g) => n + g.components.length, 0),
        'giấy tờ',
        'documents',
        locale,
      );
    case 'legalBases':
      return (value as ProcedureRecord['legalBases']).map((l) => l.code || l.name).join('\n');
    case 'results':
      return (value as ProcedureRecord['results']).map((r) => r.name).join('\n');
    case 'dossiersPerYear':
      return formatNumber(value as number, { locale });
    default:
      if (typeof value === 'boolean') return value ? YES[locale][0] : YES[locale][1];
      return typeof value === 'string' || typeof value === 'number' ? String(value) : JSON.stringify(value);
  }
}

/** Long values are cut for the wire; the full value stays in the database or the file. */
export function clip(s: string, max = 600): string {
  return s.length > max ? s.slice(0, max - 1) + '…' : s;
}
