import { useState } from 'react';
import type { CostRowDto, MarkRow, ReviewView } from '../../../../electron/shared/contract/review';
import type { MarkTargetKind } from '../../../../electron/shared/domain';
import { formatMoney, formatNumber, formatPercent } from '../../../../electron/shared/text/format';
import { useI18n, type MessageKey } from '../../i18n';
import { CompareBars } from './bars';
import { ChannelsTable } from './ChannelsTable';
import { StepsAfter, StepsBefore } from './CitizenSteps';
import { FrozenNotice } from './FrozenNotice';
import { MarkDialog, type MarkTarget } from './MarkDialog';
import { ProcessView } from './ProcessView';

const CUTTING = ['REMOVE', 'REPLACE_BY_DATA', 'MERGE'];
const short = (s: string, n = 160) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/**
 * The before/after view: bars for cost per year and days with the saving; the internal process as diagrams;
 * then two columns (before | after) of the applicant's steps, the dossier documents with what each costs, and
 * the channels with their Vietnamese names, days and fees. Every mark returns the recomputed view.
 */
export function BeforeAfterView({ view, onChange }: { view: ReviewView; onChange: (v: ReviewView) => void }) {
  const { t, locale } = useI18n();
  const [target, setTarget] = useState<MarkTarget | null>(null);
  const markOf = (kind: MarkTargetKind, id: number | null) =>
    view.marks.find((m) => m.targetKind === kind && m.targetId === id);
  const componentMark = (id: number) =>
    markOf('COMPONENT', id) ?? markOf('COMPONENT_COPY_REQ', id) ?? markOf('COMPONENT_QTY', id);
  const money = (n: number) => formatMoney(n, { locale });
  const cost = view.cost;
  const open = (
    kind: MarkTargetKind,
    id: number | null,
    label: string,
    kinds: MarkTargetKind[] = [kind],
    hint?: string,
  ) => {
    if (!view.item.locked) setTarget({ kind, id, label, kinds, ...(hint ? { hint } : {}) });
  };
  const rowCost = (r: CostRowDto | undefined) =>
    r
      ? t('process.docCost', {
          h: formatNumber(r.hoursMilli / 1000, { locale }),
          m: money(r.otherCost + r.serviceCost + r.fee),
        })
      : null;
  const docRow = (scenario: 'before' | 'after', id: number) =>
    view.costRows[scenario].find((r) => r.key === `COMPONENT:${id}`);

  const afterLine = (
    label: string,
    mark: MarkRow | undefined,
    testId: string,
    extra?: string | null,
    why?: string | null,
  ) => {
    const cut = mark && CUTTING.includes(mark.action);
    return (
      <li
        key={testId}
        className={cut ? 'cut' : mark && mark.action === 'SIMPLIFY' ? 'changed' : ''}
        data-testid={testId}
      >
        {cut ? (
          <s>{label}</s>
        ) : (
          <span>
            {mark?.action === 'SIMPLIFY' && mark.proposedValue
              ? `${label} → ${
                  mark.targetKind === 'COMPONENT_COPY_REQ'
                    ? t(`record.req.${mark.proposedValue}` as MessageKey)
                    : mark.proposedValue
                }`
              : label}
          </span>
        )}
        {mark && mark.action !== 'KEEP' && (
          <span className={`review-label action-${mark.action}`}>{t(`review.action.${mark.action}`)}</span>
        )}
        {extra && !cut && <small className="review-cost-hint">{extra}</small>}
        {mark?.reason && <small>{t('review.reason', { r: mark.reason })}</small>}
        {why && mark && mark.action !== 'KEEP' && (
          <small className="review-step-reason" data-testid={`${testId}-why`}>
            {why}
          </small>
        )}
      </li>
    );
  };

  return (
    <div className="review-ba">
      <FrozenNotice view={view} onChange={onChange} />
      <div className="review-totals">
        {cost ? (
          <>
            <strong data-testid="review-saving">
              {t('review.saving', {
                money: money(cost.saving.dong),
                pct: formatPercent(Number(cost.reductionPct ?? '0'), { locale }),
              })}
            </strong>
            <CompareBars
              testId="bars-cost"
              title={t('review.costPerYear')}
              before={cost.before.perYear.dong}
              after={cost.after.perYear.dong}
              beforeLabel={`${money(cost.before.perYear.dong)} (${t('review.perDossier', { v: money(cost.before.perDossier.dong) })})`}
              afterLabel={`${money(cost.after.perYear.dong)} (${t('review.perDossier', { v: money(cost.after.perDossier.dong) })})`}
            />
          </>
        ) : (
          <p className="review-note">{t('review.noCost', { reason: view.costProblem ?? '' })}</p>
        )}
        {view.item.daysBefore !== null && view.item.daysAfter !== null && (
          <CompareBars
            testId="bars-days"
            title={`${t('review.time')}${view.daysReductionPct ? ` — ${t('review.daysSaving', { pct: formatPercent(Number(view.daysReductionPct), { locale }) })}` : ''}`}
            before={view.item.daysBefore}
            after={view.item.daysAfter}
            beforeLabel={t('review.daysUnit', { n: formatNumber(view.item.daysBefore, { locale }) })}
            afterLabel={`${t('review.daysUnit', { n: formatNumber(view.item.daysAfter, { locale }) })}${view.daysEstimated ? ` (${t('review.daysEstimated')})` : ''}`}
          />
        )}
      </div>
      <div className="review-whole">
        <button
          type="button"
          disabled={view.item.locked}
          onClick={() => open('PROCEDURE', null, t('review.target.PROCEDURE'))}
        >
          {t('review.markIt')}: {t('review.target.PROCEDURE')}
        </button>
        <button
          type="button"
          disabled={view.item.locked}
          onClick={() => open('CONDITION', null, t('review.target.CONDITION'))}
        >
          {t('review.markIt')}: {t('review.target.CONDITION')}
        </button>
        {markOf('PROCEDURE', null) && (
          <span className="review-label">{t(`review.action.${markOf('PROCEDURE', null)!.action}`)}</span>
        )}
      </div>
      <ProcessView
        view={view}
        onStep={(s) => open('INTERNAL_STEP', s.id, `${s.ord}. ${short(s.work, 80)}`)}
      />
      <ChannelsTable view={view} open={open} />
      <div className="review-two">
        <section aria-label={t('review.before')}>
          <h3>{t('review.before')}</h3>
          <h4>{t('review.steps')}</h4>
          <StepsBefore
            view={view}
            onChange={onChange}
            onMark={(id, label, hint) => open('STEP', id, label, ['STEP'], hint)}
          />
          <h4>{t('review.components')}</h4>
          <ul>
            {view.record.components.map((c) => (
              <li key={c.id}>
                <button
                  type="button"
                  className="review-el"
                  data-testid={`doc-${c.id}`}
                  disabled={view.item.locked}
                  title={c.name}
                  onClick={() =>
                    open('COMPONENT', c.id, short(c.name, 80), [
                      'COMPONENT',
                      'COMPONENT_COPY_REQ',
                      'COMPONENT_QTY',
                    ])
                  }
                >
                  {short(c.name)}
                </button>
                <small className="review-cost-hint" data-testid={`doc-cost-${c.id}`}>
                  {rowCost(docRow('before', c.id)) ?? t('process.docFree')}
                </small>
              </li>
            ))}
          </ul>
        </section>
        <section aria-label={t('review.after')} data-testid="after-column">
          <h3>{t('review.after')}</h3>
          <h4>{t('review.steps')}</h4>
          <StepsAfter view={view} markOf={(id) => markOf('STEP', id)} />
          <h4>{t('review.components')}</h4>
          <ul>
            {view.record.components.map((c) =>
              afterLine(
                short(c.name),
                componentMark(c.id),
                `after-doc-${c.id}`,
                rowCost(docRow('after', c.id)),
                // A note or a document of one case only is not in the typical dossier the cost counts.
                docRow('before', c.id) ? null : t('process.docMarkNoCost'),
              ),
            )}
          </ul>
        </section>
      </div>
      {target && (
        <MarkDialog
          key={`${target.kind}:${target.id ?? ''}`}
          view={view}
          target={target}
          onClose={() => setTarget(null)}
          onSaved={(v) => {
            setTarget(null);
            onChange(v);
          }}
        />
      )}
    </div>
  );
}

export const channelLabel = (t: (k: MessageKey) => string, method: string) =>
  t(`process.ch.${method}` as MessageKey);
