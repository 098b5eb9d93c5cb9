/**
 * `process.import` and `cli process import`: one sheet of a published table (.xlsx) → the procedure's
 * processes, all-or-nothing. The bytes go through the import feature's checks first (type, zip directory,
 * sizes, encryption, truncated parts), so a hostile file is refused as the Excel import refuses it.
 */
import { DEFAULT_IMPORT_LIMITS } from '../import/limits';
import { readWorkbook } from '../import/workbook-read';
import { parseProcessTable } from '../../shared/cost/process-table';
import { channelsNamed } from '../../shared/cost/step-class';
import { ApiFailure } from '../api-failure';
import type { BackendContext } from '../context';
import { invalid, processSummary, storeProcesses } from './service';

export async function importProcessTable(
  ctx: BackendContext,
  input: {
    unitId: number;
    procedureId: number;
    fileName: string;
    dataBase64: string;
    dryRun: boolean;
    source: string;
  },
) {
  processSummary(ctx, input.unitId, input.procedureId); // the procedure must be the unit's
  const buf = Buffer.from(input.dataBase64, 'base64');
  const wb = await readWorkbook(buf, input.fileName, DEFAULT_IMPORT_LIMITS, () => undefined);
  const sheets = wb.sheets.filter((s) => s.rows.some((r) => r?.some((c) => c && c.v.trim())));
  if (sheets.length !== 1)
    throw new ApiFailure('PROCESS_ONE_SHEET', { file: input.fileName, count: sheets.length });
  const sheet = sheets[0]!;
  const rows = sheet.rows.map((r) => Array.from({ length: sheet.colCount }, (_, c) => r?.[c]?.v ?? ''));
  const table = parseProcessTable(rows, {
    vi: `${input.fileName}, trang “${sheet.name}”`,
    en: `${input.fileName}, sheet "${sheet.name}"`,
  });
  if (!table.ok) throw invalid(table.errors);
  // A variant headed "Đối với trường hợp nộp hồ sơ trực tuyến" applies to that channel; the officer can change it.
  const drafts = table.processes.map((p) => ({
    name: p.name,
    channels: channelsNamed(p.name),
    source: input.source || input.fileName,
    statedTotal: p.statedTotal,
    steps: p.steps,
  }));
  const stepCount = drafts.reduce((n, p) => n + p.steps.length, 0);
  if (input.dryRun) {
    const current = processSummary(ctx, input.unitId, input.procedureId);
    return {
      ...current,
      processes: drafts.map((p, i) => ({
        id: -(i + 1),
        name: p.name,
        channels: p.channels,
        source: p.source,
        statedTotal: p.statedTotal,
        hoursMilli: p.steps.reduce(
          (n, s) => n + (s.timeMilli === null ? 0 : s.timeUnit === 'HOUR' ? s.timeMilli : s.timeMilli * 8),
          0,
        ),
        steps: p.steps.map((s, j) => ({
          id: -(j + 1),
          ord: j + 1,
          work: s.work,
          responsible: s.responsible,
          time: { unit: s.timeUnit, milli: s.timeMilli },
          timeText: s.timeText,
          result: s.result,
        })),
      })),
      committed: false,
      stepCount,
    };
  }
  return {
    ...storeProcesses(ctx, input.unitId, input.procedureId, drafts, 'import'),
    committed: true,
    stepCount,
  };
}
