import { useEffect, useState } from 'react';
import type { ProcedureDetail } from '../../../../electron/shared/contract/inventory';
import { formatMoney, formatNumber } from '../../../../electron/shared/text/format';
import { call } from '../../api/client';
import { useI18n } from '../../i18n';

/** Read view of one record in the official order (Phần II a–l); the record editor builds on it. */
export function DetailPanel(props: { unitId: number; procedureId: number; onClose: () => void }) {
  const { t } = useI18n();
  const [detail, setDetail] = useState<ProcedureDetail | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    setDetail(null);
    call('procedures.get', { unitId: props.unitId, procedureId: props.procedureId })
      .then(setDetail)
      .catch((e: Error) => setError(e.message));
  }, [props.unitId, props.procedureId]);

  return (
    <aside className="detail-panel" aria-label={detail?.name ?? ''}>
      <header>
        <h2>
          {detail ? (
            <>
              <span className="code">{detail.code}</span> {detail.name}
            </>
          ) : (
            t('app.loading')
          )}
        </h2>
        <button type="button" onClick={props.onClose}>
          {t('detail.close')}
        </button>
      </header>
      {error && <div className="error-bar">{error}</div>}
      {detail && (
        <div className="detail-body">
          <h3>{t('detail.general')}</h3>
          <dl>
            <dt>{t('inv.col.field')}</dt>
            <dd>{detail.field}</dd>
            <dt>{t('inv.col.agency')}</dt>
            <dd className="multiline">{detail.executingAgencies}</dd>
            <dt>{t('inv.col.levels')}</dt>
            <dd>{detail.levels.join(', ')}</dd>
          </dl>
          <h3>{t('detail.channels')}</h3>
          <ul>
            {detail.channels.map((c) => (
              <li key={c.id}>
                <strong>{t(`channel.${c.method}`)}</strong>:{' '}
                {c.timeValue === null ? c.timeText : `${formatNumber(c.timeValue)} ${t(`unit.${c.timeUnit}`)}`}
                {c.fees.map((f) => (
                  <span key={f.id}>
                    {' · '}
                    {f.amount === null ? f.text || t('fee.hdnd') : f.amount === 0 ? t('fee.free') : formatMoney(f.amount)}
                  </span>
                ))}
              </li>
            ))}
          </ul>
          <h3>{t('detail.steps')}</h3>
          {detail.steps.length ? (
            <ol>
              {detail.steps.map((s) => (
                <li key={s.id} className="multiline">
                  {s.title ? <strong>{s.title} </strong> : null}
                  {s.text}
                </li>
              ))}
            </ol>
          ) : (
            <p>{t('detail.none')}</p>
          )}
          <h3>{t('detail.documents')}</h3>
          {detail.componentGroups.map((g) => (
            <div key={g.id}>
              {g.heading && <h4>{g.heading}</h4>}
              <ul>
                {g.components.map((c) => (
                  <li key={c.id} className={c.isNote ? 'note' : ''}>
                    {c.name}
                    {!c.isNote && <em> — {t('detail.copies', { original: c.originalQty, copy: c.copyQty })}</em>}
                  </li>
                ))}
              </ul>
            </div>
          ))}
          <h3>{t('detail.legal')}</h3>
          <ul>
            {detail.legalBases.map((l) => (
              <li key={l.id}>
                {l.code} {l.name}
              </li>
            ))}
          </ul>
          <h3>{t('detail.results')}</h3>
          <ul>
            {detail.results.map((r) => (
              <li key={r.id}>{r.name}</li>
            ))}
          </ul>
          {detail.conditions && (
            <>
              <h3>{t('detail.conditions')}</h3>
              <p className="multiline">{detail.conditions}</p>
            </>
          )}
        </div>
      )}
    </aside>
  );
}
