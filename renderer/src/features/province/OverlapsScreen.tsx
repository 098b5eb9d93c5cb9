import { useEffect, useState } from 'react';
import {
  OVERLAPS_PAGE,
  type Overlap,
  type OverlapProcedure,
  type PlanSummary,
} from '../../../../electron/shared/contract/province';
import { REVIEW_STATUS_VI, type ReviewStatus } from '../../../../electron/shared/domain';
import { formatNumber } from '../../../../electron/shared/text/format';
import { useI18n } from '../../i18n';
import { provinceCall } from './api';
import { money, pct } from './format';

type Kind = keyof OverlapProcedure['kinds'];
const KINDS: readonly Kind[] = ['ABOLISH', 'REPLACE', 'AMEND'];

/** One procedure's proposals, a row per unit (dozens of communes fit down a screen, not across it). */
function SideBySide({ planId, code }: { planId: number; code: string }) {
  const { t, locale } = useI18n();
  const [overlap, setOverlap] = useState<Overlap | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    provinceCall('province.overlaps.units', { planId, code })
      .then(setOverlap)
      .catch((e: Error) => setError(e.message));
  }, [planId, code]);
  if (error)
    return (
      <div className="error-bar" role="alert">
        {error}
      </div>
    );
  if (!overlap) return <p className="loading">{t('app.loading')}</p>;
  const status = (s: string) =>
    locale === 'vi' ? (REVIEW_STATUS_VI[s as ReviewStatus] ?? s) : s.replace('_', ' ').toLowerCase();
  return (
    <div className="overlap" aria-label={overlap.code}>
      <h2>
        <code>{overlap.code}</code> {overlap.name}{' '}
        <span className="muted">
          · {overlap.field} · {t('prov.overlaps.unitsOf', { count: overlap.units.length })}
        </span>
      </h2>
      <table className="prov-table side-by-side">
        <thead>
          <tr>
            <th>
              {t('prov.col.unit')}
              <div className="muted small">{t('prov.overlaps.row.status')}</div>
            </th>
            <th>{t('prov.overlaps.row.kind')}</th>
            <th>{t('prov.overlaps.row.proposals')}</th>
            <th className="num">{t('prov.col.before')}</th>
            <th className="num">{t('prov.col.after')}</th>
            <th className="num">{t('prov.col.rate')}</th>
          </tr>
        </thead>
        <tbody>
          {overlap.units.map((u) => (
            <tr key={u.unitCode}>
              <th scope="row">
                {u.unitName}
                <div className="muted small">{status(u.status)}</div>
              </th>
              <td>{u.kind ? t(`prov.kind.${u.kind as Kind}`) : '—'}</td>
              <td>
                <ul>
                  {u.proposals.map((p, i) => (
                    <li key={i}>{p}</li>
                  ))}
                </ul>
              </td>
              <td className="num">{money(u.before)}</td>
              <td className="num">{money(u.after)}</td>
              <td className="num">{pct(u.reductionPct)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/**
 * Procedures proposed by several units: a page of them, the most units first, each with its count, kinds and
 * Σ saving / Σ before; the units' proposals side by side for the one picked (loaded on demand, so the screen
 * never carries every unit's texts at once).
 */
export function OverlapsScreen({ plan }: { plan: PlanSummary }) {
  const { t } = useI18n();
  const [offset, setOffset] = useState(0);
  const [page, setPage] = useState<{ total: number; rows: OverlapProcedure[] } | null>(null);
  const [picked, setPicked] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    provinceCall('province.overlaps', { planId: plan.id, offset, limit: OVERLAPS_PAGE })
      .then((p) => {
        setPage(p);
        setPicked((c) => (c && p.rows.some((r) => r.code === c) ? c : (p.rows[0]?.code ?? null)));
      })
      .catch((e: Error) => setError(e.message));
  }, [plan.id, offset]);
  if (error)
    return (
      <div className="error-bar" role="alert">
        {error}
      </div>
    );
  if (!page) return <p className="loading">{t('app.loading')}</p>;
  const kinds = (o: OverlapProcedure) =>
    KINDS.filter((k) => o.kinds[k] > 0)
      .map((k) => `${formatNumber(o.kinds[k])} ${t(`prov.kind.${k}`).toLowerCase()}`)
      .join(' · ');
  return (
    <section className="prov-screen">
      <div className="toolbar">
        <h1>{plan.title}</h1>
        <span>
          {page.total
            ? t('prov.overlaps.hint', { count: formatNumber(page.total) })
            : t('prov.overlaps.none')}
        </span>
      </div>
      {page.total > 0 && (
        <div className="overlaps-layout">
          <div className="overlaps-list">
            <div className="table-wrap">
              <table className="prov-table status-table">
                <thead>
                  <tr>
                    <th>{t('prov.col.name')}</th>
                    <th className="num nowrap">{t('prov.overlaps.units')}</th>
                    <th>{t('prov.overlaps.row.kind')}</th>
                    <th className="num">{t('prov.col.rate')}</th>
                  </tr>
                </thead>
                <tbody>
                  {page.rows.map((o) => (
                    <tr
                      key={o.code}
                      className={o.code === picked ? 'selected' : undefined}
                      onClick={() => setPicked(o.code)}
                    >
                      <td>
                        <div className="clamp" title={o.name}>
                          <button
                            type="button"
                            className="link"
                            aria-pressed={o.code === picked}
                            onClick={() => setPicked(o.code)}
                          >
                            {o.code}
                          </button>{' '}
                          {o.name}
                        </div>
                        <div className="muted small">{o.field}</div>
                      </td>
                      <td className="num">{formatNumber(o.units)}</td>
                      <td className="small">{kinds(o)}</td>
                      <td className="num">{o.withCost ? pct(o.reductionPct) : '—'}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <div className="pager">
              <button
                type="button"
                disabled={offset === 0}
                onClick={() => setOffset(Math.max(0, offset - OVERLAPS_PAGE))}
              >
                {t('prov.overlaps.prev')}
              </button>
              <span>
                {t('prov.overlaps.page', {
                  from: formatNumber(offset + 1),
                  to: formatNumber(offset + page.rows.length),
                  total: formatNumber(page.total),
                })}
              </span>
              <button
                type="button"
                disabled={offset + OVERLAPS_PAGE >= page.total}
                onClick={() => setOffset(offset + OVERLAPS_PAGE)}
              >
                {t('prov.overlaps.next')}
              </button>
            </div>
          </div>
          <div className="overlaps-detail">
            {picked && <SideBySide key={picked} planId={plan.id} code={picked} />}
          </div>
        </div>
      )}
    </section>
  );
}
