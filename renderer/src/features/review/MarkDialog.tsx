import { useState } from 'react';
import type { ReviewView } from '../../../../electron/shared/contract/review';
import { CopyRequirement, MarkAction, type MarkTargetKind } from '../../../../electron/shared/domain';
import { call } from '../../api/client';
import { useI18n, type MessageKey } from '../../i18n';
import { mapsTo } from './step-effect';
import { closeOnEscape } from './dialog-keys';

export interface MarkTarget {
  kind: MarkTargetKind;
  id: number | null;
  label: string;
  /** Which parts of the element can be marked (a document: itself, its copy requirement, its number of copies). */
  kinds: MarkTargetKind[];
  /** What the new value of a "sửa đổi" looks like, where it depends on the element (a citizen step's kind). */
  hint?: string;
}

/** The likeliest proposal for each kind of element, preselected in the dialog. */
const DEFAULT_ACTION: Record<MarkTargetKind, MarkAction> = {
  PROCEDURE: 'KEEP',
  STEP: 'REMOVE',
  COMPONENT: 'REPLACE_BY_DATA',
  COMPONENT_COPY_REQ: 'SIMPLIFY',
  COMPONENT_QTY: 'SIMPLIFY',
  CHANNEL_TIME: 'SIMPLIFY',
  FEE: 'SIMPLIFY',
  CONDITION: 'SIMPLIFY',
  INTERNAL_STEP: 'REMOVE',
  SUBMIT_TRIP: 'REPLACE_BY_DATA',
  RESULT_TRIP: 'REPLACE_BY_DATA',
};

/** What the new value of a "sửa đổi" looks like, per kind of element. */
const HINT: Partial<Record<MarkTargetKind, string>> = {
  INTERNAL_STEP: '02 giờ / 0,5 ngày làm việc',
  SUBMIT_TRIP: '1,5 (giờ)',
  RESULT_TRIP: '1,5 (giờ)',
  CHANNEL_TIME: '2 (ngày)',
  FEE: '50.000',
  COMPONENT_QTY: '1',
};

/** Click an element → choose an action → reason (recent ones offered) → saved; the view's cost updates. */
export function MarkDialog({
  view,
  target,
  onClose,
  onSaved,
}: {
  view: ReviewView;
  target: MarkTarget;
  onClose: () => void;
  onSaved: (v: ReviewView) => void;
}) {
  const { t, locale } = useI18n();
  const [kind, setKind] = useState<MarkTargetKind>(target.kind);
  // A citizen step: what it costs, so the officer sees what the mark will reach before saving it.
  const citizen = target.kind === 'STEP' ? view.citizenSteps.find((c) => c.stepId === target.id) : undefined;
  const existing = view.marks.find((m) => m.targetKind === kind && m.targetId === target.id);
  const formFor = (k: MarkTargetKind) => {
    const m = view.marks.find((x) => x.targetKind === k && x.targetId === target.id);
    return {
      action: m?.action ?? DEFAULT_ACTION[k],
      reason: m?.reason ?? '',
      proposedValue: m?.proposedValue ?? '',
      mergeIntoId: m?.mergeIntoId ?? null,
      legalArticle: m?.legalArticle ?? '',
      legalClause: m?.legalClause ?? '',
      legalDocument: m?.legalDocument ?? '',
      legalAuthority: m?.legalAuthority ?? '',
    };
  };
  const [form, setForm] = useState(() => formFor(target.kind));
  const [error, setError] = useState<string | null>(null);
  const set = (patch: Partial<typeof form>) => setForm((f) => ({ ...f, ...patch }));
  const processOf = view.processes.find((p) => p.steps.some((s) => s.id === target.id));
  const mergeOptions =
    kind === 'INTERNAL_STEP'
      ? (processOf?.steps ?? [])
          .filter((s) => s.id !== target.id)
          .map((s) => ({ id: s.id, label: `${s.ord}. ${s.work}` }))
      : kind === 'STEP'
        ? view.record.steps.filter((s) => s.id !== target.id).map((s) => ({ id: s.id, label: s.title }))
        : view.record.components.filter((c) => c.id !== target.id).map((c) => ({ id: c.id, label: c.name }));

  const save = () =>
    call('review.setMark', { itemId: view.item.id, targetKind: kind, targetId: target.id, ...form })
      .then(onSaved)
      .catch((e: Error) => setError(e.message));
  const unmark = () =>
    existing &&
    call('review.deleteMark', { itemId: view.item.id, markId: existing.id })
      .then(onSaved)
      .catch((e: Error) => setError(e.message));

  return (
    <div
      className="review-dialog"
      role="dialog"
      aria-modal="true"
      onKeyDown={closeOnEscape(onClose)}
      aria-label={t('review.markDialog', { what: target.label })}
    >
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <h3>{t('review.markDialog', { what: target.label })}</h3>
        {citizen && (
          <p className="review-note" data-testid="mark-step-kind">
            {t(`step.kind.${citizen.kind}` as MessageKey)} → {mapsTo(t, locale, citizen, view)}
          </p>
        )}
        {target.kinds.length > 1 && (
          <select
            aria-label={t('review.target.COMPONENT')}
            value={kind}
            onChange={(e) => {
              const k = e.target.value as MarkTargetKind;
              setKind(k);
              setForm(formFor(k));
            }}
          >
            {target.kinds.map((k) => (
              <option key={k} value={k}>
                {t(`review.target.${k}`)}
              </option>
            ))}
          </select>
        )}
        <fieldset className="review-actions">
          <legend>{t('review.field.action')}</legend>
          {MarkAction.options.map((a) => (
            <label key={a}>
              <input
                type="radio"
                name="action"
                value={a}
                checked={form.action === a}
                autoFocus={form.action === a}
                onChange={() => set({ action: a })}
              />
              {t(`review.action.${a}`)}
            </label>
          ))}
        </fieldset>
        {form.action === 'SIMPLIFY' && kind === 'COMPONENT_COPY_REQ' && (
          <label>
            {t('review.field.proposed')}
            <select value={form.proposedValue} onChange={(e) => set({ proposedValue: e.target.value })}>
              <option value="" />
              {CopyRequirement.options.map((r) => (
                <option key={r} value={r}>
                  {t(`record.req.${r}`)}
                </option>
              ))}
            </select>
          </label>
        )}
        {form.action === 'SIMPLIFY' && kind !== 'COMPONENT_COPY_REQ' && (
          <label>
            {t('review.field.proposed')}
            <input
              value={form.proposedValue}
              placeholder={(kind === target.kind ? target.hint : undefined) ?? HINT[kind] ?? ''}
              onChange={(e) => set({ proposedValue: e.target.value })}
            />
          </label>
        )}
        {form.action === 'MERGE' && (
          <label>
            {t('review.field.mergeInto')}
            <select
              value={form.mergeIntoId ?? ''}
              onChange={(e) => set({ mergeIntoId: e.target.value ? Number(e.target.value) : null })}
            >
              <option value="" />
              {mergeOptions.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.label.slice(0, 100)}
                </option>
              ))}
            </select>
          </label>
        )}
        <label>
          {t('review.field.reason')}
          <input
            list="review-reasons"
            value={form.reason}
            onChange={(e) => set({ reason: e.target.value })}
          />
        </label>
        <datalist id="review-reasons">
          {view.recentReasons.map((r) => (
            <option key={r} value={r} />
          ))}
        </datalist>
        {view.recentReasons.length > 0 && (
          <div className="review-chips" aria-label={t('review.recentReasons')}>
            {view.recentReasons.slice(0, 5).map((r) => (
              <button key={r} type="button" onClick={() => set({ reason: r })}>
                {r.slice(0, 60)}
              </button>
            ))}
          </div>
        )}
        <fieldset className="review-legal">
          <legend>{t('review.legal')}</legend>
          <input
            aria-label={t('review.field.article')}
            placeholder={t('review.field.article')}
            value={form.legalArticle}
            onChange={(e) => set({ legalArticle: e.target.value })}
          />
          <input
            aria-label={t('review.field.clause')}
            placeholder={t('review.field.clause')}
            value={form.legalClause}
            onChange={(e) => set({ legalClause: e.target.value })}
          />
          <input
            aria-label={t('review.field.document')}
            placeholder={t('review.field.document')}
            value={form.legalDocument}
            onChange={(e) => set({ legalDocument: e.target.value })}
          />
          <input
            aria-label={t('review.field.authority')}
            placeholder={t('review.field.authority')}
            value={form.legalAuthority}
            onChange={(e) => set({ legalAuthority: e.target.value })}
          />
        </fieldset>
        {error && (
          <p className="review-error" role="alert">
            {error}
          </p>
        )}
        <div className="review-dialog-buttons">
          <button type="submit">{t('review.save')}</button>
          {existing && (
            <button type="button" onClick={() => void unmark()}>
              {t('review.removeMark')}
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
