import { useEffect, useState } from 'react';
import type { ProcessRow } from '../../../../../electron/shared/contract/process';
import type { ProcessDto } from '../../../../../electron/shared/contract/review';
import { formatMilli } from '../../../../../electron/shared/cost/step-time';
import { call } from '../../../api/client';
import { ProcessDiagram } from '../../review/ProcessDiagram';

/** A process as the diagram draws it, with no marks (the record as it is, not a review). */
const asDrawn = (p: ProcessRow): ProcessDto => ({
  ...p,
  hoursBeforeMilli: p.hoursMilli,
  hoursAfterMilli: p.hoursMilli,
  steps: p.steps.map((s) => ({
    ...s,
    fate: 'KEPT' as const,
    timeAfter: null,
    mergedIntoId: null,
    markId: null,
    reason: '',
    viaStepId: null,
  })),
});

const timeOf = (s: ProcessRow['steps'][number]) =>
  s.time.unit === 'NOT_COUNTED' || s.time.milli === null
    ? s.timeText || 'Không tính thời gian'
    : `${formatMilli(s.time.milli, 'vi')} ${s.time.unit === 'HOUR' ? 'giờ' : 'ngày làm việc'}`;

/**
 * Item m) of the printed record: the unit's quy trình nội bộ, as the combined publication decisions print it
 * after item l) — each process's steps (work, responsible party, time, result) and its swimlane diagram.
 */
export function ProcessDocument({ unitId, procedureId }: { unitId: number; procedureId: number }) {
  const [processes, setProcesses] = useState<ProcessRow[] | null>(null);
  useEffect(() => {
    call('process.get', { unitId, procedureId })
      .then((s) => setProcesses(s.processes))
      .catch(() => setProcesses([]));
  }, [unitId, procedureId]);
  if (!processes?.length) return null;
  return (
    <section className="doc-item" data-testid="doc-process">
      <h3>m) Quy trình nội bộ giải quyết TTHC</h3>
      {processes.map((p) => {
        // The result column only where a step names its result (the published tables often leave it out).
        const results = p.steps.some((s) => s.result.trim());
        return (
          <div key={p.id} className="doc-process">
            {(p.name || p.source) && (
              <p>
                <strong>{p.name}</strong>
                {p.source && ` (${p.source})`}
              </p>
            )}
            <table className={results ? 'doc-table' : 'doc-table no-result'}>
              <thead>
                <tr>
                  <th>Bước</th>
                  <th>Nội dung công việc</th>
                  <th>Trách nhiệm</th>
                  <th>Thời gian</th>
                  {results && <th>Kết quả</th>}
                </tr>
              </thead>
              <tbody>
                {p.steps.map((s) => (
                  <tr key={s.id}>
                    <td>{s.ord}</td>
                    <td>{s.work}</td>
                    <td>{s.responsible}</td>
                    <td>{timeOf(s)}</td>
                    {results && <td>{s.result}</td>}
                  </tr>
                ))}
              </tbody>
            </table>
            <ProcessDiagram
              process={asDrawn(p)}
              mode="before"
              title={p.name}
              testId={`doc-diagram-${p.id}`}
            />
          </div>
        );
      })}
    </section>
  );
}
