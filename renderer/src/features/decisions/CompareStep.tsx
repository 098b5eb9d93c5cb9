import { useEffect, useState } from 'react';
import type { NationalComparison } from '../../../../electron/shared/contract/decisions';
import type { SheetPlan } from '../../../../electron/shared/contract/import';
import { formatDateVi, parseDateVi } from '../../../../electron/shared/text/format';
import { call } from '../../api/client';
import { useI18n } from '../../i18n';
import './decisions.css';

const today = () => formatDateVi(new Date().toISOString().slice(0, 10));

/**
 * Compare mode of the import: a newer national list against the unit's inventory (new / changed field by field /
 * gone), nothing written until the officer applies the rows they tick, as one undoable step.
 */
export function CompareStep({
  token,
  unitId,
  plans,
  onBack,
  onApplied,
}: {
  token: string;
  unitId: number;
  plans: SheetPlan[];
  onBack: () => void;
  onApplied: () => void;
}) {
  const { t } = useI18n();
  const [result, setResult] = useState<NationalComparison | null>(null);
  const [picked, setPicked] = useState<Set<string>>(new Set());
  const [date, setDate] = useState(today);
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [applied, setApplied] = useState(false);
  useEffect(() => {
    call('national.compare', { token, unitId, plans })
      .then((r) => {
        setResult(r);
        setPicked(new Set(r.rows.filter((x) => x.status !== 'new').map((x) => x.key)));
      })
      .catch((e: Error) => setError(e.message));
  }, [token, unitId, plans]);
  const toggle = (key: string) =>
    setPicked((p) => {
      const n = new Set(p);
      if (n.has(key)) n.delete(key);
      else n.add(key);
      return n;
    });
  const apply = () => {
    const effectiveDate = parseDateVi(date);
    if (!effectiveDate) return setError(t('decisions.errDate', { field: t('compare.date') }));
    call('national.apply', { token, unitId, keys: [...picked], effectiveDate })
      .then((r) => {
        setApplied(true);
        setError(null);
        setStatus(t('compare.done', r));
        onApplied();
      })
      .catch((e: Error) => setError(e.message));
  };
  return (
    <section className="compare-step" aria-label={t('compare.title')}>
      <h2>{t('compare.title')}</h2>
      {error && (
        <div className="error-bar" role="alert">
          {error}
        </div>
      )}
      {!result && !error && <p>{t('app.loading')}</p>}
      {result && (
        <>
          <p role="status">{t('compare.summary', { ...result.summary, fields: result.fields.length })}</p>
          <div className="decision-items-wrap">
            <table className="decision-items">
              <thead>
                <tr>
                  <th>
                    <input
                      type="checkbox"
                      aria-label={t('compare.all')}
                      checked={picked.size === result.rows.length}
                      onChange={(e) =>
                        setPicked(new Set(e.target.checked ? result.rows.map((r) => r.key) : []))
                      }
                    />
                  </th>
                  <th>{t('compare.status')}</th>
                  <th>{t('decisions.col.code')}</th>
                  <th className="wide">{t('decisions.col.name')}</th>
                  <th>{t('decisions.col.field')}</th>
                  <th className="wide">{t('decisions.col.diff')}</th>
                </tr>
              </thead>
              <tbody>
                {result.rows.map((r) => (
                  <tr key={r.key} className={`compare-${r.status}`}>
                    <td>
                      <input
                        type="checkbox"
                        aria-label={`${r.code} ${r.name}`}
                        checked={picked.has(r.key)}
                        disabled={applied}
                        onChange={() => toggle(r.key)}
                      />
                    </td>
                    <td>{t(`compare.${r.status}`)}</td>
                    <td>{r.code}</td>
                    <td>{r.name}</td>
                    <td>{r.field}</td>
                    <td>
                      {r.diffs.map((d) => (
                        <div key={d.field} className="plan-diff">
                          <strong>{d.label}:</strong> <del>{d.old || '—'}</del> → <ins>{d.new}</ins>
                        </div>
                      ))}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <div className="toolbar">
            <label>
              {t('compare.date')}{' '}
              <input value={date} onChange={(e) => setDate(e.target.value)} placeholder="dd/mm/yyyy" />
            </label>
            <button type="button" className="primary" disabled={applied || picked.size === 0} onClick={apply}>
              {t('compare.apply', { count: picked.size })}
            </button>
            <button type="button" onClick={onBack}>
              {t('compare.back')}
            </button>
            {status && <span role="status">{status}</span>}
          </div>
        </>
      )}
    </section>
  );
}
