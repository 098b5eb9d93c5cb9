/**
 * Kỳ báo cáo → the dates a report covers and the line printed under its title. Periodic periods use the
 * cut-off of Nghị định 09/2019/NĐ-CP (Điều 12): from the 15th of the month before the period to the 14th of
 * its last month. Every report reads the data as it stood at the end of its period (`asOf`, never after
 * today: the future is not known yet).
 */
import type { ReportPeriod } from '../../shared/contract/reports';
import { formatDateVi, isIsoDate } from '../../shared/text/format';
import { ApiFailure } from '../api-failure';
import { toRoman as roman } from '../../shared/text/roman';

export interface ResolvedPeriod {
  /** First day covered, or null for "everything up to asOf". */
  from: string | null;
  /** Last day of the period as chosen. */
  to: string;
  /** The day the data is read as of: `to`, or today when the period has not ended yet. */
  asOf: string;
  /** "Kỳ báo cáo: quý I năm 2026 (từ ngày 15/12/2025 đến ngày 14/03/2026)" or "Số liệu tính đến ngày …". */
  line: string;
}

const iso = (y: number, m: number, d: number) =>
  `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

/** The NĐ 09/2019 window ending on the 14th of month `lastMonth` and starting after the 14th `months` before. */
function cutOff(year: number, lastMonth: number, months: number): { from: string; to: string } {
  const start = lastMonth - months; // the month whose 15th opens the window (0 or less: the year before)
  const fromYear = start <= 0 ? year - 1 : year;
  const fromMonth = start <= 0 ? start + 12 : start;
  return { from: iso(fromYear, fromMonth, 15), to: iso(year, lastMonth, 14) };
}

function span(from: string, to: string): string {
  return `từ ngày ${formatDateVi(from)} đến ngày ${formatDateVi(to)}`;
}

export function resolvePeriod(period: ReportPeriod, today: string): ResolvedPeriod {
  if (period === null) return asOfDay(today, today);
  switch (period.kind) {
    case 'asOf':
      return asOfDay(period.date, today);
    case 'month':
      return windowed(
        `tháng ${period.month} năm ${period.year}`,
        cutOff(period.year, period.month, 1),
        today,
      );
    case 'quarter':
      return windowed(
        `quý ${roman(period.quarter)} năm ${period.year}`,
        cutOff(period.year, period.quarter * 3, 3),
        today,
      );
    case 'half':
      return windowed(
        `6 tháng ${period.half === 1 ? 'đầu' : 'cuối'} năm ${period.year}`,
        cutOff(period.year, period.half * 6, 6),
        today,
      );
    case 'year':
      return windowed(`năm ${period.year}`, cutOff(period.year, 12, 12), today);
    case 'range':
      if (!isIsoDate(period.from) || !isIsoDate(period.to) || period.from > period.to)
        throw new ApiFailure('REPORT_PERIOD_INVALID', {
          detail: `${formatDateVi(period.from)} – ${formatDateVi(period.to)}`,
        });
      return windowed('', period, today);
  }
}

function asOfDay(date: string, today: string): ResolvedPeriod {
  if (!isIsoDate(date) || date > today)
    throw new ApiFailure('REPORT_PERIOD_INVALID', { detail: formatDateVi(date) });
  return { from: null, to: date, asOf: date, line: `Số liệu tính đến ngày ${formatDateVi(date)}` };
}

function windowed(name: string, w: { from: string; to: string }, today: string): ResolvedPeriod {
  if (w.from > today) throw new ApiFailure('REPORT_PERIOD_INVALID', { detail: span(w.from, w.to) });
  const asOf = w.to > today ? today : w.to;
  const line =
    (name ? `Kỳ báo cáo: ${name} (${span(w.from, w.to)})` : `Kỳ báo cáo: ${span(w.from, w.to)}`) +
    (asOf === w.to ? '' : `; số liệu tính đến ngày ${formatDateVi(asOf)}`);
  return { from: w.from, to: w.to, asOf, line };
}
