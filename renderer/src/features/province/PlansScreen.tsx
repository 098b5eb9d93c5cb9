import { useCallback, useEffect, useRef, useState } from 'react';
import type { PlanSummary, ProvinceOutputOf } from '../../../../electron/shared/contract/province';
import { formatDateVi, formatNumber, parseDateVi } from '../../../../electron/shared/text/format';
import { useI18n } from '../../i18n';
import { triggerDownload } from '../reports/useExportJob';
import { fileAsBase64, provinceCall } from './api';

type Units = ProvinceOutputOf<'province.units.list'>;
type Catalog = ProvinceOutputOf<'province.catalog.list'>;

/** Province → units: publish a plan (units × procedures × deadline), hand out plan files, load the catalog. */
export function PlansScreen({ plans, onChanged }: { plans: readonly PlanSummary[]; onChanged: () => void }) {
  const { t } = useI18n();
  const [units, setUnits] = useState<Units>([]);
  const [catalog, setCatalog] = useState<Catalog>({ total: 0, rows: [] });
  const [search, setSearch] = useState('');
  const [draft, setDraft] = useState({ planId: 0, title: '', year: new Date().getFullYear(), deadline: '' });
  const [pickedUnits, setPickedUnits] = useState<Set<string>>(new Set());
  const [pickedCodes, setPickedCodes] = useState<Set<string>>(new Set());
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const file = useRef<HTMLInputElement>(null);

  const loadCatalog = useCallback(() => {
    provinceCall('province.catalog.list', { search, limit: 200 })
      .then(setCatalog)
      .catch((e: Error) => setMessage({ ok: false, text: e.message }));
  }, [search]);
  useEffect(loadCatalog, [loadCatalog]);
  useEffect(() => {
    provinceCall('province.units.list', {})
      .then(setUnits)
      .catch((e: Error) => setMessage({ ok: false, text: e.message }));
  }, []);
  const toggle = (set: Set<string>, value: string, update: (s: Set<string>) => void) => {
    const next = new Set(set);
    if (next.has(value)) next.delete(value);
    else next.add(value);
    update(next);
  };
  const fail = (e: Error) => setMessage({ ok: false, text: e.message });

  const publish = () => {
    const deadline = draft.deadline.trim() ? parseDateVi(draft.deadline) : null;
    if (draft.deadline.trim() && !deadline) return setMessage({ ok: false, text: t('prov.plans.errDate') });
    provinceCall('province.plans.publish', {
      ...(draft.planId ? { planId: draft.planId } : {}),
      title: draft.title,
      year: draft.year,
      deadline,
      unitCodes: [...pickedUnits],
      codes: [...pickedCodes],
    })
      .then((p) => {
        setMessage({ ok: true, text: t('prov.plans.published', { title: p.title, version: p.version }) });
        onChanged();
      })
      .catch(fail);
  };
  const loadFile = async (f: File) => {
    try {
      const r = await provinceCall('province.catalog.load', {
        fileName: f.name,
        dataBase64: await fileAsBase64(f),
      });
      setMessage({ ok: true, text: t('prov.catalog.loaded', r) });
      loadCatalog();
    } catch (e) {
      fail(e as Error);
    }
  };

  return (
    <section className="prov-screen">
      {message && (
        <div className={message.ok ? 'note' : 'error-bar'} role={message.ok ? 'status' : 'alert'}>
          {message.text}
        </div>
      )}
      <h1>{t('prov.plans.list')}</h1>
      <table className="prov-table">
        <tbody>
          {plans.map((p) => (
            <tr key={p.id}>
              <td>
                <strong>{p.title}</strong> ({p.year}) · <code>{p.key}</code> ·{' '}
                {t('prov.plans.version', { version: p.version })}
                {p.deadline && <> · {formatDateVi(p.deadline)}</>}
                <div className="muted small">
                  {t('prov.plans.counts', { units: p.units, procedures: p.procedures, received: p.received })}
                </div>
              </td>
              <td>
                <label className="inline">
                  {t('prov.plans.package')}{' '}
                  <select
                    value=""
                    onChange={(e) => {
                      const unitCode = e.target.value;
                      if (!unitCode) return;
                      provinceCall('province.plans.package', { planId: p.id, unitCode })
                        .then((r) => triggerDownload(r.url, r.fileName))
                        .catch(fail);
                    }}
                  >
                    <option value="">…</option>
                    {units.map((u) => (
                      <option key={u.code} value={u.code}>
                        {t('prov.plans.packageFor', { unit: u.name })}
                      </option>
                    ))}
                  </select>
                </label>
              </td>
            </tr>
          ))}
        </tbody>
      </table>

      <form
        className="plan-form"
        onSubmit={(e) => {
          e.preventDefault();
          publish();
        }}
      >
        <h2>{draft.planId ? t('prov.plans.republish') : t('prov.plans.new')}</h2>
        <div className="row">
          <select
            aria-label={t('prov.plans.republish')}
            value={draft.planId}
            onChange={(e) => setDraft({ ...draft, planId: Number(e.target.value) })}
          >
            <option value={0}>{t('prov.plans.new')}</option>
            {plans.map((p) => (
              <option key={p.id} value={p.id}>
                {t('prov.plans.republish')}: {p.title}
              </option>
            ))}
          </select>
          <label>
            {t('prov.plans.title')}
            <input
              required
              value={draft.title}
              onChange={(e) => setDraft({ ...draft, title: e.target.value })}
            />
          </label>
          <label className="narrow">
            {t('prov.plans.year')}
            <input
              type="number"
              value={draft.year}
              onChange={(e) => setDraft({ ...draft, year: Number(e.target.value) })}
            />
          </label>
          <label className="narrow">
            {t('prov.plans.deadline')}
            <input
              value={draft.deadline}
              placeholder="dd/mm/yyyy"
              onChange={(e) => setDraft({ ...draft, deadline: e.target.value })}
            />
          </label>
        </div>
        <div className="pickers">
          <fieldset>
            <legend>
              {t('prov.plans.units')} · {t('prov.plans.selected', { count: pickedUnits.size })}
            </legend>
            {units.map((u) => (
              <label key={u.code} className="check">
                <input
                  type="checkbox"
                  checked={pickedUnits.has(u.code)}
                  onChange={() => toggle(pickedUnits, u.code, setPickedUnits)}
                />
                {u.name} <span className="muted small">{u.code}</span>
              </label>
            ))}
          </fieldset>
          <fieldset>
            <legend>
              {t('prov.plans.procedures')} · {t('prov.plans.selected', { count: pickedCodes.size })}
            </legend>
            <div className="row">
              <input
                type="search"
                aria-label={t('prov.catalog.search')}
                placeholder={t('prov.catalog.search')}
                value={search}
                onChange={(e) => setSearch(e.target.value)}
              />
              <span className="muted">{t('prov.catalog', { total: formatNumber(catalog.total) })}</span>
              <button type="button" onClick={() => file.current?.click()}>
                {t('prov.catalog.load')}
              </button>
              <input
                ref={file}
                type="file"
                hidden
                accept=".jsonl,.json"
                aria-label={t('prov.catalog.load')}
                onChange={(e) => {
                  const f = e.target.files?.[0];
                  e.target.value = '';
                  if (f) void loadFile(f);
                }}
              />
            </div>
            <div className="catalog-list">
              {catalog.rows.map((r) => (
                <label key={r.code} className="check">
                  <input
                    type="checkbox"
                    checked={pickedCodes.has(r.code)}
                    onChange={() => toggle(pickedCodes, r.code, setPickedCodes)}
                  />
                  <code>{r.code}</code> {r.name} <span className="muted small">· {r.field}</span>
                </label>
              ))}
            </div>
          </fieldset>
        </div>
        <div className="actions">
          <button
            type="submit"
            className="primary"
            disabled={!draft.title.trim() || pickedUnits.size === 0 || pickedCodes.size === 0}
          >
            {t('prov.plans.publish')}
          </button>
        </div>
      </form>
    </section>
  );
}
