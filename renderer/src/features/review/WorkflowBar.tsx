import { useState } from 'react';
import type { ReviewView, TransitionAction } from '../../../../electron/shared/contract/review';
import type { ProfileRole } from '../../../../electron/shared/domain';
import { formatDateVi, formatLocalDateVi, parseDateVi } from '../../../../electron/shared/text/format';
import { call } from '../../api/client';
import { useI18n } from '../../i18n';
import { PinField } from './PinField';

/** Submit (officer) / approve, return, implement (manager, PIN) — only the buttons the role and status allow. */
export function WorkflowBar({
  view,
  role,
  onChange,
}: {
  view: ReviewView;
  role: ProfileRole;
  onChange: (v: ReviewView) => void;
}) {
  const { t } = useI18n();
  const [action, setAction] = useState<TransitionAction | null>(null);
  const [pin, setPin] = useState('');
  const [comment, setComment] = useState('');
  const [decisionNo, setDecisionNo] = useState('');
  const [decisionDate, setDecisionDate] = useState('');
  const [error, setError] = useState<string | null>(null);
  const s = view.item.status;
  const allowed: TransitionAction[] = [];
  if (['NOT_STARTED', 'IN_PROGRESS', 'RETURNED'].includes(s)) allowed.push('submit');
  if (role === 'manager' && s === 'PROPOSED') allowed.push('approve', 'return');
  if (role === 'manager' && s === 'APPROVED') allowed.push('implement');

  const run = (a: TransitionAction) => {
    const date = decisionDate.trim() ? parseDateVi(decisionDate) : null;
    call('review.transition', {
      itemId: view.item.id,
      action: a,
      ...(a !== 'submit' ? { pin } : {}),
      comment,
      decisionNo,
      ...(date ? { decisionDate: date } : {}),
    })
      .then((v) => {
        setAction(null);
        setPin('');
        setError(null);
        onChange(v);
      })
      .catch((e: Error) => setError(e.message));
  };

  return (
    <div className="review-flow">
      {view.item.returnComment && s === 'RETURNED' && (
        <p className="review-note">{t('review.flow.returned', { c: view.item.returnComment })}</p>
      )}
      {view.item.approvedBy && (
        <span className="review-note" data-testid="review-approved">
          {t('review.flow.approvedBy', {
            who: view.item.approvedBy,
            date: view.item.approvedAt ? formatLocalDateVi(view.item.approvedAt) : '',
          })}
        </span>
      )}
      {view.item.implementedDecisionNo && (
        <span className="review-note">
          {t('review.flow.implemented', {
            no: view.item.implementedDecisionNo,
            date: formatDateVi(view.item.implementedDecisionDate ?? ''),
          })}
        </span>
      )}
      {view.item.locked && <span className="review-note">{t('review.flow.locked')}</span>}
      {allowed.map((a) => (
        <button
          key={a}
          type="button"
          className={`flow-${a}`}
          onClick={() => (a === 'submit' ? run(a) : setAction(a))}
        >
          {t(`review.flow.${a}`)}
        </button>
      ))}
      {action && (
        <form
          className="review-flow-form"
          onSubmit={(e) => {
            e.preventDefault();
            run(action);
          }}
        >
          <PinField value={pin} onChange={setPin} />
          {action === 'return' && (
            <label>
              {t('review.flow.comment')}
              <input value={comment} onChange={(e) => setComment(e.target.value)} />
            </label>
          )}
          {action === 'implement' && (
            <>
              <label>
                {t('review.flow.decisionNo')}
                <input value={decisionNo} onChange={(e) => setDecisionNo(e.target.value)} />
              </label>
              <label>
                {t('review.flow.decisionDate')}
                <input
                  placeholder="dd/mm/yyyy"
                  value={decisionDate}
                  onChange={(e) => setDecisionDate(e.target.value)}
                />
              </label>
            </>
          )}
          <button type="submit">{t('review.flow.confirm')}</button>
          <button type="button" onClick={() => setAction(null)}>
            {t('review.cancel')}
          </button>
        </form>
      )}
      {error && (
        <p className="review-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
