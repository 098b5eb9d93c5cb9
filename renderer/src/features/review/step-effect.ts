/**
 * The sentences beside a citizen step: what it costs ("→ chuyến đi nộp hồ sơ (2 giờ, 30.000 đ)") and what a mark
 * on it changed ("bỏ bước 2 → chuyến đi nộp hồ sơ: −2 giờ, −30.000 đ"), or why it changed nothing.
 */
import type { CitizenStepDto, ReviewView } from '../../../../electron/shared/contract/review';
import { formatMoney, formatNumber } from '../../../../electron/shared/text/format';
import type { MessageKey } from '../../i18n';

type T = (key: MessageKey, params?: Record<string, string | number>) => string;
type Locale = 'vi' | 'en';

const chName = (t: T, m: string) => t(`process.ch.${m}` as MessageKey);
const chList = (t: T, list: readonly string[]) =>
  list.length ? list.map((m) => chName(t, m)).join(', ') : t('step.allChannels');

/** Internal steps as "1, 5, 6" (with the variant's number when the unit has several). */
function internalList(view: ReviewView, ids: readonly number[]): string {
  return view.processes
    .flatMap((p, pi) =>
      p.steps
        .filter((s) => ids.includes(s.id))
        .map((s) => (view.processes.length > 1 ? `${pi + 1}.${s.ord}` : String(s.ord))),
    )
    .join(', ');
}

/** Office time as the officer reads it: hours under a working day ("1 giờ"), else days ("1,5 ngày"). */
const officeTime = (t: T, locale: Locale, hoursMilli: number) =>
  hoursMilli < 8000
    ? t('step.officeHours', { n: formatNumber(hoursMilli / 1000, { locale }) })
    : t('step.officeDays', { n: formatNumber(hoursMilli / 8000, { locale }) });

const costOf = (t: T, locale: Locale, rows: ReviewView['costRows']['before']) =>
  t('step.cost', {
    h: formatNumber(rows.reduce((n, r) => n + r.hoursMilli, 0) / 1000, { locale }),
    m: formatMoney(
      rows.reduce((n, r) => n + r.otherCost + r.serviceCost + r.fee, 0),
      { locale },
    ),
  });

/** What the step costs, before any mark. */
export function mapsTo(t: T, locale: Locale, o: CitizenStepDto, view: ReviewView): string {
  const before = view.costRows.before;
  const costCh = view.record.channels.find((c) => c.id === view.costChannelId)?.method ?? null;
  const applies = !costCh || o.channels.length === 0 || o.channels.includes(costCh);
  const internal = view.processes.flatMap((p) => p.steps).filter((s) => o.internalStepIds.includes(s.id));
  const internalText = internal.length
    ? `${t('step.to.internal', { list: internalList(view, o.internalStepIds) })} (${officeTime(
        t,
        locale,
        internal.reduce((n, s) => n + (s.time.milli ?? 0) * (s.time.unit === 'HOUR' ? 1 : 8), 0),
      )})`
    : null;
  const other = t('step.to.otherChannel', { ch: chList(t, o.channels) });
  switch (o.kind) {
    case 'SUBMIT':
    case 'RESULT': {
      const row = before.filter((r) => r.key === o.kind);
      const trip =
        applies && row.length
          ? `${t(`step.to.trip.${o.kind}`)} (${costOf(t, locale, row)})`
          : o.channels.length
            ? t(`step.to.channelTrip.${o.kind}`, { ch: chList(t, o.channels) })
            : other;
      return [trip, internalText].filter(Boolean).join('; ');
    }
    case 'PAY': {
      const fees = before.filter((r) => r.key === 'FEES');
      return applies && fees.length ? `${t('step.to.fees')} (${costOf(t, locale, fees)})` : other;
    }
    case 'PREPARE': {
      const docs = before.filter((r) => r.key.startsWith('COMPONENT:'));
      return applies ? `${t('step.to.docs', { n: docs.length })} (${costOf(t, locale, docs)})` : other;
    }
    case 'VISIT': {
      const row = before.filter((r) => r.key === `STEP:${o.stepId}`);
      return row.length ? `${t('step.to.visit')} (${costOf(t, locale, row)})` : other;
    }
    case 'OFFICE':
      if (internalText) return internalText;
      if (o.days !== null) return t('step.daysN', { n: formatNumber(o.days, { locale }) });
      if (o.estimate)
        return t('step.to.officeEstimate', {
          d: formatNumber(o.estimate.days, { locale }),
          days: formatNumber(o.estimate.legalDays, { locale }),
          n: o.estimate.steps,
        });
      return view.processes.length ? t('step.to.none') : t('step.to.officeUnknown');
    case 'NOTE':
      return t('step.to.none');
  }
}

const signed = (saved: number) => (saved > 0 ? '−' : '+');

/** What the mark on the step changed, as one sentence; null when it changed nothing (see reasonText). */
export function effectText(t: T, locale: Locale, o: CitizenStepDto, view: ReviewView): string | null {
  const e = o.effect;
  if (!e || !o.action || o.action === 'KEEP') return null;
  const what: string[] = [];
  const keys = new Set(e.rowKeys.map((k) => k.split(':')[0]));
  if (keys.has('SUBMIT')) what.push(t('step.to.trip.SUBMIT'));
  if (keys.has('RESULT')) what.push(t('step.to.trip.RESULT'));
  if (keys.has('STEP')) what.push(t('step.to.visit'));
  if (keys.has('FEES')) what.push(t('step.to.fees'));
  const docs = e.rowKeys.filter((k) => k.startsWith('COMPONENT:')).length;
  if (docs) what.push(t('step.to.docs', { n: docs }));
  if (e.internalStepIds.length)
    what.push(t('step.to.internal', { list: internalList(view, e.internalStepIds) }));
  const deltas: string[] = [];
  if (e.hoursMilli)
    deltas.push(
      t('step.delta.hours', {
        sign: signed(e.hoursMilli),
        v: formatNumber(Math.abs(e.hoursMilli) / 1000, { locale }),
      }),
    );
  if (e.money)
    deltas.push(
      t('step.delta.money', { sign: signed(e.money), v: formatMoney(Math.abs(e.money), { locale }) }),
    );
  if (e.officeHoursMilli)
    deltas.push(
      t('step.delta.office', {
        sign: signed(e.officeHoursMilli),
        v: officeTime(t, locale, Math.abs(e.officeHoursMilli)),
      }),
    );
  // The other channels' own trips and fees: "−0,5 giờ (Trực tuyến)".
  for (const c of e.channels) {
    const m = view.record.channels.find((x) => x.id === c.channelId)?.method;
    if (!m) continue;
    what.push(t('step.to.channelCost', { ch: chName(t, m) }));
    const parts = [
      c.hoursMilli
        ? t('step.delta.hours', {
            sign: signed(c.hoursMilli),
            v: formatNumber(Math.abs(c.hoursMilli) / 1000, { locale }),
          })
        : null,
      c.money
        ? t('step.delta.money', { sign: signed(c.money), v: formatMoney(Math.abs(c.money), { locale }) })
        : null,
    ].filter(Boolean);
    deltas.push(`${parts.join(', ')} (${chName(t, m)})`);
  }
  // One entry per distinct cut: "−7 ngày (Trực tiếp, Bưu chính)".
  const byDays = new Map<number, string[]>();
  for (const c of e.dayCuts) {
    const m = view.record.channels.find((x) => x.id === c.channelId)?.method;
    if (m) byDays.set(c.days, [...(byDays.get(c.days) ?? []), m]);
  }
  for (const [days, chs] of byDays) {
    what.push(t('step.to.days', { ch: chList(t, chs) }));
    deltas.push(t('step.delta.days', { sign: '−', v: formatNumber(days, { locale }), ch: chList(t, chs) }));
  }
  const verb = t(`step.action.${o.action}` as MessageKey, { n: o.ord });
  const estimate = e.dayCuts.find((c) => c.estimate)?.estimate;
  const note = estimate
    ? ` (${t('step.estimate', { days: formatNumber(estimate.legalDays, { locale }), n: estimate.steps })})`
    : '';
  return `${verb} → ${[...new Set(what)].join(', ')}: ${deltas.join(', ')}${note}`;
}

/** Why the mark changed nothing, in terms the officer can act on. */
export function reasonText(t: T, locale: Locale, o: CitizenStepDto): string | null {
  const r = o.reason;
  if (!r) return null;
  const target = r.target ? t(`review.target.${r.target}` as MessageKey) : '';
  return t(`step.reason.${r.code}` as MessageKey, {
    chs: chList(t, r.channels ?? []),
    cost: r.costChannel ? chName(t, r.costChannel) : '',
    target,
    action: r.ownAction ? t(`review.action.${r.ownAction}` as MessageKey) : '',
    n: r.stepOrd ?? '',
    days:
      r.days === null || r.days === undefined
        ? t('step.daysUnknown')
        : t('step.daysN', { n: formatNumber(r.days, { locale }) }),
  });
}
