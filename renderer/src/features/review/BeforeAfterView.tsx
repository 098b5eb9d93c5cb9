import { useState } from 'react';
import type { MarkRow, ReviewView } from '../../../../electron/shared/contract/review';
import type { MarkTargetKind } from '../../../../electron/shared/domain';
import { formatMoney, formatNumber, formatPercent } from '../../../../electron/shared/text/format';
import { useI18n } from '../../i18n';
import { formatTime } from '../inventory/row-format';
import { CompareBars } from './bars';
import { MarkDialog, type MarkTarget } from './MarkDialog';

const CUTTING = ['REMOVE', 'REPLACE_BY_DATA', 'MERGE'];
const short = (s: string, n = 160) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/** Two columns (before | after) of steps and documents, bars for days and đồng/năm, the saving on top. */
export function BeforeAfterView({ view, onChange }: { view: ReviewView; onChange: (v: ReviewView) => void }) {
  const { t, locale } = useI18n();
  const [target, setTarget] = useState<MarkTarget | null>(null);
  const markOf = (kind: MarkTargetKind, id: number | null) =>
    view.marks.find((m) => m.targetKind === kind && m.targetId === id);
  const componentMark = (id: number) =>
    markOf('COMPONENT', id) ?? markOf('COMPONENT_COPY_REQ', id) ?? markOf('COMPONENT_QTY', id);
  const money = (n: number) => formatMoney(n, { locale });
  const cost = view.cost;
  const open = (kind: MarkTargetKind, id: number | null, label: string, kinds: MarkTargetKind[] = [kind]) => {
    if (!view.item.locked) setTarget({ kind, id, label, kinds });
  };

  const afterLine = (label: string, mark: MarkRow | undefined, testId: string) => {
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
          <span>{mark?.action === 'SIMPLIFY' && mark.proposedValue ? mark.proposedValue : label}</span>
        )}
        {mark && mark.action !== 'KEEP' && (
          <span className={`review-label action-${mark.action}`}>{t(`review.action.${mark.action}`)}</span>
        )}
        {mark?.reason && <small>{t('review.reason', { r: mark.reason })}</small>}
      </li>
    );
  };

  return (
    <div className="review-ba">
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
            afterLabel={t('review.daysUnit', { n: formatNumber(view.item.daysAfter, { locale }) })}
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
      <div className="review-two">
        <section aria-label={t('review.before')}>
          <h3>{t('review.before')}</h3>
          <h4>{t('review.steps')}</h4>
          <ol>
            {view.record.steps.map((s) => (
              <li key={s.id}>
                <button
                  type="button"
                  className="review-el"
                  disabled={view.item.locked}
                  title={s.title}
                  onClick={() => open('STEP', s.id, short(s.title, 80))}
                >
                  {short(s.title)}
                </button>
              </li>
            ))}
          </ol>
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
              </li>
            ))}
          </ul>
          <h4>{t('review.time')}</h4>
          <ul>
            {view.record.channels.map((c) => (
              <li key={c.id}>
                <button
                  type="button"
                  className="review-el"
                  disabled={view.item.locked}
                  onClick={() =>
                    open('CHANNEL_TIME', c.id, `${t(`channel.${c.method}`)}: ${formatTime(c, t)}`)
                  }
                >
                  {t(`channel.${c.method}`)}: {formatTime(c, t) || '—'}
                </button>
                {c.fees.map((f) => (
                  <button
                    key={f.id}
                    type="button"
                    className="review-el fee"
                    disabled={view.item.locked}
                    onClick={() => open('FEE', f.id, `${t(`channel.${c.method}`)}: ${f.amount ?? ''}`)}
                  >
                    {f.amount === null ? '—' : money(f.amount)}
                  </button>
                ))}
              </li>
            ))}
          </ul>
        </section>
        <section aria-label={t('review.after')} data-testid="after-column">
          <h3>{t('review.after')}</h3>
          <h4>{t('review.steps')}</h4>
          <ol>
            {view.record.steps.map((s) =>
              afterLine(short(s.title), markOf('STEP', s.id), `after-step-${s.id}`),
            )}
          </ol>
          <h4>{t('review.components')}</h4>
          <ul>
            {view.record.components.map((c) =>
              afterLine(short(c.name), componentMark(c.id), `after-doc-${c.id}`),
            )}
          </ul>
          <h4>{t('review.time')}</h4>
          <ul>
            {view.record.channels.map((c) =>
              afterLine(
                `${t(`channel.${c.method}`)}: ${formatTime(c, t) || '—'}`,
                markOf('CHANNEL_TIME', c.id),
                `after-ch-${c.id}`,
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
