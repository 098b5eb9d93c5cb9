import type { ApplyPlan } from '../../../../electron/shared/contract/decisions';
import { useI18n } from '../../i18n';

/** What applying would do, row by row: the action, and for an amendment the fields it changes (old → new). */
export function DecisionPlan({ plan }: { plan: ApplyPlan }) {
  const { t } = useI18n();
  return (
    <section className="decision-plan" aria-label={t('decisions.preview')}>
      <p role="status">{t('decisions.planSummary', plan.summary)}</p>
      {plan.errors.length > 0 && (
        <div className="error-bar" role="alert">
          {t('decisions.planErrors', { count: plan.errors.length })}
        </div>
      )}
      <table className="decision-items plan">
        <thead>
          <tr>
            <th>#</th>
            <th>{t('decisions.col.change')}</th>
            <th>{t('decisions.col.code')}</th>
            <th className="wide">{t('decisions.col.name')}</th>
            <th>{t('decisions.col.action')}</th>
            <th className="wide">{t('decisions.col.diff')}</th>
          </tr>
        </thead>
        <tbody>
          {plan.rows.map((r) => (
            <tr key={r.ord} className={`action-${r.action}`}>
              <td className="num">{r.ord}</td>
              <td>{t(`decisions.change.${r.change}`)}</td>
              <td>{r.code}</td>
              <td>{r.name}</td>
              <td>{t(`decisions.action.${r.action}`)}</td>
              <td>
                {r.message && <div className="plan-message">{r.message}</div>}
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
    </section>
  );
}
