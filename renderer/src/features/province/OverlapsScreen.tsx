import { useEffect, useState } from 'react';
import type { Overlap, PlanSummary } from '../../../../electron/shared/contract/province';
import { REVIEW_STATUS_VI, type ReviewStatus } from '../../../../electron/shared/domain';
import { useI18n } from '../../i18n';
import { provinceCall } from './api';
import { money, pct } from './format';

/** Procedures proposed by several units: one table each, the units side by side. */
export function OverlapsScreen({ plan }: { plan: PlanSummary }) {
  const { t, locale } = useI18n();
  const [rows, setRows] = useState<Overlap[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    provinceCall('province.overlaps', { planId: plan.id })
      .then(setRows)
      .catch((e: Error) => setError(e.message));
  }, [plan.id]);
  if (error)
    return (
      <div className="error-bar" role="alert">
        {error}
      </div>
    );
  if (!rows) return <p className="loading">{t('app.loading')}</p>;
  const status = (s: string) =>
    locale === 'vi' ? (REVIEW_STATUS_VI[s as ReviewStatus] ?? s) : s.replace('_', ' ').toLowerCase();
  return (
    <section className="prov-screen">
      <div className="toolbar">
        <h1>{plan.title}</h1>
        <span>{rows.length ? t('prov.overlaps.hint', { count: rows.length }) : t('prov.overlaps.none')}</span>
      </div>
      {rows.map((o) => (
        <div key={o.code} className="overlap">
          <h2>
            <code>{o.code}</code> {o.name} <span className="muted">· {o.field}</span>
          </h2>
          <div className="table-wrap">
            <table className="prov-table side-by-side">
              <thead>
                <tr>
                  <th />
                  {o.units.map((u) => (
                    <th key={u.unitCode}>{u.unitName}</th>
                  ))}
                </tr>
              </thead>
              <tbody>
                <tr>
                  <th>{t('prov.overlaps.row.status')}</th>
                  {o.units.map((u) => (
                    <td key={u.unitCode}>{status(u.status)}</td>
                  ))}
                </tr>
                <tr>
                  <th>{t('prov.overlaps.row.kind')}</th>
                  {o.units.map((u) => (
                    <td key={u.unitCode}>{u.kind ? t(`prov.kind.${u.kind as 'AMEND'}`) : '—'}</td>
                  ))}
                </tr>
                <tr>
                  <th>{t('prov.overlaps.row.proposals')}</th>
                  {o.units.map((u) => (
                    <td key={u.unitCode}>
                      <ul>
                        {u.proposals.map((p, i) => (
                          <li key={i}>{p}</li>
                        ))}
                      </ul>
                    </td>
                  ))}
                </tr>
                <tr>
                  <th>{t('prov.col.before')}</th>
                  {o.units.map((u) => (
                    <td key={u.unitCode} className="num">
                      {money(u.before)}
                    </td>
                  ))}
                </tr>
                <tr>
                  <th>{t('prov.col.after')}</th>
                  {o.units.map((u) => (
                    <td key={u.unitCode} className="num">
                      {money(u.after)}
                    </td>
                  ))}
                </tr>
                <tr>
                  <th>{t('prov.col.rate')}</th>
                  {o.units.map((u) => (
                    <td key={u.unitCode} className="num">
                      {pct(u.reductionPct)}
                    </td>
                  ))}
                </tr>
              </tbody>
            </table>
          </div>
        </div>
      ))}
    </section>
  );
}
