import { useEffect, useMemo, useRef, useState } from 'react';
import type {
  ReportId,
  ReportInfo,
  ReportPreview,
  ReportRequest,
} from '../../../../electron/shared/contract/reports';
import type { CampaignSummary } from '../../../../electron/shared/contract/review';
import { call } from '../../api/client';
import { useScreenCommands } from '../../app/menu-events';
import { useI18n, type MessageKey } from '../../i18n';
import { AppendixOptions, appendixOf, noAppendix, type AppendixDraft } from './AppendixOptions';
import { ExportBar } from './ExportBar';
import { PeriodPicker, initialPeriod, periodOf, type PeriodDraft } from './PeriodPicker';
import { PreviewTable } from './PreviewTable';
import { SignatureEditor } from './SignatureEditor';
import './reports.css';

const splitCodes = (codes: string) =>
  codes
    .split(/[,;\s]+/)
    .map((c) => c.trim())
    .filter(Boolean);

/**
 * Báo cáo: the list of official reports → options (campaign, period, filters, appendix, the unit's signature
 * block) → preview → export with progress (ux.md). Filters belong to the report they were typed for: choosing
 * another report clears them.
 */
export function ReportsScreen({ unitId, unitName }: { unitId: number; unitName: string }) {
  const { t } = useI18n();
  const [reports, setReports] = useState<ReportInfo[]>([]);
  const [selected, setSelected] = useState<ReportId>('inventory');
  const [campaigns, setCampaigns] = useState<CampaignSummary[]>([]);
  const [campaignId, setCampaignId] = useState<number | null>(null);
  const [codes, setCodes] = useState('');
  const [fieldOptions, setFieldOptions] = useState<string[]>([]);
  const [fields, setFields] = useState<string[]>([]);
  const [period, setPeriod] = useState<PeriodDraft>(() => initialPeriod());
  const [appendix, setAppendix] = useState<AppendixDraft>(noAppendix);
  // Preview and error are kept with the request they answer, so a new choice never shows a stale preview.
  const [previewed, setPreviewed] = useState<{
    key: string;
    preview: ReportPreview | null;
    error: string | null;
  } | null>(null);
  const [listError, setListError] = useState<string | null>(null);
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

  const choose = (id: ReportId) => {
    if (id === selected) return;
    setSelected(id);
    setCodes('');
    setFields([]);
    setAppendix(noAppendix);
  };

  // Tệp → Xuất báo cáo (menu, palette): this screen; "Xuất báo cáo: <title>" also picks that report, and the
  // keyboard goes to its Export button once the preview allows the export.
  const detail = useRef<HTMLDivElement>(null);
  const focusExport = useRef(false);
  const focusExportButton = () =>
    detail.current?.querySelector<HTMLButtonElement>('.reports-export button:enabled')?.focus();
  useScreenCommands('reports', (_command, arg) => {
    if (arg && arg !== selected) {
      choose(arg as ReportId);
      focusExport.current = true;
    } else requestAnimationFrame(focusExportButton);
  });

  const info = reports.find((r) => r.id === selected);
  const filtersShown = selected !== 'statistics';
  const resolvedPeriod = useMemo(() => periodOf(period), [period]);
  const canBeAppendix = Boolean(info?.canBeAppendix);
  const resolvedAppendix = useMemo(
    () => appendixOf(canBeAppendix ? appendix : noAppendix),
    [appendix, canBeAppendix],
  );
  const request: ReportRequest = useMemo(
    () => ({
      report: selected,
      unitId,
      campaignId: info?.needsCampaign ? campaignId : null,
      filters: filtersShown ? { fields, codes: splitCodes(codes) } : { fields: [], codes: [] },
      period: resolvedPeriod.period,
      appendix: resolvedAppendix.appendix,
    }),
    [
      selected,
      unitId,
      campaignId,
      codes,
      fields,
      info?.needsCampaign,
      filtersShown,
      resolvedPeriod.period,
      resolvedAppendix.appendix,
    ],
  );

  const key = JSON.stringify(request);
  const blocked =
    (Boolean(info?.needsCampaign) && campaigns.length === 0) ||
    resolvedPeriod.bad ||
    resolvedAppendix.incomplete;
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
  const filtered = fields.length > 0 || splitCodes(codes).length > 0;

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
                onClick={() => choose(r.id)}
              >
                <strong>{t(`reports.name.${r.id}` as MessageKey)}</strong>
                <span>{t(`reports.desc.${r.id}` as MessageKey)}</span>
              </button>
            </li>
          ))}
        </ul>
        <div className="reports-detail" ref={detail}>
          <p className="reports-unit">
            {t('reports.unit')}: <strong>{unitName}</strong>
          </p>
          <div className="reports-options">
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
            <PeriodPicker value={period} onChange={setPeriod} />
            {filtersShown && fieldOptions.length > 0 && (
              <label>
                {t('reports.fields')}
                <select
                  multiple
                  size={Math.min(5, fieldOptions.length)}
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
            {filtersShown && (
              <label>
                {t('reports.codes')}
                <input
                  value={codes}
                  onChange={(e) => setCodes(e.target.value)}
                  placeholder="1.001612, 1.001193"
                />
              </label>
            )}
            {filtered && (
              <p className="reports-filters-on" role="note">
                {t('reports.filtersOn')} ·{' '}
                <button
                  type="button"
                  className="link"
                  onClick={() => {
                    setCodes('');
                    setFields([]);
                  }}
                >
                  {t('reports.clearFilters')}
                </button>
              </p>
            )}
            {info?.canBeAppendix && <AppendixOptions value={appendix} onChange={setAppendix} />}
          </div>
          <SignatureEditor unitId={unitId} />
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
          <ExportBar request={request} requestKey={key} disabled={!preview || blocked} />
          {preview && <PreviewTable preview={preview} />}
        </div>
      </div>
    </section>
  );
}
