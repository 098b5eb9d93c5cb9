import { useEffect, useState } from 'react';
import type { ProcedureDecisionEvent } from '../../../../electron/shared/contract/decisions';
import { formatDateVi } from '../../../../electron/shared/text/format';
import { call } from '../../api/client';
import { useI18n } from '../../i18n';
import './decisions.css';

/** The decisions that shaped one record in this unit, newest first (shown in the record editor). */
export function ProcedureDecisions({ unitId, procedureId }: { unitId: number; procedureId: number }) {
  const { t } = useI18n();
  const [events, setEvents] = useState<ProcedureDecisionEvent[] | null>(null);
  useEffect(() => {
    call('decisions.ofProcedure', { unitId, procedureId })
      .then(setEvents)
      .catch(() => setEvents([]));
  }, [unitId, procedureId]);
  if (!events) return null;
  return (
    <section className="procedure-decisions" aria-label={t('decisions.events')}>
      <h3>{t('decisions.events')}</h3>
      {events.length === 0 ? (
        <p className="muted">{t('decisions.noEvents')}</p>
      ) : (
        <ol>
          {events.map((e) => (
            <li key={e.id}>
              <strong>{t(`decisions.event.${e.kind}`)}</strong> · {e.decisionNo}
              {e.decisionDate && ` · ${formatDateVi(e.decisionDate)}`}
              {e.effectiveDate &&
                e.effectiveDate !== e.decisionDate &&
                ` (hiệu lực ${formatDateVi(e.effectiveDate)})`}
              {e.note && <div className="muted">{e.note}</div>}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
