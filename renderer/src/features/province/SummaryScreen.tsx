import { useEffect, useState } from 'react';
import type { GroupTotals, PlanSummary, Totals } from '../../../../electron/shared/contract/province';
import { formatNumber } from '../../../../electron/shared/text/format';
import { useI18n } from '../../i18n';
import { provinceCall } from './api';
import { CostCells, CostHeads } from './CostColumns';
import { totalsCells } from './format';

function GroupTable({
  title,
  label,
  groups,
}: {
  title: string;
  label: string;
  groups: readonly GroupTotals[];
}) {
  const { t } = useI18n();
  const max = Math.max(1, ...groups.map((g) => g.totals.before.dong));
  return (
    <div className="summary-block">
      <h2>{title}</h2>
      <table className="prov-table">
        <thead>
          <tr>
            <th>{label}</th>
            <th className="num">{t('prov.col.items')}</th>
            <th className="num">{t('prov.col.proposed')}</th>
            <CostHeads />
          </tr>
        </thead>
        <tbody>
          {groups.map((g) => {
            return (
              <tr key={g.key}>
                <td>
                  {g.label}
                  {g.totals.before.dong > 0 && (
                    <div className="bar" aria-hidden="true">
                      <span className="after" style={{ width: `${(g.totals.after.dong / max) * 100}%` }} />
                      <span className="saving" style={{ width: `${(g.totals.saving.dong / max) * 100}%` }} />
                    </div>
                  )}
                </td>
                <td className="num">{formatNumber(g.totals.items)}</td>
                <td className="num">{formatNumber(g.totals.proposed)}</td>
                <CostCells totals={g.totals} />
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/** Σ cost before/after and saving of the current submissions: the province, by lĩnh vực, by unit. */
export function SummaryScreen({ plan }: { plan: PlanSummary }) {
  const { t } = useI18n();
  const [data, setData] = useState<{ total: Totals; byField: GroupTotals[]; byUnit: GroupTotals[] } | null>(
    null,
  );
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    provinceCall('province.summary', { planId: plan.id })
      .then(setData)
      .catch((e: Error) => setError(e.message));
  }, [plan.id]);
  if (error)
    return (
      <div className="error-bar" role="alert">
        {error}
      </div>
    );
  if (!data) return <p className="loading">{t('app.loading')}</p>;
  const c = totalsCells(data.total);
  return (
    <section className="prov-screen">
      <div className="toolbar">
        <h1>{plan.title}</h1>
      </div>
      <div className="cards" aria-label={t('prov.total')}>
        <div className="card">
          <span>{t('prov.col.before')}</span>
          <strong>{c.before}</strong>
        </div>
        <div className="card">
          <span>{t('prov.col.after')}</span>
          <strong>{c.after}</strong>
        </div>
        <div className="card accent">
          <span>{t('prov.col.saving')}</span>
          <strong>{c.saving}</strong>
        </div>
        <div className="card accent">
          <span>{t('prov.col.rate')}</span>
          <strong>{c.rate}</strong>
        </div>
        <div className="card">
          <span>{t('prov.cards.items')}</span>
          <strong>{formatNumber(data.total.items)}</strong>
          <small>
            {formatNumber(data.total.withCost)} {t('prov.cards.withCost')}
          </small>
        </div>
      </div>
      <p className="muted small">
        {t('prov.sumNote')}{' '}
        <span className="legend">
          <i className="swatch after" /> {t('prov.legend.after')} <i className="swatch saving" />{' '}
          {t('prov.legend.saving')}
        </span>
      </p>
      <div className="summary-grid">
        <GroupTable title={t('prov.byUnit')} label={t('prov.col.unit')} groups={data.byUnit} />
        <GroupTable title={t('prov.byField')} label={t('prov.col.field')} groups={data.byField} />
      </div>
    </section>
  );
}
