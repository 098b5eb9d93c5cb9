import { useState } from 'react';
import type { PlanSummary, ProvinceReportId } from '../../../../electron/shared/contract/province';
import type { ReportPreview } from '../../../../electron/shared/contract/reports';
import { useI18n } from '../../i18n';
import { provinceCall } from './api';

const REPORTS: ProvinceReportId[] = ['plan', 'statistics', 'review-results'];

/** The province's consolidated reports, built by the same report builders as the units' own. */
export function ProvinceReportsScreen({ plan }: { plan: PlanSummary }) {
  const { t } = useI18n();
  const [preview, setPreview] = useState<{ id: ProvinceReportId; data: ReportPreview } | null>(null);
  const [ready, setReady] = useState<
    Partial<Record<ProvinceReportId, { url: string; fileName: string; info: string }>>
  >({});
  const [busy, setBusy] = useState<ProvinceReportId | null>(null);
  const [error, setError] = useState<string | null>(null);
  const run = (id: ProvinceReportId, what: 'preview' | 'export') => {
    setBusy(id);
    setError(null);
    const done = () => setBusy(null);
    if (what === 'preview')
      provinceCall('province.reports.preview', { planId: plan.id, report: id })
        .then((data) => setPreview({ id, data }))
        .catch((e: Error) => setError(e.message))
        .finally(done);
    else
      provinceCall('province.reports.export', { planId: plan.id, report: id })
        .then((r) =>
          setReady((x) => ({
            ...x,
            [id]: { ...r, info: t('prov.report.rows', { rows: r.rows, sheets: r.sheets.join(', ') }) },
          })),
        )
        .catch((e: Error) => setError(e.message))
        .finally(done);
  };
  return (
    <section className="prov-screen">
      <div className="toolbar">
        <h1>{plan.title}</h1>
      </div>
      {error && (
        <div className="error-bar" role="alert">
          {error}
        </div>
      )}
      <div className="report-cards">
        {REPORTS.map((id) => (
          <div key={id} className={`report-card${preview?.id === id ? ' active' : ''}`}>
            <h2>{t(`prov.report.${id}`)}</h2>
            <p className="muted">{t(`prov.report.${id}.desc`)}</p>
            <div className="actions">
              <button type="button" disabled={busy !== null} onClick={() => run(id, 'preview')}>
                {t('prov.report.preview')}
              </button>
              <button
                type="button"
                className="primary"
                disabled={busy !== null}
                onClick={() => run(id, 'export')}
              >
                {t('prov.report.export')}
              </button>
            </div>
            {ready[id] && (
              <p>
                <a href={ready[id].url} download={ready[id].fileName}>
                  {t('prov.report.download', { name: ready[id].fileName })}
                </a>{' '}
                <span className="muted small">{ready[id].info}</span>
              </p>
            )}
          </div>
        ))}
      </div>
      {preview && (
        <div className="preview">
          <h2>{preview.data.title}</h2>
          {preview.data.notes.map((note, i) => (
            <p key={i} className="muted small">
              {note}
            </p>
          ))}
          <div className="table-wrap">
            <table className="prov-table">
              <thead>
                <tr>
                  {preview.data.columns.map((c, i) => (
                    <th key={i}>{c}</th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {preview.data.rows.map((r, i) => (
                  <tr key={i}>
                    {r.map((cell, j) => (
                      <td key={j}>{cell}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
      )}
    </section>
  );
}
