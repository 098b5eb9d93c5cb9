import { useCallback, useEffect, useState } from 'react';
import type { Unit, UnitInput } from '../../../../electron/shared/contract/units';
import type { UnitLevel } from '../../../../electron/shared/domain';
import { formatDateVi, formatNumber, parseDateVi } from '../../../../electron/shared/text/format';
import { call } from '../../api/client';
import { useI18n } from '../../i18n';
import { MergePanel } from './MergePanel';
import './units.css';

const LEVELS: UnitLevel[] = ['TINH', 'XA', 'HUYEN_LEGACY', 'BO'];

interface Draft {
  id: number | null;
  code: string;
  name: string;
  level: UnitLevel;
  parentId: number | null;
  validFrom: string;
  validTo: string;
  replacedBy: string;
}

const blank: Draft = {
  id: null,
  code: '',
  name: '',
  level: 'XA',
  parentId: null,
  validFrom: '',
  validTo: '',
  replacedBy: '',
};
const toDraft = (u: Unit): Draft => ({
  id: u.id,
  code: u.code,
  name: u.name,
  level: u.level,
  parentId: u.parentId,
  validFrom: u.validFrom ? formatDateVi(u.validFrom) : '',
  validTo: u.validTo ? formatDateVi(u.validTo) : '',
  replacedBy: u.replacedBy.join(', '),
});

/** Unit master data: level (tỉnh / xã / huyện cũ / bộ), parent, validity dates, successors. */
export function UnitsScreen({ currentUnitId, onChanged }: { currentUnitId: number; onChanged: () => void }) {
  const { t } = useI18n();
  const [units, setUnits] = useState<Unit[]>([]);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [merging, setMerging] = useState(false);
  // The newest undoable step, when it is a merge: "Hoàn tác" stays offered until something else happens.
  const [lastMerge, setLastMerge] = useState<string | null>(null);
  const load = useCallback(() => {
    call('units.list', {})
      .then(setUnits)
      .catch((e: Error) => setError(e.message));
    call('history.list', {})
      .then((h) => setLastMerge(h.undo[0]?.kind === 'merge' ? h.undo[0].code : null))
      .catch(() => setLastMerge(null));
  }, []);
  useEffect(load, [load]);

  const submit = () => {
    if (!draft) return;
    const from = draft.validFrom.trim() ? parseDateVi(draft.validFrom) : null;
    const to = draft.validTo.trim() ? parseDateVi(draft.validTo) : null;
    if ((draft.validFrom.trim() && !from) || (draft.validTo.trim() && !to))
      return setError(t('units.errDate'));
    const values: UnitInput = {
      ...(draft.code.trim() ? { code: draft.code.trim() } : {}),
      name: draft.name,
      level: draft.level,
      parentId: draft.parentId,
      validFrom: from,
      validTo: to,
      replacedBy: draft.replacedBy
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
    };
    (draft.id === null ? call('units.create', values) : call('units.update', { id: draft.id, values }))
      .then((u) => {
        setDraft(null);
        setError(null);
        setStatus(t('units.saved', { name: u.name }));
        load();
        onChanged();
      })
      .catch((e: Error) => setError(e.message));
  };

  const set = (patch: Partial<Draft>) => setDraft((d) => (d ? { ...d, ...patch } : d));
  return (
    <section className="units-screen">
      <div className="toolbar">
        <h1>{t('units.title')}</h1>
        <button type="button" className="primary" onClick={() => setDraft(blank)}>
          {t('units.new')}
        </button>
        <button type="button" onClick={() => setMerging(true)}>
          {t('merge.open')}
        </button>
        {status && <span role="status">{status}</span>}
        {lastMerge && (
          <button
            type="button"
            onClick={() =>
              void call('history.undo', {})
                .then(() => {
                  setStatus(null);
                  load();
                  onChanged();
                })
                .catch((e: Error) => setError(e.message))
            }
          >
            {t('units.undo', { code: lastMerge })}
          </button>
        )}
      </div>
      {error && (
        <div className="error-bar" role="alert">
          {error}
        </div>
      )}
      {merging && (
        <MergePanel
          units={units}
          onCancel={() => setMerging(false)}
          onDone={(message) => {
            setMerging(false);
            setStatus(message);
            load();
            onChanged();
          }}
        />
      )}
      {draft && (
        <form
          className="unit-form"
          onSubmit={(e) => {
            e.preventDefault();
            submit();
          }}
        >
          <label>
            {t('units.name')}
            <input required autoFocus value={draft.name} onChange={(e) => set({ name: e.target.value })} />
          </label>
          <label>
            {t('units.code')}
            <input
              value={draft.code}
              placeholder={t('units.codeHint')}
              onChange={(e) => set({ code: e.target.value })}
            />
          </label>
          <label>
            {t('units.level')}
            <select value={draft.level} onChange={(e) => set({ level: e.target.value as UnitLevel })}>
              {LEVELS.map((l) => (
                <option key={l} value={l}>
                  {t(`level.${l}`)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('units.parent')}
            <select
              value={draft.parentId ?? ''}
              onChange={(e) => set({ parentId: e.target.value ? Number(e.target.value) : null })}
            >
              <option value="">{t('units.noParent')}</option>
              {units
                .filter((u) => u.id !== draft.id)
                .map((u) => (
                  <option key={u.id} value={u.id}>
                    {u.name}
                  </option>
                ))}
            </select>
          </label>
          <label>
            {t('units.validFrom')}
            <input
              value={draft.validFrom}
              placeholder="dd/mm/yyyy"
              onChange={(e) => set({ validFrom: e.target.value })}
            />
          </label>
          <label>
            {t('units.validTo')}
            <input
              value={draft.validTo}
              placeholder="dd/mm/yyyy"
              onChange={(e) => set({ validTo: e.target.value })}
            />
          </label>
          <label className="wide">
            {t('units.replacedBy')}
            <input value={draft.replacedBy} onChange={(e) => set({ replacedBy: e.target.value })} />
          </label>
          <div className="actions">
            <button type="submit" className="primary">
              {t('units.save')}
            </button>
            <button type="button" onClick={() => setDraft(null)}>
              {t('units.cancel')}
            </button>
          </div>
        </form>
      )}
      <table className="units-table">
        <thead>
          <tr>
            <th>{t('units.code')}</th>
            <th>{t('units.name')}</th>
            <th>{t('units.level')}</th>
            <th>{t('units.parent')}</th>
            <th>{t('units.validFrom')}</th>
            <th>{t('units.validTo')}</th>
            <th>{t('units.replacedBy')}</th>
            <th>{t('units.procedures')}</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {units.map((u) => (
            <tr key={u.id} className={u.id === currentUnitId ? 'current' : ''}>
              <td>{u.code}</td>
              <td>
                {u.name} {u.isDemo && <em className="muted">({t('units.demo')})</em>}{' '}
                {u.id === currentUnitId && <strong>· {t('units.current')}</strong>}
              </td>
              <td>{t(`level.${u.level}`)}</td>
              <td>{units.find((p) => p.id === u.parentId)?.name ?? ''}</td>
              <td>{u.validFrom ? formatDateVi(u.validFrom) : ''}</td>
              <td>{u.validTo ? formatDateVi(u.validTo) : ''}</td>
              <td>
                {u.replacedBy.join(', ')}
                {u.validTo && u.replacedBy.length > 0 && (
                  <em className="muted"> ({t('units.mergedInto', { by: u.replacedBy.join(', ') })})</em>
                )}
              </td>
              <td className="num">{formatNumber(u.procedureCount)}</td>
              <td>
                <button type="button" onClick={() => setDraft(toDraft(u))}>
                  {t('units.edit')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
