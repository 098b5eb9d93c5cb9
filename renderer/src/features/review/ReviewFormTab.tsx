import { useState } from 'react';
import {
  REVIEW_QUESTION_KEYS,
  type ReviewQuestionKey,
  type ReviewView,
} from '../../../../electron/shared/contract/review';
import { formatDateVi, parseDateVi } from '../../../../electron/shared/text/format';
import { call } from '../../api/client';
import { useI18n } from '../../i18n';

type Answer = { answerBool: boolean | null; answerText: string };

/** The "Biểu mẫu rà soát, đánh giá TTHC" questions (domain.md §2.3), answered per procedure and stored. */
export function ReviewFormTab({ view, onChange }: { view: ReviewView; onChange: (v: ReviewView) => void }) {
  const { t } = useI18n();
  const [answers, setAnswers] = useState<Record<string, Answer>>(() =>
    Object.fromEntries(
      view.answers.map((a) => [a.questionKey, { answerBool: a.answerBool, answerText: a.answerText }]),
    ),
  );
  const [status, setStatus] = useState<string | null>(null);
  const [reviewer, setReviewer] = useState(view.item.reviewer);
  const [deadline, setDeadline] = useState(view.item.deadline ? formatDateVi(view.item.deadline) : '');
  const saveAssignment = () =>
    call('campaigns.updateItem', {
      itemId: view.item.id,
      reviewer,
      deadline: deadline.trim() ? parseDateVi(deadline) : null,
    })
      .then((v) => {
        setStatus(t('review.form.saved'));
        onChange(v);
      })
      .catch((e: Error) => setStatus(e.message));
  const get = (k: ReviewQuestionKey): Answer => answers[k] ?? { answerBool: null, answerText: '' };
  const set = (k: ReviewQuestionKey, patch: Partial<Answer>) =>
    setAnswers((a) => ({ ...a, [k]: { ...get(k), ...patch } }));
  const save = () =>
    call('review.saveAnswers', {
      itemId: view.item.id,
      answers: REVIEW_QUESTION_KEYS.filter((k) => answers[k]).map((k) => ({ questionKey: k, ...get(k) })),
    })
      .then((v) => {
        setStatus(t('review.form.saved'));
        onChange(v);
      })
      .catch((e: Error) => setStatus(e.message));
  return (
    <>
      <form
        className="review-form-grid"
        aria-label={t('review.item.settings')}
        onSubmit={(e) => {
          e.preventDefault();
          void saveAssignment();
        }}
      >
        <label>
          {t('review.reviewer')}
          <input value={reviewer} onChange={(e) => setReviewer(e.target.value)} />
        </label>
        <label>
          {t('review.deadline')}
          <input placeholder="dd/mm/yyyy" value={deadline} onChange={(e) => setDeadline(e.target.value)} />
        </label>
        <button type="submit">{t('review.save')}</button>
      </form>
      <form
        className="review-questions"
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        {REVIEW_QUESTION_KEYS.map((k) => (
          <fieldset key={k} disabled={view.item.locked}>
            <legend>{t(`review.q.${k}`)}</legend>
            <select
              aria-label={t(`review.q.${k}`)}
              value={get(k).answerBool === null ? '' : get(k).answerBool ? 'yes' : 'no'}
              onChange={(e) =>
                set(k, { answerBool: e.target.value === '' ? null : e.target.value === 'yes' })
              }
            >
              <option value="" />
              <option value="yes">{t('review.form.yes')}</option>
              <option value="no">{t('review.form.no')}</option>
            </select>
            <textarea
              value={get(k).answerText}
              onChange={(e) => set(k, { answerText: e.target.value })}
              rows={2}
            />
          </fieldset>
        ))}
        {!view.item.locked && <button type="submit">{t('review.form.save')}</button>}
        {status && <span role="status">{status}</span>}
      </form>
    </>
  );
}
