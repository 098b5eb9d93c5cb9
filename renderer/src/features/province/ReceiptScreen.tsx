import { useCallback, useEffect, useRef, useState } from 'react';
import type {
  PlanSummary,
  SubmissionVersion,
  UnitStatus,
} from '../../../../electron/shared/contract/province';
import { formatNumber } from '../../../../electron/shared/text/format';
import { useI18n } from '../../i18n';
import { fileAsBase64, provinceCall } from './api';
import { CostCells, CostHeads } from './CostColumns';
import { when } from './format';
import { HistoryTable } from './HistoryTable';

/** Units × the plan: not received / received (which version, when, by whom), with each unit's sums. */
export function ReceiptScreen({ plan, onChanged }: { plan: PlanSummary; onChanged: () => void }) {
  const { t } = useI18n();
  const [rows, setRows] = useState<UnitStatus[]>([]);
  const [selected, setSelected] = useState<string | null>(null);
  const [history, setHistory] = useState<SubmissionVersion[]>([]);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const file = useRef<HTMLInputElement>(null);
  const load = useCallback(() => {
    provinceCall('province.status', { planId: plan.id })
      .then(setRows)
      .catch((e: Error) => setMessage({ ok: false, text: e.message }));
  }, [plan.id]);
  useEffect(load, [load]);
  useEffect(() => {
    if (selected === null) return;
    provinceCall('province.history', { planId: plan.id, unitCode: selected })
      .then(setHistory)
      .catch((e: Error) => setMessage({ ok: false, text: e.message }));
  }, [plan.id, selected, rows]);

  const upload = async (f: File) => {
    try {
      const ack = await provinceCall('province.submissions.upload', {
        fileName: f.name,
        dataBase64: await fileAsBase64(f),
      });
      const unit = rows.find((r) => r.unitCode === ack.unitCode)?.unitName ?? ack.unitCode;
      setMessage({
        ok: true,
        text: t(`prov.uploaded.${ack.outcome}`, {
          unit,
          version: ack.version,
          current: ack.current ? '' : t('prov.uploaded.notCurrent'),
        }),
      });
      setSelected(ack.unitCode);
      load();
      onChanged();
    } catch (e) {
      setMessage({ ok: false, text: (e as Error).message });
    }
  };

  const received = rows.filter((r) => r.status === 'RECEIVED').length;
  const selectedName = rows.find((r) => r.unitCode === selected)?.unitName ?? '';
  return (
    <section className="prov-screen">
      <div className="toolbar">
        <h1>
          {plan.title} <span className="muted">({t('prov.plans.version', { version: plan.version })})</span>
        </h1>
        <strong className="badge">{t('prov.received', { received, total: rows.length })}</strong>
        <button type="button" onClick={() => file.current?.click()}>
          {t('prov.upload')}
        </button>
        <button type="button" onClick={load}>
          {t('prov.refresh')}
        </button>
        <input
          ref={file}
          type="file"
          accept=".tinhgon"
          hidden
          aria-label={t('prov.upload')}
          onChange={(e) => {
            const f = e.target.files?.[0];
            e.target.value = '';
            if (f) void upload(f);
          }}
        />
      </div>
      {message && (
        <div className={message.ok ? 'note' : 'error-bar'} role={message.ok ? 'status' : 'alert'}>
          {message.text}
        </div>
      )}
      <div className="table-wrap">
        <table className="prov-table status-table">
          <thead>
            <tr>
              <th>{t('prov.col.unit')}</th>
              <th>{t('prov.col.status')}</th>
              <th>{t('prov.col.version')}</th>
              <th>{t('prov.col.receivedAt')}</th>
              <th className="num">{t('prov.col.items')}</th>
              <th className="num">{t('prov.col.approved')}</th>
              <CostHeads />
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr
                key={r.unitCode}
                className={`${r.status === 'RECEIVED' ? 'received' : 'missing'}${r.unitCode === selected ? ' selected' : ''}`}
                onClick={() => setSelected(r.unitCode)}
              >
                <td>
                  <button type="button" className="link" onClick={() => setSelected(r.unitCode)}>
                    {r.unitName}
                  </button>
                  <div className="muted small">{r.unitCode}</div>
                </td>
                <td>
                  <span className={`pill ${r.status === 'RECEIVED' ? 'ok' : 'warn'}`}>
                    {t(`prov.status.${r.status}`)}
                  </span>
                </td>
                <td>
                  {r.version === null ? '—' : t('prov.versionOf', { version: r.version })}
                  {r.versions > 1 && (
                    <div className="muted small">{t('prov.supersedes', { count: r.versions - 1 })}</div>
                  )}
                </td>
                <td>
                  <span className="nowrap">{when(r.receivedAt)}</span>
                  {r.createdAt && (
                    <div className="muted small">
                      {t('prov.packedAt', { when: when(r.createdAt) })} · {r.receivedBy}
                    </div>
                  )}
                </td>
                <td className="num">
                  {r.totals ? `${formatNumber(r.totals.items)}/${formatNumber(r.assigned)}` : '—'}
                </td>
                <td className="num">{r.totals ? formatNumber(r.totals.approved) : '—'}</td>
                {/* A package without any cost figure shows dashes, not zeros. */}
                <CostCells totals={r.totals?.withCost ? r.totals : null} />
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {selected === null ? (
        <p className="muted">{t('prov.history.hint')}</p>
      ) : (
        <div>
          <h2>{t('prov.history', { unit: selectedName })}</h2>
          <HistoryTable versions={history} />
        </div>
      )}
    </section>
  );
}
