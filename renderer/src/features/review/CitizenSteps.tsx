import { useState } from 'react';
import type { CitizenStepDto, MarkRow, ReviewView } from '../../../../electron/shared/contract/review';
import { call } from '../../api/client';
import { useI18n, type MessageKey } from '../../i18n';
import { effectText, mapsTo, reasonText } from './step-effect';
import { StepKindDialog } from './StepKindDialog';

const short = (s: string, n = 160) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);
const CUTTING = ['REMOVE', 'REPLACE_BY_DATA', 'MERGE'];

/** The value a "sửa đổi" of a step takes, by what the step costs. */
export const STEP_HINT: Partial<Record<CitizenStepDto['kind'], string>> = {
  SUBMIT: '1 (giờ)',
  RESULT: '1 (giờ)',
  VISIT: '1 (giờ)',
  PAY: '50.000',
  OFFICE: '0,5 ngày làm việc',
};

/**
 * Before column: each citizen step with what it costs (its kind, guessed or set, and what that reaches); the kind
 * opens a dialog to correct it (a record edit: undoable, audited). Clicking the step opens its mark.
 */
export function StepsBefore({
  view,
  onMark,
  onChange,
}: {
  view: ReviewView;
  onMark: (stepId: number, label: string, hint: string | undefined) => void;
  onChange: (v: ReviewView) => void;
}) {
  const { t, locale } = useI18n();
  const [editing, setEditing] = useState<CitizenStepDto | null>(null);
  const [note, setNote] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const undo = () =>
    call('history.undo', {})
      .then(() => call('review.get', { itemId: view.item.id }))
      .then((v) => {
        onChange(v);
        setNote(t('step.undone'));
      })
      .catch((e: Error) => setError(e.message));
  return (
    <>
      <p className="review-note">{t('step.hint')}</p>
      {note && (
        <p role="status" className="review-step-status">
          {note}{' '}
          {note !== t('step.undone') && (
            <button type="button" onClick={() => void undo()}>
              {t('step.undo')}
            </button>
          )}
        </p>
      )}
      {error && (
        <p role="alert" className="review-error">
          {error}
        </p>
      )}
      <ol className="review-steps">
        {view.record.steps.map((s) => {
          const o = view.citizenSteps.find((c) => c.stepId === s.id);
          const kind = o ? t(`step.kind.${o.kind}` as MessageKey) : '';
          const chs = o?.channels.length
            ? o.channels.map((m) => t(`process.ch.${m}` as MessageKey)).join(', ')
            : t('step.allChannels');
          return (
            <li key={s.id} data-testid={`step-${s.id}`}>
              <button
                type="button"
                className="review-el"
                disabled={view.item.locked}
                title={s.title}
                onClick={() => onMark(s.id, short(s.title, 80), o ? STEP_HINT[o.kind] : undefined)}
              >
                {short(s.title)}
              </button>
              {o && (
                <small className="review-step-kind">
                  <button
                    type="button"
                    className={`step-kind kind-${o.kind}`}
                    data-testid={`step-kind-${s.id}`}
                    disabled={view.item.locked}
                    aria-label={t('step.kindButton', { n: o.ord, kind })}
                    onClick={() => setEditing(o)}
                  >
                    {kind} · {chs}
                    {o.guessed && <em> ({t('step.guessed')})</em>}
                  </button>{' '}
                  → {mapsTo(t, locale, o, view)}
                </small>
              )}
            </li>
          );
        })}
      </ol>
      {editing && (
        <StepKindDialog
          step={editing}
          onClose={() => setEditing(null)}
          onSave={(kind, channels) =>
            call('review.setStepKind', { itemId: view.item.id, stepId: editing.stepId, kind, channels }).then(
              (v) => {
                setNote(t('step.kindSaved', { n: editing.ord }));
                setError(null);
                setEditing(null);
                onChange(v);
              },
            )
          }
        />
      )}
    </>
  );
}

/** After column: each step with its mark and, below it, what the mark changed or why it changed nothing. */
export function StepsAfter({
  view,
  markOf,
}: {
  view: ReviewView;
  markOf: (id: number) => MarkRow | undefined;
}) {
  const { t, locale } = useI18n();
  return (
    <ol className="review-steps">
      {view.record.steps.map((s) => {
        const mark = markOf(s.id);
        const o = view.citizenSteps.find((c) => c.stepId === s.id);
        const cut = mark && CUTTING.includes(mark.action);
        const effect = o ? effectText(t, locale, o, view) : null;
        const reason = o ? reasonText(t, locale, o) : null;
        return (
          <li
            key={s.id}
            className={cut ? 'cut' : mark?.action === 'SIMPLIFY' ? 'changed' : ''}
            data-testid={`after-step-${s.id}`}
          >
            {cut ? (
              <s>{short(s.title)}</s>
            ) : (
              <span>
                {mark?.action === 'SIMPLIFY' && mark.proposedValue
                  ? `${short(s.title)} → ${mark.proposedValue}`
                  : short(s.title)}
              </span>
            )}
            {mark && mark.action !== 'KEEP' && (
              <span className={`review-label action-${mark.action}`}>
                {t(`review.action.${mark.action}`)}
              </span>
            )}
            {mark?.reason && <small>{t('review.reason', { r: mark.reason })}</small>}
            {effect && (
              <small className="review-step-effect" data-testid={`step-effect-${s.id}`}>
                {effect}
              </small>
            )}
            {reason && (
              <small className="review-step-reason" data-testid={`step-reason-${s.id}`}>
                ⚠ {reason}
              </small>
            )}
          </li>
        );
      })}
    </ol>
  );
}
