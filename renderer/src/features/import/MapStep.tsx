import type { Inspection, SheetPlan } from '../../../../electron/shared/contract/import';
import { formatNumber } from '../../../../electron/shared/text/format';
import { useI18n } from '../../i18n';

export interface PreviewData {
  rows: {
    sheet: string;
    row: number;
    values: Record<string, string>;
    problems: { column: string; field: string; severity: 'error' | 'warning'; message: string }[];
  }[];
  total: number;
  problemCount: number;
}

const letter = (i: number) => {
  let s = '';
  for (let n = i + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
};

interface Props {
  inspection: Inspection;
  plans: SheetPlan[];
  preview: PreviewData | null;
  busy: boolean;
  onPickList: (sheet: string, headerRow?: number) => void;
  onPlans: (plans: SheetPlan[]) => void;
  onPreview: () => void;
  onDryRun: () => void;
}

/** Which sheet and header row, and which field each column feeds; then a preview of rows as stored. */
export function MapStep({
  inspection,
  plans,
  preview,
  busy,
  onPickList,
  onPlans,
  onPreview,
  onDryRun,
}: Props) {
  const { t } = useI18n();
  const list = plans.find((p) => p.role === 'list');
  const sheetName = list?.sheet ?? inspection.sheets[0]?.name ?? '';
  const sheet = inspection.sheets.find((s) => s.name === sheetName);
  const options = inspection.fields.list ?? [];
  const header = list ? (sheet?.sample[list.headerRow - 1] ?? []) : [];
  const missing = options.filter((o) => o.required && !list?.fields.includes(o.key)).map((o) => o.label);
  const children = plans.filter((p) => p.role !== 'list');
  const detectedChildren = inspection.plans.filter((p) => p.role !== 'list');

  const setField = (col: number, key: string) => {
    if (!list) return;
    const fields = [...list.fields];
    while (fields.length <= col) fields.push(null);
    fields.forEach((f, i) => key && f === key && (fields[i] = null));
    fields[col] = key || null;
    onPlans(plans.map((p) => (p === list ? { ...p, fields } : p)));
  };

  return (
    <div className="import-map">
      <p>{t('import.format', { format: t(`import.format.${inspection.format}`) })}</p>
      <div className="import-row">
        <label>
          {t('import.listSheet')}{' '}
          <select value={sheetName} onChange={(e) => onPickList(e.target.value)} data-testid="import-sheet">
            {inspection.sheets.map((s) => (
              <option key={s.name} value={s.name}>
                {s.name} ({formatNumber(s.rowCount)})
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('import.headerRow')}{' '}
          <input
            type="number"
            min={1}
            max={sheet?.sample.length ?? 1}
            value={list?.headerRow ?? 1}
            onChange={(e) => onPickList(sheetName, Number(e.target.value))}
            data-testid="import-header-row"
          />
        </label>
      </div>
      {detectedChildren.length > 0 && (
        <fieldset className="import-children">
          <legend>{t('import.childSheets')}</legend>
          {detectedChildren.map((c) => (
            <label key={c.sheet}>
              <input
                type="checkbox"
                checked={children.some((x) => x.sheet === c.sheet)}
                onChange={(e) =>
                  onPlans(e.target.checked ? [...plans, c] : plans.filter((p) => p.sheet !== c.sheet))
                }
              />{' '}
              {c.sheet} — {t(`import.role.${c.role}`)}
            </label>
          ))}
        </fieldset>
      )}
      <p className="import-muted">{t('import.headerHint')}</p>
      <div className="import-scroll">
        <table className="import-table import-sample">
          <tbody>
            {sheet?.sample.map((cells, r) => (
              <tr
                key={r}
                className={
                  list && r + 1 === list.headerRow
                    ? 'import-header-row'
                    : r + 1 < (list?.headerRow ?? 0)
                      ? 'import-title-row'
                      : ''
                }
                onClick={() => onPickList(sheetName, r + 1)}
              >
                <th>{r + 1}</th>
                {cells.map((c, i) => (
                  <td key={i}>{c}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="import-mapping">
        {header.map((h, i) => (
          <label key={i}>
            <span>{t('import.column', { letter: letter(i), header: h })}</span>
            <select
              value={list?.fields[i] ?? ''}
              onChange={(e) => setField(i, e.target.value)}
              data-testid={`import-map-${letter(i)}`}
            >
              <option value="">{t('import.ignore')}</option>
              {options.map((o) => (
                <option key={o.key} value={o.key}>
                  {o.label}
                  {o.required ? ` (${t('import.required')})` : ''}
                </option>
              ))}
            </select>
          </label>
        ))}
      </div>
      {missing.length > 0 && (
        <p className="import-error">{t('import.missingRequired', { fields: missing.join(', ') })}</p>
      )}
      <div className="import-actions">
        <button type="button" disabled={busy || !list || missing.length > 0} onClick={onPreview}>
          {t('import.preview')}
        </button>
        <button
          type="button"
          className="primary"
          disabled={busy || !list || missing.length > 0}
          onClick={onDryRun}
        >
          {t('import.dryRun')}
        </button>
      </div>
      {preview && list && (
        <PreviewTable
          preview={preview}
          fields={list.fields}
          labels={Object.fromEntries(options.map((o) => [o.key, o.label]))}
        />
      )}
    </div>
  );
}

function PreviewTable({
  preview,
  fields,
  labels,
}: {
  preview: PreviewData;
  fields: (string | null)[];
  labels: Record<string, string>;
}) {
  const { t } = useI18n();
  const shown = [
    ...new Set(
      fields
        .filter((f): f is string => !!f && f !== 'stt')
        .concat(preview.rows.some((r) => r.values.channels) ? ['channels'] : []),
    ),
  ];
  return (
    <div className="import-scroll">
      <h3>
        {t('import.previewTitle', {
          shown: preview.rows.length,
          total: preview.total,
          problems: preview.problemCount,
        })}
      </h3>
      <table className="import-table" data-testid="import-preview">
        <thead>
          <tr>
            <th>{t('import.row')}</th>
            {shown.map((f) => (
              <th key={f}>{labels[f] ?? f}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {preview.rows.map((r) => (
            <tr key={`${r.sheet}-${r.row}`}>
              <th>{r.row}</th>
              {shown.map((f) => {
                const problems = r.problems.filter(
                  (p) => p.field === f || (f === 'field' && p.field === 'field'),
                );
                const level = problems.some((p) => p.severity === 'error')
                  ? 'error'
                  : problems.length
                    ? 'warning'
                    : '';
                return (
                  <td
                    key={f}
                    className={level ? `import-cell-${level}` : ''}
                    title={problems.map((p) => p.message).join('\n')}
                  >
                    {r.values[f] ?? ''}
                    {problems.map((p, i) => (
                      <div key={i} className="import-cell-note">
                        {p.message}
                      </div>
                    ))}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
