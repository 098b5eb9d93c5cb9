import { useEffect, useRef, useState } from 'react';
import { useI18n } from '../../i18n';

/** Pick a workbook with the file input, or drop it anywhere on the window. */
export function FileStep({ onFile, error }: { onFile: (file: File) => void; error: string | null }) {
  const { t } = useI18n();
  const input = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);

  useEffect(() => {
    const over = (e: DragEvent) => {
      if (!e.dataTransfer?.types.includes('Files')) return;
      e.preventDefault();
      setDragging(true);
    };
    const leave = (e: DragEvent) => {
      if (e.relatedTarget === null) setDragging(false);
    };
    const drop = (e: DragEvent) => {
      e.preventDefault();
      setDragging(false);
      const file = e.dataTransfer?.files[0];
      if (file) onFile(file);
    };
    window.addEventListener('dragover', over);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
    };
  }, [onFile]);

  return (
    <div className={`import-drop${dragging ? ' import-drop-active' : ''}`}>
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
      <span className="import-muted">{dragging ? t('import.dropHere') : t('import.drop')}</span>
      {error && (
        <p className="import-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
