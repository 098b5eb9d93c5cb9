import type { ReportPreview } from '../../../../electron/shared/contract/reports';
import { useI18n } from '../../i18n';

/** The first rows of the report, under its title and the lines printed beneath it (period, filters…). */
export function PreviewTable({ preview }: { preview: ReportPreview }) {
  const { t } = useI18n();
  return (
    <figure className="reports-preview" aria-label={t('reports.preview')}>
      <figcaption>
        <strong>{preview.title}</strong>
        {preview.notes.map((n, i) => (
          <em key={i} className="reports-note">
            {n}
          </em>
        ))}
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
