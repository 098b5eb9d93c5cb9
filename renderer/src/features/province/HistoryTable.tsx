import type { SubmissionVersion } from '../../../../electron/shared/contract/province';
import { useI18n } from '../../i18n';
import { when } from './format';

/** The versions of one unit's submission for a plan: the current one and those it superseded. */
export function HistoryTable({ versions }: { versions: readonly SubmissionVersion[] }) {
  const { t } = useI18n();
  const versionOf = (id: number | null) => versions.find((v) => v.id === id)?.version ?? '?';
  return (
    <table className="prov-table">
      <thead>
        <tr>
          <th>{t('prov.col.version')}</th>
          <th>{t('prov.col.status')}</th>
          <th>{t('prov.col.createdAt')}</th>
          <th>{t('prov.col.receivedAt')}</th>
          <th>{t('prov.col.receivedBy')}</th>
          <th className="num">{t('prov.col.items')}</th>
          <th>{t('prov.col.hash')}</th>
          <th>{t('prov.col.app')}</th>
        </tr>
      </thead>
      <tbody>
        {versions.map((v) => (
          <tr key={v.id} className={v.current ? 'current' : 'superseded'}>
            <td>{t('prov.versionOf', { version: v.version })}</td>
            <td>
              {v.current
                ? t('prov.status.current')
                : t('prov.status.superseded', { by: versionOf(v.supersededBy) })}
            </td>
            <td>{when(v.createdAt)}</td>
            <td>{when(v.receivedAt)}</td>
            <td>{v.receivedBy}</td>
            <td className="num">{v.items}</td>
            <td>
              <code title={v.contentHash}>{v.contentHash.slice(7, 19)}</code>
            </td>
            <td>{v.appVersion}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
