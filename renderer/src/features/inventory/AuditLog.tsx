import { useCallback, useEffect, useState } from 'react';
import type { AuditEntry } from '../../../../electron/shared/contract/inventory';
import { formatDateVi } from '../../../../electron/shared/text/format';
import { call } from '../../api/client';
import { useI18n, type MessageKey } from '../../i18n';

const ACTIONS = new Set([
  'create',
  'update',
  'delete',
  'restore',
  'purge',
  'undo',
  'redo',
  'reorder',
  'import',
]);

const PAGE = 100;

/** Audit rows (append-only log): global for a unit, or one procedure's history tab. */
export function AuditLog(props: { unitId: number; procedureId?: number; refreshKey?: number }) {
  const { t } = useI18n();
  const [entries, setEntries] = useState<AuditEntry[]>([]);
  const [more, setMore] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const load = useCallback(
    (beforeId?: number) => {
      call('audit.list', {
        unitId: props.unitId,
        ...(props.procedureId ? { procedureId: props.procedureId } : {}),
        ...(beforeId ? { beforeId } : {}),
        limit: PAGE,
      })
        .then((page) => {
          setEntries((cur) => (beforeId ? [...cur, ...page] : page));
          setMore(page.length === PAGE);
        })
        .catch((e: Error) => setError(e.message));
    },
    [props.unitId, props.procedureId],
  );
  useEffect(() => load(), [load, props.refreshKey]);
  const when = (iso: string) => `${formatDateVi(iso.slice(0, 10))} ${iso.slice(11, 16)}`;
  const short = (v: string | null) => (v === null ? '∅' : v.length > 80 ? v.slice(0, 80) + '…' : v);
  if (error) return <div className="error-bar">{error}</div>;
  if (!entries.length) return <p className="muted">{t('inventory.audit.empty')}</p>;
  return (
    <div className="audit-log">
      <table>
        <thead>
          <tr>
            <th>{t('inventory.audit.at')}</th>
            <th>{t('inventory.audit.actor')}</th>
            <th>{t('inventory.audit.action')}</th>
            {!props.procedureId && <th>{t('inv.col.code')}</th>}
            <th>{t('inventory.audit.field')}</th>
            <th>{t('inventory.audit.change')}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((e) => (
            <tr key={e.id} data-action={e.action}>
              <td>{when(e.at)}</td>
              <td>{e.actor}</td>
              <td>{ACTIONS.has(e.action) ? t(`inventory.action.${e.action}` as MessageKey) : e.action}</td>
              {!props.procedureId && <td>{e.procedureCode ?? ''}</td>}
              <td>{e.field ?? ''}</td>
              <td>
                {short(e.oldValue)} → {short(e.newValue)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {more && (
        <button type="button" onClick={() => load(entries[entries.length - 1]?.id)}>
          {t('inventory.audit.more')}
        </button>
      )}
    </div>
  );
}

/** The whole unit's change log beside the grid ("Nhật ký thay đổi"). */
export function AuditPanel(p: { unitId: number; refreshKey: number; onClose: () => void }) {
  const { t } = useI18n();
  return (
    <aside className="side-list" aria-label={t('inventory.audit.title')}>
      <header>
        <strong>{t('inventory.audit.title')}</strong>
        <button type="button" onClick={p.onClose}>
          {t('inventory.close')}
        </button>
      </header>
      <AuditLog unitId={p.unitId} refreshKey={p.refreshKey} />
    </aside>
  );
}
