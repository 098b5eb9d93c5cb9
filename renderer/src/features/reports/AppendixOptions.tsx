import { parseDateVi } from '../../../../electron/shared/text/format';
import type { ReportAppendix } from '../../../../electron/shared/contract/reports';
import { useI18n } from '../../i18n';

export interface AppendixDraft {
  on: boolean;
  label: string;
  decisionNo: string;
  /** dd/mm/yyyy as typed. */
  decisionDate: string;
  issuer: string;
}

export const noAppendix: AppendixDraft = {
  on: false,
  label: '',
  decisionNo: '',
  decisionDate: '',
  issuer: '',
};

/** The request's appendix, or null; `incomplete` when asked for but the decision's number or date is missing. */
export function appendixOf(d: AppendixDraft): { appendix: ReportAppendix; incomplete: boolean } {
  if (!d.on) return { appendix: null, incomplete: false };
  const date = parseDateVi(d.decisionDate);
  if (!d.decisionNo.trim() || !date) return { appendix: null, incomplete: true };
  return {
    appendix: { label: d.label, decisionNo: d.decisionNo, decisionDate: date, issuer: d.issuer },
    incomplete: false,
  };
}

/** "In là phụ lục kèm theo quyết định": the decision's number, date and issuer. */
export function AppendixOptions({
  value,
  onChange,
}: {
  value: AppendixDraft;
  onChange: (d: AppendixDraft) => void;
}) {
  const { t } = useI18n();
  const set = (patch: Partial<AppendixDraft>) => onChange({ ...value, ...patch });
  return (
    <fieldset className="reports-appendix">
      <label className="reports-check">
        <input type="checkbox" checked={value.on} onChange={(e) => set({ on: e.target.checked })} />
        {t('reports.appendix')}
      </label>
      {value.on && (
        <>
          <p className="reports-hint">{t('reports.appendix.hint')}</p>
          <label>
            {t('reports.appendix.label')}
            <input
              value={value.label}
              placeholder="PHỤ LỤC I"
              onChange={(e) => set({ label: e.target.value })}
            />
          </label>
          <label>
            {t('reports.appendix.no')}
            <input value={value.decisionNo} onChange={(e) => set({ decisionNo: e.target.value })} />
          </label>
          <label>
            {t('reports.appendix.date')}
            <input value={value.decisionDate} onChange={(e) => set({ decisionDate: e.target.value })} />
          </label>
          <label>
            {t('reports.appendix.issuer')}
            <input value={value.issuer} onChange={(e) => set({ issuer: e.target.value })} />
          </label>
          {appendixOf(value).incomplete && (
            <em className="reports-warning">{t('reports.appendix.incomplete')}</em>
          )}
        </>
      )}
    </fieldset>
  );
}
