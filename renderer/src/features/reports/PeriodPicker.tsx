import type { ReportPeriod } from '../../../../electron/shared/contract/reports';
import { parseDateVi } from '../../../../electron/shared/text/format';
import { useI18n, type MessageKey } from '../../i18n';

const KINDS = ['today', 'asOf', 'month', 'quarter', 'half', 'year', 'range'] as const;
export type PeriodKind = (typeof KINDS)[number];

export interface PeriodDraft {
  kind: PeriodKind;
  year: number;
  month: number;
  quarter: number;
  half: number;
  /** dd/mm/yyyy as typed. */
  date: string;
  from: string;
  to: string;
}

export function initialPeriod(now = new Date()): PeriodDraft {
  return {
    kind: 'today',
    year: now.getFullYear(),
    month: now.getMonth() + 1,
    quarter: Math.floor(now.getMonth() / 3) + 1,
    half: now.getMonth() < 6 ? 1 : 2,
    date: '',
    from: '',
    to: '',
  };
}

/** The draft as the request's period; `bad` when a typed date is not a date. */
export function periodOf(d: PeriodDraft): { period: ReportPeriod; bad: boolean } {
  switch (d.kind) {
    case 'today':
      return { period: null, bad: false };
    case 'asOf': {
      const date = parseDateVi(d.date);
      return date
        ? { period: { kind: 'asOf', date }, bad: false }
        : { period: null, bad: d.date.trim() !== '' };
    }
    case 'month':
      return { period: { kind: 'month', year: d.year, month: d.month }, bad: false };
    case 'quarter':
      return { period: { kind: 'quarter', year: d.year, quarter: d.quarter }, bad: false };
    case 'half':
      return { period: { kind: 'half', year: d.year, half: d.half }, bad: false };
    case 'year':
      return { period: { kind: 'year', year: d.year }, bad: false };
    case 'range': {
      const from = parseDateVi(d.from);
      const to = parseDateVi(d.to);
      if (from && to) return { period: { kind: 'range', from, to }, bad: false };
      return { period: null, bad: d.from.trim() !== '' || d.to.trim() !== '' };
    }
  }
}

/** Kỳ báo cáo: today, a day, a month, quarter, half-year or year (NĐ 09/2019 cut-off), or from–to. */
export function PeriodPicker({
  value,
  onChange,
}: {
  value: PeriodDraft;
  onChange: (d: PeriodDraft) => void;
}) {
  const { t } = useI18n();
  const set = (patch: Partial<PeriodDraft>) => onChange({ ...value, ...patch });
  const num = (e: { target: { value: string } }) => Number(e.target.value);
  const years = Array.from({ length: 12 }, (_, i) => initialPeriod().year - i);
  const { bad } = periodOf(value);
  return (
    <fieldset className="reports-period">
      <legend>{t('reports.period')}</legend>
      <select
        aria-label={t('reports.period')}
        value={value.kind}
        onChange={(e) => set({ kind: e.target.value as PeriodKind })}
      >
        {KINDS.map((k) => (
          <option key={k} value={k}>
            {t(`reports.period.${k}` as MessageKey)}
          </option>
        ))}
      </select>
      {value.kind === 'asOf' && (
        <input
          aria-label={t('reports.period.date')}
          placeholder="31/03/2026"
          value={value.date}
          onChange={(e) => set({ date: e.target.value })}
        />
      )}
      {value.kind === 'range' && (
        <>
          <input
            aria-label={t('reports.period.from')}
            placeholder="01/01/2026"
            value={value.from}
            onChange={(e) => set({ from: e.target.value })}
          />
          <span>–</span>
          <input
            aria-label={t('reports.period.to')}
            placeholder="30/06/2026"
            value={value.to}
            onChange={(e) => set({ to: e.target.value })}
          />
        </>
      )}
      {value.kind === 'month' && (
        <select
          aria-label={t('reports.period.monthLabel')}
          value={value.month}
          onChange={(e) => set({ month: num(e) })}
        >
          {Array.from({ length: 12 }, (_, i) => (
            <option key={i} value={i + 1}>
              {i + 1}
            </option>
          ))}
        </select>
      )}
      {value.kind === 'quarter' && (
        <select
          aria-label={t('reports.period.quarterLabel')}
          value={value.quarter}
          onChange={(e) => set({ quarter: num(e) })}
        >
          {['I', 'II', 'III', 'IV'].map((q, i) => (
            <option key={q} value={i + 1}>
              {q}
            </option>
          ))}
        </select>
      )}
      {value.kind === 'half' && (
        <select
          aria-label={t('reports.period.half')}
          value={value.half}
          onChange={(e) => set({ half: num(e) })}
        >
          <option value={1}>{t('reports.period.halfFirst')}</option>
          <option value={2}>{t('reports.period.halfSecond')}</option>
        </select>
      )}
      {['month', 'quarter', 'half', 'year'].includes(value.kind) && (
        <select
          aria-label={t('reports.period.yearLabel')}
          value={value.year}
          onChange={(e) => set({ year: num(e) })}
        >
          {years.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      )}
      {bad && (
        <em className="reports-warning" role="alert">
          {t('reports.period.badDate')}
        </em>
      )}
      {['month', 'quarter', 'half', 'year'].includes(value.kind) && <small>{t('reports.period.hint')}</small>}
    </fieldset>
  );
}
