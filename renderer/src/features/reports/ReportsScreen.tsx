import { useEffect, useMemo, useRef, useState } from 'react';
import { parseDateVi } from '../../../../electron/shared/text/format';
import type { ReportId, ReportInfo, ReportPreview } from '../../../../electron/shared/contract/reports';
import type { CampaignSummary } from '../../../../electron/shared/contract/review';
import { call } from '../../api/client';
import { useScreenCommands } from '../../app/menu-events';
import { useI18n } from '../../i18n';
import { ExportBar } from './ExportBar';
import './reports.css';

/** Báo cáo: the list of official reports → options → preview → export with progress (ux.md). */
export function ReportsScreen({ unitId, unitName }: { unitId: number; unitName: string }) {
  const { t } = useI18n();
  const [reports, setReports] = useState<ReportInfo[]>([]);
  const [selected, setSelected] = useState<ReportId>('inventory');
  const [campaigns, setCampaigns] = useState<CampaignSummary[]>([]);
  const [campaignId, setCampaignId] = useState<number | null>(null);
  const [codes, setCodes] = useState('');
  // "Tính đến ngày": the inventory as it stood then (repealed procedures, units before or after a merger).
  const [asOfText, setAsOfText] = useState('');
  const asOf = parseDateVi(asOfText) ?? undefined;
  const [fieldOptions, setFieldOptions] = useState<string[]>([]);
  const [fields, setFields] = useState<string[]>([]);
  // Preview and error are kept with the request they answer, so a new choice never shows a stale preview.
  const [previewed, setPreviewed] = useState<{
    key: string;
    preview: ReportPreview | null;
    error: string | null;
  } | null>(null);
  const [listError, setListError] = useState<string | null>(null);
  // Tệp → Xuất báo cáo (menu, palette): this screen; "Xuất báo cáo: <title>" also picks that report, and the
  // keyboard goes to its Export button once the preview allows the export.
  const detail = useRef<HTMLDivElement>(null);
  const focusExport = useRef(false);
  const focusExportButton = () =>
    detail.current?.querySelector<HTMLButtonElement>('.reports-export button:enabled')?.focus();
  useScreenCommands('reports', (_command, arg) => {
    if (arg && arg !== selected) {
      setSelected(arg as ReportId);
      focusExport.current = true;
    } else requestAnimationFrame(focusExportButton);
  });
  useEffect(() => {
    call('reports.list', {})
      .then(setReports)
      .catch((e: Error) => setListError(e.message));
    call('dashboard.summary', { unitId })
      .then((d) => setFieldOptions(d.byField.map((f) => f.key).filter(Boolean)))
      .catch(() => setFieldOptions([]));
    call('campaigns.list', { unitId })
      .then(setCampaigns)
      .catch(() => setCampaigns([]));
  }, [unitId]);

  const info = reports.find((r) => r.id === selected);
  const request = useMemo(
    () => ({
      report: selected,
      unitId,
      campaignId: info?.needsCampaign ? campaignId : null,
      filters: {
        fields,
        codes: codes
          .split(/[,;\s]+/)
          .map((c) => c.trim())
          .filter(Boolean),
        ...(asOf ? { asOf } : {}),
      },
    }),
    [selected, unitId, campaignId, codes, fields, asOf, info?.needsCampaign],
  );

  const key = JSON.stringify(request);
  const blocked = Boolean(info?.needsCampaign) && campaigns.length === 0;
  useEffect(() => {
    if (blocked) return;
    let live = true;
    performance.mark('tinhgon:report-preview-start');
    call('reports.preview', { ...request, limit: 30 })
      .then((p) => {
        if (!live) return;
        setPreviewed({ key, preview: p, error: null });
        performance.mark('tinhgon:report-preview-end');
      })
      .catch((e: Error) => live && setPreviewed({ key, preview: null, error: e.message }));
    return () => {
      live = false;
    };
  }, [request, key, blocked]);
  const preview = previewed?.key === key ? previewed.preview : null;
  useEffect(() => {
    if (!focusExport.current || !preview) return;
    focusExport.current = false;
    focusExportButton();
  }, [preview]);
  const error = listError ?? (previewed?.key === key ? previewed.error : null);

  return (
    <section className="reports">
      <header className="reports-head">
        <h1>{t('reports.title')}</h1>
        <p>{t('reports.intro')}</p>
      </header>
      <div className="reports-body">
        <ul className="reports-list" role="listbox" aria-label={t('reports.title')}>
          {reports.map((r) => (
            <li key={r.id} role="option" aria-selected={r.id === selected}>
              <button
                type="button"
                className={r.id === selected ? 'active' : ''}
                onClick={() => setSelected(r.id)}
              >
                <strong>{r.title}</strong>
                <span>{r.description}</span>
              </button>
            </li>
          ))}
        </ul>
        <div className="reports-detail" ref={detail}>
          <p className="reports-unit">
            {t('reports.unit')}: <strong>{unitName}</strong>
          </p>
          {info?.needsCampaign && (
            <label>
              {t('reports.campaign')}
              {campaigns.length === 0 ? (
                <em className="reports-warning"> {t('reports.noCampaign')}</em>
              ) : (
                <select
                  value={campaignId ?? ''}
                  onChange={(e) => setCampaignId(e.target.value ? Number(e.target.value) : null)}
                >
                  <option value="">{t('reports.campaignLatest')}</option>
                  {campaigns.map((c) => (
                    <option key={c.id} value={c.id}>
                      {c.title} ({c.year})
                    </option>
                  ))}
                </select>
              )}
            </label>
          )}
          {selected !== 'statistics' && fieldOptions.length > 0 && (
            <label>
              {t('reports.fields')}
              <select
                multiple
                size={Math.min(6, fieldOptions.length)}
                value={fields}
                onChange={(e) => setFields([...e.target.selectedOptions].map((o) => o.value))}
              >
                {fieldOptions.map((f) => (
                  <option key={f} value={f}>
                    {f}
                  </option>
                ))}
              </select>
            </label>
          )}
          {selected === 'inventory' || selected === 'details' ? (
            <label>
              {t('reports.asOf')}
              <input
                value={asOfText}
                onChange={(e) => setAsOfText(e.target.value)}
                placeholder="dd/mm/yyyy"
              />
            </label>
          ) : null}
          {selected !== 'statistics' && (
            <label>
              {t('reports.codes')}
              <input
                value={codes}
                onChange={(e) => setCodes(e.target.value)}
                placeholder="1.001612, 1.001193"
              />
            </label>
          )}
          {preview && (
            <p className="reports-filename">
              {t('reports.fileName')}: <code>{preview.suggestedName}</code> ·{' '}
              {t(info?.landscape ? 'reports.landscape' : 'reports.portrait')}
            </p>
          )}
          {error && (
            <p className="reports-error" role="alert">
              {error}
            </p>
          )}
          <ExportBar request={request} disabled={!preview} />
          {preview && <PreviewTable preview={preview} />}
        </div>
      </div>
    </section>
  );
}

function PreviewTable({ preview }: { preview: ReportPreview }) {
  const { t } = useI18n();
  return (
    <figure className="reports-preview" aria-label={t('reports.preview')}>
      <figcaption>
        <strong>{preview.title}</strong>
        <span>
          {t('reports.previewRows', {
            shown: preview.rows.length,
            total: preview.totalRows === null ? '500+' : preview.totalRows,
            sheets: preview.sheets.join(', '),
          })}
        </span>
      </figcaption>
      <div className="reports-preview-scroll">
        <table>
          <thead>
            <tr>
              {preview.columns.map((c, i) => (
                <th key={i}>{c}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {preview.rows.map((row, i) => {
              const grouped = row.slice(1).every((c) => c === '');
              return (
                <tr key={i} className={grouped ? 'group' : ''}>
                  {grouped ? (
                    <td colSpan={preview.columns.length}>{row[0]}</td>
                  ) : (
                    row.map((c, j) => <td key={j}>{c}</td>)
                  )}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
