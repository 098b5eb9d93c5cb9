import { useEffect, useState } from 'react';
import type { Me, PlanSummary, SubmissionVersion } from '../../../../electron/shared/contract/province';
import { useI18n } from '../../i18n';
import { provinceCall } from './api';
import { HistoryTable } from './HistoryTable';

/** What a unit's submitting account sees on the web: its own submissions, nothing of other units. */
export function UnitHistory({ me, plans }: { me: Me; plans: readonly PlanSummary[] }) {
  const { t } = useI18n();
  const [history, setHistory] = useState<Record<number, SubmissionVersion[]>>({});
  useEffect(() => {
    for (const p of plans)
      provinceCall('province.history', { planId: p.id, unitCode: me.unitCode ?? '' })
        .then((h) => setHistory((x) => ({ ...x, [p.id]: h })))
        .catch(() => undefined);
  }, [plans, me.unitCode]);
  return (
    <section className="prov-screen">
      <p>{t('prov.unitOnly', { name: me.name, unit: me.unitName ?? me.unitCode ?? '' })}</p>
      {plans.map((p) => (
        <div key={p.id}>
          <h2>
            {p.title} ({p.year})
          </h2>
          <HistoryTable versions={history[p.id] ?? []} />
        </div>
      ))}
    </section>
  );
}
