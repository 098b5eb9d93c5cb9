import type { ImportProgress } from '../../../../electron/shared/contract/import';
import { useI18n } from '../../i18n';

/** A progress bar with the current phase and a Cancel button (shown for anything that may take a while). */
export function ProgressPanel({
  label,
  progress,
  onCancel,
}: {
  label: string;
  progress: ImportProgress | null;
  onCancel?: () => void;
}) {
  const { t } = useI18n();
  const percent = progress?.percent ?? 0;
  return (
    <div className="import-progress" role="status" aria-live="polite">
      <div className="import-progress-label">
        {label} {progress ? `— ${t(`import.phase.${progress.phase}`)}` : ''}
      </div>
      <progress max={100} value={percent} aria-label={label} />
      {onCancel && (
        <button type="button" onClick={onCancel}>
          {t('import.cancel')}
        </button>
      )}
    </div>
  );
}
