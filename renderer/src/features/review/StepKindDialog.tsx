import { useState } from 'react';
import type { CitizenStepDto } from '../../../../electron/shared/contract/review';
import { STEP_KINDS, type StepKind } from '../../../../electron/shared/cost/step-class';
import type { ChannelMethod } from '../../../../electron/shared/domain';
import { useI18n, type MessageKey } from '../../i18n';
import { closeOnEscape } from './dialog-keys';

const CHANNELS: ChannelMethod[] = ['TRUC_TIEP', 'BUU_CHINH', 'TRUC_TUYEN'];

/** Corrects what a citizen step costs: its kind and the channels it belongs to, or back to TinhGọn's guess. */
export function StepKindDialog({
  step,
  onSave,
  onClose,
}: {
  step: CitizenStepDto;
  onSave: (kind: StepKind | null, channels: ChannelMethod[]) => Promise<void>;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const [kind, setKind] = useState<StepKind>(step.kind);
  const [channels, setChannels] = useState<ChannelMethod[]>(step.channels);
  const [error, setError] = useState<string | null>(null);
  const save = (k: StepKind | null) => onSave(k, k ? channels : []).catch((e: Error) => setError(e.message));
  const title = t('step.kindDialog', { n: step.ord });
  return (
    <div
      className="review-dialog"
      role="dialog"
      aria-modal="true"
      aria-label={title}
      onKeyDown={closeOnEscape(onClose)}
    >
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void save(kind);
        }}
      >
        <h3>{title}</h3>
        <fieldset className="review-actions step-kinds">
          {STEP_KINDS.map((k) => (
            <label key={k}>
              <input
                type="radio"
                name="kind"
                checked={kind === k}
                autoFocus={kind === k}
                onChange={() => setKind(k)}
              />
              <strong>{t(`step.kind.${k}` as MessageKey)}</strong>
              <small> — {t(`step.kindHelp.${k}` as MessageKey)}</small>
            </label>
          ))}
        </fieldset>
        <fieldset className="review-actions">
          <legend>{t('step.kindChannels')}</legend>
          {CHANNELS.map((m) => (
            <label key={m}>
              <input
                type="checkbox"
                checked={channels.includes(m)}
                onChange={(e) =>
                  setChannels((l) => (e.target.checked ? [...l, m] : l.filter((x) => x !== m)))
                }
              />
              {t(`process.ch.${m}` as MessageKey)}
            </label>
          ))}
        </fieldset>
        {error && (
          <p className="review-error" role="alert">
            {error}
          </p>
        )}
        <div className="review-dialog-buttons">
          <button type="submit">{t('review.save')}</button>
          {!step.guessed && (
            <button type="button" onClick={() => void save(null)}>
              {t('step.kindReset')}
            </button>
          )}
          <button type="button" onClick={onClose}>
            {t('review.cancel')}
          </button>
        </div>
      </form>
    </div>
  );
}
