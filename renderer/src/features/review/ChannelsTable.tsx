import type { ReviewView } from '../../../../electron/shared/contract/review';
import type { MarkTargetKind } from '../../../../electron/shared/domain';
import { formatMoney, formatNumber } from '../../../../electron/shared/text/format';
import { useI18n, type MessageKey } from '../../i18n';

type Open = (kind: MarkTargetKind, id: number | null, label: string, kinds?: MarkTargetKind[]) => void;

/**
 * The channels with their Vietnamese names, days and fees before and after (days from the internal process
 * where it exists), and the trips of the channel the cost counts: each cell opens the mark of that element.
 */
export function ChannelsTable({ view, open }: { view: ReviewView; open: Open }) {
  const { t, locale } = useI18n();
  const money = (n: number | null) => (n === null ? t('process.feeNone') : formatMoney(n, { locale }));
  // Days from the internal steps are working days (hours ÷ 8); the published limit keeps its own unit.
  const days = (n: number | null, source: string | null, legalUnit: string | null, text = '') => {
    if (n === null) return text || '—';
    const key =
      source === 'PROCESS' || legalUnit === 'WORKING_DAY'
        ? 'process.workingDaysValue'
        : legalUnit === 'CALENDAR_DAY'
          ? 'process.daysValue'
          : 'process.daysNoUnit';
    return t(key, { n: formatNumber(n, { locale }) });
  };
  const name = (m: string) => t(`process.ch.${m}` as MessageKey);
  const source = (s: string | null, assumed = false, estimated = false) =>
    s === 'STEPS' && estimated
      ? t('step.fromStepsEstimated')
      : s === 'LEGAL' && assumed
        ? t('process.fromLegalBare')
        : s === 'PROCESS'
          ? t('process.fromProcess')
          : s === 'MARK'
            ? t('process.fromMark')
            : s === 'LEGAL'
              ? t('process.fromLegal')
              : s === 'STEPS'
                ? t('step.fromSteps')
                : '';
  const costChannel = view.record.channels.find((c) => c.id === view.costChannelId);
  const trip = (key: 'SUBMIT' | 'RESULT', scenario: 'before' | 'after') =>
    view.costRows[scenario].find((r) => r.key === key);
  const tripText = (key: 'SUBMIT' | 'RESULT', scenario: 'before' | 'after') => {
    const r = trip(key, scenario);
    return r
      ? `${r.name}: ${t('process.docCost', { h: formatNumber(r.hoursMilli / 1000, { locale }), m: formatMoney(r.otherCost, { locale }) })}`
      : '—';
  };
  return (
    <section className="review-channels" aria-label={t('process.channels')}>
      <h3>{t('process.channels')}</h3>
      <table className="review-cost-table">
        <thead>
          <tr>
            <th>{t('process.channel')}</th>
            <th>{t('review.before')}</th>
            <th>{t('review.after')}</th>
          </tr>
        </thead>
        <tbody>
          {view.record.channels.map((c) => {
            const d = view.channelDays.find((x) => x.channelId === c.id);
            const fee = c.fees[0];
            const changedDays = d && d.daysAfter !== d.daysBefore;
            const changedFee = d && d.feeAfter !== d.feeBefore;
            const changedCost = d && d.costAfter !== d.costBefore;
            const perDossier = (v: number | null | undefined) =>
              v === null || v === undefined ? null : (
                <small className="review-ch-cost">
                  {t('process.perDossierCost', { m: formatMoney(v, { locale }) })}
                  {c.id === view.costChannelId ? ` (${t('process.countedChannel')})` : ''}
                </small>
              );
            return (
              <tr key={c.id} data-testid={`channel-${c.method}`}>
                <th scope="row">{name(c.method)}</th>
                <td>
                  <button
                    type="button"
                    className="review-el"
                    disabled={view.item.locked}
                    onClick={() => open('CHANNEL_TIME', c.id, `${name(c.method)}: ${c.timeText}`)}
                  >
                    {days(d?.daysBefore ?? null, d?.sourceBefore ?? null, d?.legalUnit ?? null, c.timeText)}
                  </button>{' '}
                  <small>{source(d?.sourceBefore ?? null, d?.legalUnitAssumed)}</small>
                  <br />
                  {fee ? (
                    <button
                      type="button"
                      className="review-el fee"
                      disabled={view.item.locked}
                      onClick={() => open('FEE', fee.id, `${name(c.method)}: ${money(fee.amount)}`)}
                    >
                      {money(d?.feeBefore ?? null)}
                    </button>
                  ) : (
                    <small>{t('process.feeNone')}</small>
                  )}
                  <br />
                  {perDossier(d?.costBefore)}
                </td>
                <td data-testid={`after-ch-${c.id}`}>
                  <span className={changedDays ? 'changed' : ''} data-testid={`ch-days-after-${c.method}`}>
                    {days(d?.daysAfter ?? null, d?.sourceAfter ?? null, d?.legalUnit ?? null, c.timeText)}
                  </span>{' '}
                  <small>{source(d?.sourceAfter ?? null, d?.legalUnitAssumed, d?.estimated)}</small>
                  <br />
                  <span className={changedFee ? 'changed' : ''} data-testid={`ch-fee-after-${c.method}`}>
                    {fee ? money(d?.feeAfter ?? null) : t('process.feeNone')}
                  </span>
                  <br />
                  <span className={changedCost ? 'changed' : ''} data-testid={`ch-cost-after-${c.method}`}>
                    {perDossier(d?.costAfter)}
                  </span>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {costChannel && (
        <>
          <h4>{t('process.trips', { ch: name(costChannel.method) })}</h4>
          <ul className="review-trips">
            {(['SUBMIT', 'RESULT'] as const).map((key) => (
              <li key={key}>
                <button
                  type="button"
                  className="review-el"
                  data-testid={`trip-${key}`}
                  disabled={view.item.locked}
                  onClick={() =>
                    open(
                      key === 'SUBMIT' ? 'SUBMIT_TRIP' : 'RESULT_TRIP',
                      costChannel.id,
                      t(`process.trip.${key}`),
                    )
                  }
                >
                  {tripText(key, 'before')}
                </button>
                <span aria-hidden="true"> → </span>
                <span data-testid={`trip-after-${key}`}>
                  {trip(key, 'after') ? tripText(key, 'after') : <s>{tripText(key, 'before')}</s>}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
