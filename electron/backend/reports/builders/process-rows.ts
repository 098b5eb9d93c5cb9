/**
 * The unit's quy trình nội bộ of a procedure as rows of the details report (Phần II): one row per process,
 * its steps with who does them and their time as published, and the total. Kept apart from details.ts so the
 * report's own layout can change without touching it.
 */
import type { Database } from 'better-sqlite3';
import { processReader } from '../../../../db/queries/internal-process';
import { formatHoursMilliAs, stepHoursMilli } from '../../../shared/cost/step-time';

export function processRowsReader(db: Database, unitId: number): (procedureId: number) => [string, string][] {
  const read = processReader(db, unitId);
  return (procedureId) =>
    read(procedureId).map((p, i, all) => {
      const unit = p.steps.some((s) => s.time.unit === 'HOUR') ? 'HOUR' : 'WORKING_DAY';
      const total = p.steps.reduce((n, s) => n + stepHoursMilli(s.time), 0);
      const lines = p.steps.map(
        (s, j) =>
          `Bước ${j + 1}. ${s.work.replace(/\s+/g, ' ').trim()} — ${s.responsible.trim()} — ${s.timeText || '—'}`,
      );
      lines.push(`Tổng thời gian: ${formatHoursMilliAs(total, unit)}${p.source ? ` (${p.source})` : ''}`);
      const title = `m) Quy trình nội bộ${all.length > 1 ? ` ${i + 1}` : ''}${p.name ? `: ${p.name}` : ''}`;
      return [title, lines.join('\n')];
    });
}
