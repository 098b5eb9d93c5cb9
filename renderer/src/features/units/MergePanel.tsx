import { useEffect, useRef, useState } from 'react';
import type { MergePreview } from '../../../../electron/shared/contract/merges';
import type { Unit } from '../../../../electron/shared/contract/units';
import { formatNumber, parseDateVi } from '../../../../electron/shared/text/format';
import { call } from '../../api/client';
import { useI18n } from '../../i18n';

/**
 * "Sáp nhập đơn vị": pick 2..n units of one level, name the new one, preview the union and every conflict, choose
 * each conflict's value, then merge (one undoable step after an automatic backup).
 */
export function MergePanel({
  units,
  onDone,
  onCancel,
}: {
  units: Unit[];
  onDone: (message: string) => void;
  onCancel: () => void;
}) {
  const { t, locale } = useI18n();
  const open = units.filter((u) => !(u.validTo && u.replacedBy.length));
  const [picked, setPicked] = useState<number[]>([]);
  const [name, setName] = useState('');
  const [code, setCode] = useState('');
  const [validFrom, setValidFrom] = useState('01/07/2025');
  const [preview, setPreview] = useState<MergePreview | null>(null);
  const [choices, setChoices] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);

  const request = () => {
    const date = parseDateVi(validFrom);
    if (!date) throw new Error(t('units.errDate'));
    return { sourceIds: picked, name, code, validFrom: date };
  };
  const run = (fn: () => Promise<void>) => () => {
    setError(null);
    void fn().catch((e: Error) => setError(e.message));
  };
  // The conflicts' labels come from the backend in the session's language: after a switch, read the same preview
  // again (the officer's choices stay: they are unit codes, not words).
  const shownIn = useRef(locale);
  useEffect(() => {
    if (shownIn.current === locale) return;
    shownIn.current = locale;
    if (preview) run(async () => setPreview(await call('merges.preview', request())))();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only a language switch re-reads
  }, [locale]);
  const toggle = (id: number) => setPicked((p) => (p.includes(id) ? p.filter((x) => x !== id) : [...p, id]));
  const unresolved = preview ? preview.conflicts.filter((c) => !choices[c.key]).length : 0;

  return (
    <section className="merge-panel" aria-label={t('merge.title')}>
      <h2>{t('merge.title')}</h2>
      <fieldset>
        <legend>{t('merge.sources')}</legend>
        {open.map((u) => (
          <label key={u.id} className="check">
            <input
              type="checkbox"
              checked={picked.includes(u.id)}
              onChange={() => {
                toggle(u.id);
                setPreview(null);
              }}
            />
            {u.name} ({u.code}, {t(`level.${u.level}`)})
          </label>
        ))}
      </fieldset>
      <div className="unit-form">
        <label className="wide">
          {t('merge.newName')}
          <input value={name} onChange={(e) => setName(e.target.value)} />
        </label>
        <label>
          {t('units.code')}
          <input value={code} onChange={(e) => setCode(e.target.value)} />
        </label>
        <label>
          {t('merge.validFrom')}
          <input value={validFrom} placeholder="dd/mm/yyyy" onChange={(e) => setValidFrom(e.target.value)} />
        </label>
        <div className="actions">
          <button
            type="button"
            disabled={picked.length < 2 || !name.trim() || !code.trim()}
            onClick={run(async () => {
              setPreview(await call('merges.preview', request()));
              setChoices({});
            })}
          >
            {t('merge.preview')}
          </button>
          <button type="button" onClick={onCancel}>
            {t('units.cancel')}
          </button>
        </div>
      </div>
      {error && (
        <div className="error-bar" role="alert">
          {error}
        </div>
      )}
      {preview && (
        <div className="merge-preview">
          <p role="status">
            {t('merge.summary', {
              procedures: formatNumber(preview.procedures, { locale }),
              shared: formatNumber(preview.shared, { locale }),
              dossiers: formatNumber(preview.dossiersPerYear, { locale }),
              reviews: preview.reviewsCarried,
              processes: preview.processesCarried,
              conflicts: preview.conflicts.length,
            })}
          </p>
          {preview.conflicts.length > 0 && (
            <table className="units-table merge-conflicts">
              <thead>
                <tr>
                  <th>{t('merge.procedure')}</th>
                  <th>{t('merge.value')}</th>
                  <th>{t('merge.choose')}</th>
                </tr>
              </thead>
              <tbody>
                {preview.conflicts.map((c) => (
                  <tr key={c.key}>
                    <td>
                      <strong>{c.code}</strong> {c.name}
                    </td>
                    <td>{c.label}</td>
                    <td>
                      {c.options.map((o) => (
                        <div key={o.unitCode} className="merge-option">
                          <label className="check">
                            <input
                              type="radio"
                              name={c.key}
                              checked={choices[c.key] === o.unitCode}
                              onChange={() => setChoices((x) => ({ ...x, [c.key]: o.unitCode }))}
                            />
                            {o.text}
                          </label>
                          {o.detail && o.detail.length > 0 && (
                            <details>
                              <summary>{t('merge.steps')}</summary>
                              <ul>
                                {o.detail.map((line, i) => (
                                  <li key={i}>{line}</li>
                                ))}
                              </ul>
                            </details>
                          )}
                        </div>
                      ))}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <div className="actions">
            {unresolved > 0 && <span className="muted">{t('merge.unresolved', { count: unresolved })}</span>}
            <button
              type="button"
              className="primary"
              disabled={unresolved > 0}
              onClick={run(async () => {
                const done = await call('merges.commit', { ...request(), resolutions: choices });
                onDone(t('merge.done', { name: done.unit.name, backup: done.backupName }));
              })}
            >
              {t('merge.commit')}
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
