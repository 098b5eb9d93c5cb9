import { useState } from 'react';
import type { ActivityRow, ReviewView } from '../../../../electron/shared/contract/review';
import type { CostScenario } from '../../../../electron/shared/domain';
import { hoursMilliToString } from '../../../../electron/shared/cost/money';
import { formatDateVi, formatMoney, formatNumber } from '../../../../electron/shared/text/format';
import { call } from '../../api/client';
import { useI18n } from '../../i18n';
import { DefaultsForm } from './DefaultsForm';
import { DerivedCostRows } from './DerivedCostRows';
import { ParamsForm } from './ParamsForm';

const EMPTY = {
  id: undefined as number | undefined,
  scenario: 'BEFORE' as CostScenario,
  ord: 1,
  name: '',
  hours: '0',
  serviceCost: 0,
  otherCost: 0,
  fee: 0,
  link: '',
};

/** The "Biểu mẫu tính toán chi phí tuân thủ": before rows, officer overrides of the after scenario, parameters. */
export function CostTable({ view, onChange }: { view: ReviewView; onChange: (v: ReviewView) => void }) {
  const { t, locale } = useI18n();
  // Derived activities: a new row is an addition to the after scenario (a hand-entered before row would switch the
  // item to hand-entered activities).
  const empty = { ...EMPTY, scenario: view.mode === 'DERIVED' ? ('AFTER' as const) : ('BEFORE' as const) };
  const [form, setForm] = useState(empty);
  const [settings, setSettings] = useState({
    population: String(view.item.populationOverride ?? ''),
    frequency: String(view.item.frequency),
    daysAfter: view.item.daysAfterOverride === null ? '' : String(view.item.daysAfterOverride),
  });
  const [error, setError] = useState<string | null>(null);
  const locked = view.item.locked;
  const money = (n: number) => formatMoney(n, { locale });
  const fail = (e: Error) => setError(e.message);
  const done = (v: ReviewView) => {
    setError(null);
    setForm(empty);
    onChange(v);
  };
  const removedOrds = new Set(view.removed.map((r) => r.ord));
  const perDossier = (scenario: CostScenario, ord: number) =>
    (scenario === 'BEFORE' ? view.cost?.before : view.cost?.after)?.rows.find((r) => r.ord === ord)
      ?.perDossier.dong;

  const save = () => {
    const [kind, id] = form.link.split(':');
    call('cost.saveActivity', {
      itemId: view.item.id,
      ...(form.id !== undefined ? { id: form.id } : {}),
      scenario: form.scenario,
      ord: form.ord,
      name: form.name,
      hours: form.hours,
      serviceCost: form.serviceCost,
      otherCost: form.otherCost,
      fee: form.fee,
      linkedKind: kind === 'STEP' || kind === 'COMPONENT' ? kind : null,
      linkedId: id ? Number(id) : null,
    })
      .then(done)
      .catch(fail);
  };
  const saveSettings = () =>
    call('campaigns.updateItem', {
      itemId: view.item.id,
      population: settings.population.trim() === '' ? null : Number(settings.population),
      frequency: Number(settings.frequency),
      daysAfter: settings.daysAfter.trim() === '' ? null : Number(settings.daysAfter.replace(',', '.')),
    })
      .then(done)
      .catch(fail);
  const edit = (a: ActivityRow) =>
    setForm({
      id: a.id,
      scenario: a.scenario,
      ord: a.ord,
      name: a.name,
      hours: hoursMilliToString(a.hoursMilli),
      serviceCost: a.serviceCost,
      otherCost: a.otherCost,
      fee: a.fee,
      link: a.linkedKind ? `${a.linkedKind}:${a.linkedId}` : '',
    });
  const linkLabel = (a: ActivityRow) =>
    a.linkedKind === 'COMPONENT'
      ? view.record.components.find((c) => c.id === a.linkedId)?.name.slice(0, 50)
      : view.record.steps.find((s) => s.id === a.linkedId)?.title.slice(0, 50);

  const table = (scenario: CostScenario) => (
    <table className="review-cost-table" data-testid={`cost-${scenario}`}>
      <thead>
        <tr>
          {(['ord', 'name', 'hours', 'service', 'other', 'fee', 'perDossier', 'link'] as const).map((c) => (
            <th key={c}>{t(`review.cost.${c}`)}</th>
          ))}
          <th />
        </tr>
      </thead>
      <tbody>
        {view.activities
          .filter((a) => a.scenario === scenario)
          .map((a) => (
            <tr
              key={a.id}
              className={
                scenario === 'BEFORE' && removedOrds.has(a.ord) ? 'cut' : a.isOverride ? 'override' : ''
              }
            >
              <td>{a.ord}</td>
              <td>
                {a.name}
                {a.isOverride && <span className="review-label">{t('review.cost.override')}</span>}
                {scenario === 'BEFORE' && removedOrds.has(a.ord) && (
                  <span className="review-label action-REMOVE">{t('review.cost.removedBy')}</span>
                )}
              </td>
              <td className="num">{formatNumber(a.hoursMilli / 1000, { locale })}</td>
              <td className="num">{money(a.serviceCost)}</td>
              <td className="num">{money(a.otherCost)}</td>
              <td className="num">{money(a.fee)}</td>
              <td className="num">
                {perDossier(scenario, a.ord) === undefined ? '—' : money(perDossier(scenario, a.ord)!)}
              </td>
              <td>{linkLabel(a) ?? ''}</td>
              <td>
                {!locked && (
                  <>
                    <button type="button" onClick={() => edit(a)}>
                      ✎
                    </button>
                    <button
                      type="button"
                      aria-label={t('review.cost.delete')}
                      onClick={() =>
                        void call('cost.deleteActivity', { itemId: view.item.id, id: a.id })
                          .then(done)
                          .catch(fail)
                      }
                    >
                      ×
                    </button>
                  </>
                )}
              </td>
            </tr>
          ))}
      </tbody>
    </table>
  );

  return (
    <div className="review-cost">
      {view.hourlyIncome && (
        <p className="review-note">
          {t('review.income', {
            v: money(view.hourlyIncome.hourlyIncome),
            date: formatDateVi(view.hourlyIncome.validFrom),
            pop: formatNumber(view.item.population ?? 0, { locale }),
            freq: view.item.frequency,
          })}
          {view.hourlyIncome.note ? ` — ${view.hourlyIncome.note}` : ''}
        </p>
      )}
      {view.mode === 'DERIVED' && <p className="review-note">{t('cost.derivedNote')}</p>}
      <h3>{t('review.before')}</h3>
      {view.mode === 'DERIVED' ? (
        <DerivedCostRows view={view} scenario="BEFORE" onChange={done} onError={setError} />
      ) : (
        table('BEFORE')
      )}
      <h3>
        {view.mode === 'DERIVED' ? t('review.after') : `${t('review.after')} — ${t('review.cost.override')}`}
      </h3>
      {view.mode === 'DERIVED' ? (
        <DerivedCostRows view={view} scenario="AFTER" onChange={done} onError={setError} />
      ) : (
        table('AFTER')
      )}
      {error && (
        <p className="review-error" role="alert">
          {error}
        </p>
      )}
      {!locked && (
        <>
          <form
            className="review-form-grid"
            onSubmit={(e) => {
              e.preventDefault();
              save();
            }}
          >
            <select
              aria-label="scenario"
              value={form.scenario}
              onChange={(e) => setForm({ ...form, scenario: e.target.value as CostScenario })}
            >
              {view.mode === 'HAND' && <option value="BEFORE">{t('review.before')}</option>}
              <option value="AFTER">{t('review.after')}</option>
            </select>
            <input
              aria-label={t('review.cost.ord')}
              type="number"
              value={form.ord}
              onChange={(e) => setForm({ ...form, ord: Number(e.target.value) })}
            />
            <input
              aria-label={t('review.cost.name')}
              placeholder={t('review.cost.name')}
              value={form.name}
              onChange={(e) => setForm({ ...form, name: e.target.value })}
            />
            <input
              aria-label={t('review.cost.hours')}
              value={form.hours}
              onChange={(e) => setForm({ ...form, hours: e.target.value })}
            />
            <input
              aria-label={t('review.cost.service')}
              type="number"
              value={form.serviceCost}
              onChange={(e) => setForm({ ...form, serviceCost: Number(e.target.value) })}
            />
            <input
              aria-label={t('review.cost.other')}
              type="number"
              value={form.otherCost}
              onChange={(e) => setForm({ ...form, otherCost: Number(e.target.value) })}
            />
            <input
              aria-label={t('review.cost.fee')}
              type="number"
              value={form.fee}
              onChange={(e) => setForm({ ...form, fee: Number(e.target.value) })}
            />
            <select
              aria-label={t('review.cost.link')}
              value={form.link}
              onChange={(e) => setForm({ ...form, link: e.target.value })}
            >
              <option value="" />
              {view.record.components.map((c) => (
                <option key={`c${c.id}`} value={`COMPONENT:${c.id}`}>
                  {c.name.slice(0, 70)}
                </option>
              ))}
              {view.record.steps.map((s) => (
                <option key={`s${s.id}`} value={`STEP:${s.id}`}>
                  {s.title.slice(0, 70)}
                </option>
              ))}
            </select>
            <button type="submit">{form.id === undefined ? t('review.cost.add') : t('review.save')}</button>
          </form>
          <form
            className="review-form-grid"
            onSubmit={(e) => {
              e.preventDefault();
              void saveSettings();
            }}
          >
            <label>
              {t('review.cost.population')}
              <input
                value={settings.population}
                placeholder={String(view.item.population ?? '')}
                onChange={(e) => setSettings({ ...settings, population: e.target.value })}
              />
            </label>
            <label>
              {t('review.cost.frequency')}
              <input
                value={settings.frequency}
                onChange={(e) => setSettings({ ...settings, frequency: e.target.value })}
              />
            </label>
            <label>
              {t('review.cost.daysAfter')}
              <input
                value={settings.daysAfter}
                placeholder={String(view.item.daysAfter ?? '')}
                onChange={(e) => setSettings({ ...settings, daysAfter: e.target.value })}
              />
            </label>
            <button type="submit">{t('review.cost.settings')}</button>
          </form>
          <ParamsForm
            onSaved={() => void call('review.get', { itemId: view.item.id }).then(done).catch(fail)}
          />
          <DefaultsForm
            view={view}
            onSaved={() => void call('review.get', { itemId: view.item.id }).then(done).catch(fail)}
          />
        </>
      )}
    </div>
  );
}
