import { useEffect, useState } from 'react';
import type { CampaignDetail } from '../../../../electron/shared/contract/review';
import { MarkAction, ReviewStatus } from '../../../../electron/shared/domain';
import { formatMoney, formatNumber, formatPercent } from '../../../../electron/shared/text/format';
import { call } from '../../api/client';
import { useI18n } from '../../i18n';
import { ProgressBar } from './bars';

const pct = (s: string | null, locale: 'vi' | 'en') =>
  s === null ? '—' : formatPercent(Number(s), { locale });

/** One plan: the §2.6 counters on top, then its procedures grouped by status. */
export function CampaignBoard({
  campaignId,
  onBack,
  onOpen,
}: {
  campaignId: number;
  onBack: () => void;
  onOpen: (itemId: number) => void;
}) {
  const { t, locale } = useI18n();
  const [detail, setDetail] = useState<CampaignDetail | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [search, setSearch] = useState('');
  const addBySearch = () =>
    call('inventory.list', { unitId: detail?.campaign.unitId ?? 0, search })
      .then((page) =>
        call('campaigns.addItems', { campaignId, procedureIds: page.rows.map((r) => r.procedureId) }),
      )
      .then((d) => {
        setDetail(d);
        setSearch('');
        setError(null);
      })
      .catch((e: Error) => setError(e.message));
  useEffect(() => {
    call('campaigns.get', { campaignId })
      .then((d) => {
        setDetail(d);
        performance.mark('tinhgon:review-board');
      })
      .catch((e: Error) => setError(e.message));
  }, [campaignId]);

  if (error)
    return (
      <p className="review-error" role="alert">
        {error}
      </p>
    );
  if (!detail) return null;
  const { campaign, items, counters } = detail;
  const money = (n: number) => formatMoney(n, { locale });
  return (
    <div className="review-board">
      <header className="review-head">
        <button type="button" onClick={onBack}>
          {t('review.back')}
        </button>
        <h2>{campaign.title}</h2>
        <ProgressBar
          bp={campaign.progressBp}
          label={t('review.progress', { pct: formatPercent(campaign.progressBp / 100, { locale }) })}
        />
      </header>
      <form
        className="review-form-grid"
        onSubmit={(e) => {
          e.preventDefault();
          void addBySearch();
        }}
      >
        <input
          aria-label={t('review.filter')}
          placeholder={t('review.filter')}
          value={search}
          onChange={(e) => setSearch(e.target.value)}
        />
        <button type="submit" disabled={search.trim() === ''}>
          {t('review.addItems')}
        </button>
        {error && (
          <span className="review-error" role="alert">
            {error}
          </span>
        )}
      </form>
      <dl className="review-counters" data-testid="review-counters">
        <div>
          <dt>{t('review.counters.reviewed')}</dt>
          <dd>{formatNumber(counters.reviewed, { locale })}</dd>
        </div>
        <div>
          <dt>{t('review.counters.proposed')}</dt>
          <dd>{formatNumber(counters.proceduresProposed, { locale })}</dd>
        </div>
        <div>
          <dt>{t('review.counters.byAction')}</dt>
          <dd className="review-small">
            {MarkAction.options
              .map((a) => `${t(`review.action.${a}`)}: ${counters.proposalsByAction[a]}`)
              .join(' · ')}
          </dd>
        </div>
        <div>
          <dt>{t('review.counters.components')}</dt>
          <dd>{formatNumber(counters.componentsCut, { locale })}</dd>
        </div>
        <div>
          <dt>{t('review.counters.days')}</dt>
          <dd>
            {formatNumber(counters.daysCut, { locale })} ({pct(counters.daysPct, locale)})
          </dd>
        </div>
        <div>
          <dt>{t('review.counters.cost')}</dt>
          <dd>
            {money(counters.costBefore.dong)} → {money(counters.costAfter.dong)}
          </dd>
        </div>
        <div>
          <dt>{t('review.counters.saving')}</dt>
          <dd data-testid="campaign-saving">
            {money(counters.saving.dong)} ({pct(counters.reductionPct, locale)})
          </dd>
        </div>
      </dl>
      <div className="review-columns">
        {ReviewStatus.options.map((status) => (
          <section
            key={status}
            className={`review-column status-${status}`}
            aria-label={t(`review.status.${status}`)}
          >
            <h3>
              {t(`review.status.${status}`)} ({campaign.statusCounts[status]})
            </h3>
            {items
              .filter((i) => i.status === status)
              .map((i) => (
                <button key={i.id} type="button" className="review-item" onClick={() => onOpen(i.id)}>
                  <strong>{i.code}</strong> {i.name}
                  {i.outdated && <span className="outdated-badge">{t('review.outdated')}</span>}
                  <small>
                    {i.reviewer}
                    {i.costBefore !== null && i.costAfter !== null
                      ? ` · ${money(i.costBefore)} → ${money(i.costAfter)} (${pct(i.reductionPct, locale)})`
                      : ''}
                  </small>
                </button>
              ))}
          </section>
        ))}
      </div>
    </div>
  );
}
