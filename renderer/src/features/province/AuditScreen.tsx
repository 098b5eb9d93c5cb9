import { useEffect, useState } from 'react';
import type { ProvinceOutputOf } from '../../../../electron/shared/contract/province';
import { useI18n, type MessageKey } from '../../i18n';
import { provinceCall } from './api';
import { when } from './format';
import { provinceVi } from './messages';

const ACTIONS = Object.fromEntries(
  Object.keys(provinceVi)
    .filter((k) => k.startsWith('prov.action.'))
    .map((k) => [k.slice('prov.action.'.length), true]),
);

/** {"a":1,"b":"x"} → "a: 1 · b: x" (the audit's detail, readable). */
function detailText(json: string): string {
  try {
    const o = JSON.parse(json) as Record<string, unknown>;
    return Object.entries(o)
      .filter(([, v]) => v !== null && v !== undefined)
      .map(
        ([k, v]) =>
          `${k}: ${typeof v === 'string' ? (v.startsWith('sha256:') ? v.slice(7, 19) : v) : JSON.stringify(v)}`,
      )
      .join(' · ');
  } catch {
    return json;
  }
}

/** The last 200 actions on the server (logins, uploads and refusals, plans, accounts), newest first. */
export function AuditScreen() {
  const { t } = useI18n();
  const [rows, setRows] = useState<ProvinceOutputOf<'province.audit.list'>>([]);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    provinceCall('province.audit.list', { limit: 200 })
      .then(setRows)
      .catch((e: Error) => setError(e.message));
  }, []);
  return (
    <section className="prov-screen">
      <div className="toolbar">
        <h1>{t('prov.nav.audit')}</h1>
      </div>
      {error && (
        <div className="error-bar" role="alert">
          {error}
        </div>
      )}
      <div className="table-wrap">
        <table className="prov-table">
          <thead>
            <tr>
              <th>{t('prov.audit.at')}</th>
              <th>{t('prov.audit.actor')}</th>
              <th>{t('prov.audit.action')}</th>
              <th>{t('prov.audit.entity')}</th>
              <th>{t('prov.audit.detail')}</th>
              <th>{t('prov.audit.remote')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id}>
                <td>{when(r.at)}</td>
                <td>{r.actor}</td>
                <td title={r.action}>
                  {r.action in ACTIONS ? t(`prov.action.${r.action}` as MessageKey) : r.action}
                </td>
                <td>{[r.entity, r.entityKey].filter(Boolean).join(' ')}</td>
                <td className="detail">{detailText(r.detail)}</td>
                <td>{r.remote ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
