import { useState } from 'react';
import type { CostRowDto, ReviewView } from '../../../../electron/shared/contract/review';
import { hoursMilliToString } from '../../../../electron/shared/cost/money';
import { formatMoney, formatNumber } from '../../../../electron/shared/text/format';
import { call } from '../../api/client';
import { useI18n, type MessageKey } from '../../i18n';

type Scenario = 'BEFORE' | 'AFTER';

/**
 * The activities a record implies, before or after the marks: each row says whether it is a default (and by
 * which rule) or an officer's override; "Điều chỉnh" opens the row's values, saved as an override of that row
 * in that scenario; an override can be removed to go back to the default.
 */
export function DerivedCostRows(p: {
  view: ReviewView;
  scenario: Scenario;
  onChange: (v: ReviewView) => void;
  onError: (m: string | null) => void;
}) {
  const { t, locale } = useI18n();
  const [edit, setEdit] = useState<(CostRowDto & { hours: string }) | null>(null);
  const v = p.view;
  const rows = p.scenario === 'BEFORE' ? v.costRows.before : v.costRows.after;
  const removed = p.scenario === 'BEFORE' ? new Set(v.removedRows.map((r) => r.key)) : new Set<string>();
  const money = (n: number) => formatMoney(n, { locale });
  const stored = (key: string) => v.activities.find((a) => a.scenario === p.scenario && a.derivedKey === key);
  const done = (x: ReviewView) => {
    p.onError(null);
    setEdit(null);
    p.onChange(x);
  };
  const fail = (e: Error) => p.onError(e.message);
  const save = () => {
    if (!edit) return;
    call('cost.saveActivity', {
      itemId: v.item.id,
      scenario: p.scenario,
      ord: edit.ord,
      name: edit.name,
      hours: edit.hours,
      serviceCost: edit.serviceCost,
      otherCost: edit.otherCost,
      fee: edit.fee,
      derivedKey: edit.key.startsWith('ADDED:') ? null : edit.key,
    })
      .then(done)
      .catch(fail);
  };
  const num = (field: 'serviceCost' | 'otherCost' | 'fee', label: string) => (
    <input
      aria-label={label}
      inputMode="numeric"
      value={edit![field]}
      onChange={(e) => setEdit({ ...edit!, [field]: Number(e.target.value.replace(/[.\s]/g, '')) })}
    />
  );
  return (
    <>
      <table className="review-cost-table" data-testid={`cost-${p.scenario}`}>
        <thead>
          <tr>
            {(['ord', 'name', 'hours', 'service', 'other', 'fee', 'perDossier'] as const).map((c) => (
              <th key={c}>{t(`review.cost.${c}`)}</th>
            ))}
            <th />
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr
              key={r.key}
              className={removed.has(r.key) ? 'cut' : r.origin === 'OVERRIDE' ? 'override' : ''}
              data-key={r.key}
            >
              <td>{r.ord}</td>
              <td>
                {r.name}
                <span className={`review-label origin-${r.origin}`}>
                  {t(`cost.origin.${r.origin}` as MessageKey)}
                  {r.origin === 'DEFAULT'
                    ? `: ${t(`cost.rule.${r.rule}` as MessageKey, { n: r.copies })}`
                    : ''}
                </span>
              </td>
              <td className="num">{formatNumber(r.hoursMilli / 1000, { locale })}</td>
              <td className="num">{money(r.serviceCost)}</td>
              <td className="num">{money(r.otherCost)}</td>
              <td className="num">{money(r.fee)}</td>
              <td className="num">{r.perDossier ? money(r.perDossier.dong) : '—'}</td>
              <td>
                {!v.item.locked && (
                  <>
                    <button
                      type="button"
                      onClick={() => setEdit({ ...r, hours: hoursMilliToString(r.hoursMilli) })}
                    >
                      {t('cost.override')}
                    </button>
                    {stored(r.key) && (
                      <button
                        type="button"
                        aria-label={t('review.cost.delete')}
                        onClick={() =>
                          void call('cost.deleteActivity', { itemId: v.item.id, id: stored(r.key)!.id })
                            .then(done)
                            .catch(fail)
                        }
                      >
                        ×
                      </button>
                    )}
                  </>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {edit && (
        <form
          className="review-form-grid"
          aria-label={t('cost.overrideOf', {
            name: edit.name,
            scenario: t(p.scenario === 'BEFORE' ? 'review.before' : 'review.after'),
          })}
          onSubmit={(e) => {
            e.preventDefault();
            save();
          }}
        >
          <strong>
            {t('cost.overrideOf', {
              name: edit.name.slice(0, 60),
              scenario: t(p.scenario === 'BEFORE' ? 'review.before' : 'review.after'),
            })}
          </strong>
          <input
            aria-label={t('review.cost.name')}
            value={edit.name}
            onChange={(e) => setEdit({ ...edit, name: e.target.value })}
          />
          <input
            aria-label={t('review.cost.hours')}
            value={edit.hours}
            onChange={(e) => setEdit({ ...edit, hours: e.target.value })}
          />
          {num('serviceCost', t('review.cost.service'))}
          {num('otherCost', t('review.cost.other'))}
          {num('fee', t('review.cost.fee'))}
          <button type="submit">{t('review.save')}</button>
          <button type="button" onClick={() => setEdit(null)}>
            {t('review.cancel')}
          </button>
        </form>
      )}
    </>
  );
}
