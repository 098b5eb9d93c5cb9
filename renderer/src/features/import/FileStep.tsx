import { useRef } from 'react';
import { useI18n } from '../../i18n';

/** Pick a workbook with the file input, or drop it anywhere on the window (the shell catches drops: app/file-drop.ts). */
export function FileStep({ onFile, error }: { onFile: (file: File) => void; error: string | null }) {
  const { t } = useI18n();
  const input = useRef<HTMLInputElement>(null);

  return (
    <div className="import-drop">
      <p>{t('import.intro')}</p>
      <label className="import-pick">
        <span className="button-like">{t('import.pick')}</span>
        <input
          ref={input}
          type="file"
          data-testid="import-file"
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file) onFile(file);
            e.target.value = '';
          }}
        />
      </label>
      <span className="import-muted">{t('import.drop')}</span>
      {error && (
        <p className="import-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
