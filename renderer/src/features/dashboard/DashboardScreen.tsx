import { useEffect, useState } from 'react';
import type { DashboardSummary } from '../../../../electron/shared/contract/reports';
import { formatMoney, formatNumber } from '../../../../electron/shared/text/format';
import { call } from '../../api/client';
import { sendMenuCommand } from '../../app/menu-events';
import type { ScreenId } from '../../app/screens';
import { useI18n } from '../../i18n';
import { BarChart } from './BarChart';
import { setInventoryFilter } from './inventory-filter';
import './dashboard.css';

/** Tổng quan: the start page of a unit (counts, review progress, proposals, savings), as charts and numbers. */
export function DashboardScreen({ unitId, navigate }: { unitId: number; navigate: (s: ScreenId) => void }) {
  const { t, locale } = useI18n();
  const [data, setData] = useState<DashboardSummary | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    call('dashboard.summary', { unitId })
      .then((d) => {
        if (!live) return;
        setData(d);
        performance.mark('tinhgon:dashboard-ready');
      })
      .catch((e: Error) => live && setError(e.message));
    return () => {
      live = false;
    };
  }, [unitId]);

  if (error) return <p role="alert">{error}</p>;
  if (!data) return null;
  const c = data.cost;
  const campaign = data.campaign;
  return (
    <section className="dashboard">
      <header className="dashboard-head">
        <h1>
          {t('dashboard.title')} · {data.unit.name}
        </h1>
        <div className="dashboard-kpis">
          <div>
            <span>{t('dashboard.total')}</span>
            <strong data-testid="dashboard-total">{formatNumber(data.totalProcedures, { locale })}</strong>
          </div>
          {campaign && (
            <div>
              <span>{t('dashboard.review')}</span>
              <strong>
                {t('dashboard.reviewed', { reviewed: campaign.reviewed, total: campaign.total })}
              </strong>
            </div>
          )}
          {c.procedures > 0 && (
            <div>
              <span>{t('dashboard.cost')}</span>
              <strong data-testid="dashboard-saving">
                {t('dashboard.saving', {
                  amount: formatMoney(c.saving, { locale }),
                  pct:
                    c.reductionPct === null
                      ? '—'
                      : formatNumber(Number(c.reductionPct), { locale, fractionDigits: 2 }),
                })}
              </strong>
            </div>
          )}
        </div>
        {data.totalProcedures > 0 && <p className="dashboard-hint">{t('dashboard.clickHint')}</p>}
      </header>
      {data.totalProcedures === 0 ? (
        // A new unit: no chart to draw yet, the way forward instead.
        <div className="dashboard-empty" data-testid="dashboard-empty">
          <p>
            <strong>{t('dashboard.empty')}</strong>
          </p>
          <p>{t('dashboard.emptyHint')}</p>
          <div className="empty-actions">
            <button type="button" className="primary" onClick={() => navigate('import')}>
              {t('dashboard.emptyImport')}
            </button>
            <button type="button" onClick={() => sendMenuCommand('new-procedure')}>
              {t('dashboard.emptyCreate')}
            </button>
          </div>
        </div>
      ) : (
        <div className="dashboard-grid">
          <article className="wide">
            <h2>{t('dashboard.byField')}</h2>
            <BarChart
              testId="chart-by-field"
              horizontal
              height={Math.max(220, data.byField.length * 30 + 40)}
              yName={t('dashboard.count')}
              bars={data.byField.map((r) => ({ key: r.key, label: r.label, value: r.count }))}
              onBar={(b) => {
                setInventoryFilter({ field: b.key });
                navigate('inventory');
              }}
            />
          </article>
          <article>
            <h2>{t('dashboard.byOnline')}</h2>
            <BarChart
              testId="chart-by-online"
              yName={t('dashboard.count')}
              bars={data.byOnlineLevel.map((r) => ({ key: r.key, label: r.label, value: r.count }))}
              onBar={(b) => {
                if (b.key === 'UNKNOWN') return;
                setInventoryFilter({ onlineLevel: b.key as 'NONE' | 'PARTIAL' | 'FULL' });
                navigate('inventory');
              }}
            />
            {data.byLegacyLevel.length > 0 && (
              <p className="dashboard-note">
                {t('dashboard.byLegacy')}:{' '}
                {data.byLegacyLevel.map((r) => `${r.label}: ${formatNumber(r.count)}`).join(' · ')}
              </p>
            )}
          </article>
          <article>
            <h2>{t('dashboard.review')}</h2>
            {campaign ? (
              <>
                <p className="dashboard-note">{campaign.title}</p>
                <BarChart
                  yName={t('dashboard.count')}
                  bars={campaign.byStatus.map((r) => ({ key: r.key, label: r.label, value: r.count }))}
                />
              </>
            ) : (
              <p>{t('dashboard.noCampaign')}</p>
            )}
          </article>
          <article>
            <h2>{t('dashboard.proposals')}</h2>
            <BarChart
              yName={t('dashboard.count')}
              bars={data.proposalsByType.map((r) => ({ key: r.key, label: r.label, value: r.count }))}
            />
          </article>
          <article>
            <h2>{t('dashboard.cost')}</h2>
            <BarChart
              yName={t('dashboard.cost')}
              bars={[
                { key: 'before', label: t('dashboard.costBefore'), value: c.before },
                { key: 'after', label: t('dashboard.costAfter'), value: c.after },
              ]}
            />
            <h2>{t('dashboard.days')}</h2>
            <p className="dashboard-note">
              {t('dashboard.costBefore')}: {formatNumber(data.days.before)} · {t('dashboard.costAfter')}:{' '}
              {formatNumber(data.days.after)} ·{' '}
              {t('dashboard.daysSaved', {
                days: formatNumber(data.days.before - data.days.after),
                n: data.days.procedures,
              })}
            </p>
          </article>
        </div>
      )}
    </section>
  );
}
