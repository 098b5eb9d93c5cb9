/**
 * Danh mục TTHC (domain.md §1.6 Phần I): one group row per lĩnh vực numbered I, II, III…, STT restarting
 * in each group; code, name, time per channel, place, fees per channel, legal basis.
 */
import { procedurePartsBatchReader } from '../../../../db/queries/report-parts-batch';
import { listInventoryProcedures, type InventoryProcedure } from '../../../../db/queries/report-procedures';
import { compareVi } from '../../../shared/text/collate';
import { formatNumber } from '../../../shared/text/format';
import type { ColumnSpec, ReportSink } from '../xlsx/sink';
import { asOfView } from './as-of';
import { ticker, type BuildContext } from './context';
import { CODE_SAMPLE, fitColumns } from './fit';
import { feesText, fieldGroupLabel, legalCodesText, roman, timesText } from './text';

/**
 * Widths say how the page is shared (xlsx/page.ts fills A4 landscape with them): the name and the legal bases
 * get the most; the legal bases are printed by number (legalCodesText), their titles being in Phần II.
 */
export const INVENTORY_COLUMNS: ColumnSpec[] = [
  { header: 'STT', width: 4, kind: 'stt', widest: '999' },
  { header: 'Mã TTHC', width: 10, kind: 'text', widest: CODE_SAMPLE },
  { header: 'Tên thủ tục hành chính', width: 28, kind: 'text' },
  { header: 'Thời hạn giải quyết', width: 14, kind: 'text' },
  { header: 'Địa điểm thực hiện', width: 13, kind: 'text' },
  { header: 'Phí, lệ phí (nếu có)', width: 16, kind: 'text' },
  { header: 'Căn cứ pháp lý', width: 32, kind: 'text' },
];

/** Procedures grouped by lĩnh vực in Vietnamese order ("Lĩnh vực khác" last), codes ascending inside. */
export function groupByField<T extends { field: string }>(
  rows: readonly T[],
): { field: string; rows: T[] }[] {
  const map = new Map<string, T[]>();
  for (const r of rows) {
    const key = r.field.trim();
    const list = map.get(key) ?? [];
    list.push(r);
    map.set(key, list);
  }
  return [...map.entries()]
    .sort(([a], [b]) => (a === '' ? 1 : b === '' ? -1 : compareVi(a, b)))
    .map(([field, list]) => ({ field, rows: list }));
}

export function place(p: Pick<InventoryProcedure, 'receivingAddress' | 'executingAgencies'>): string {
  return (p.receivingAddress.trim() || p.executingAgencies.trim()).slice(0, 2000);
}

/**
 * Procedures whose parts are read together: one query per batch instead of three per procedure, and one
 * batch's channels, fees and legal bases held at a time, not the whole unit's. 200 rather than 500: a big
 * batch's JSON outlives several young-generation collections and is copied into the old one (measured
 * 7 % more CPU for the national export with 500; 100 and 200 cost the same).
 */
export const PARTS_BATCH = 200;

/**
 * Rows between two yields to the event loop. The zip pipeline (compression, file writes) only moves while
 * the builder yields: every 50 rows (~110 KB of sheet XML) it fell behind, the writer paused for it and ~7 MB
 * were still to compress after the last row; every 10 rows it keeps up (under 3 MB in flight), for the same
 * total time and less memory.
 */
const YIELD_EVERY = 10;

export async function buildInventory(
  ctx: BuildContext,
  sink: ReportSink,
  batchSize = PARTS_BATCH,
): Promise<void> {
  const view = asOfView(ctx);
  const procedures = view.heads(
    listInventoryProcedures(ctx.db, ctx.unit.id, { ...ctx.filters, asOf: ctx.asOf }),
  );
  const partsReader = procedurePartsBatchReader(ctx.db, ctx.unit.id);
  const sheet = sink.sheet({
    name: 'Danh mục TTHC',
    title: `DANH MỤC THỦ TỤC HÀNH CHÍNH THUỘC THẨM QUYỀN GIẢI QUYẾT CỦA ${ctx.unit.name.toUpperCase()}`,
    subtitle: `(Tổng số: ${formatNumber(procedures.length)} thủ tục hành chính)`,
    landscape: true,
    // 11 pt: the national portal's 54 commune procedures fit in 12 pages, readable at 100 %.
    fontSize: 11,
    // The Danh mục is read back by the import: a row's continuation on the next page would be a row without a code.
    wholeRows: true,
    // Code, name and place are known before the rows are written; the other columns keep their widths.
    columns: fitColumns(
      INVENTORY_COLUMNS,
      procedures.map((p) => [null, p.code, p.name, null, place(p)]),
      [1, 2, 4],
    ),
  });
  const tick = ticker(sink, procedures.length, YIELD_EVERY);
  let done = 0;
  const groups = groupByField(procedures);
  const partsAt = partsReader.inOrder(
    groups.flatMap((g) => g.rows.map((p) => p.procedureId)),
    batchSize,
  );
  for (const [gi, group] of groups.entries()) {
    sheet.group(`${roman(gi + 1)}. ${fieldGroupLabel(group.field)}`);
    for (const [i, p] of group.rows.entries()) {
      const parts = partsAt(done);
      const channels = view.part(p.procedureId, 'channels', () => parts.channels(p.procedureId));
      sheet.row([
        i + 1,
        p.code,
        p.name,
        timesText(channels),
        place(p),
        feesText(channels),
        legalCodesText(view.part(p.procedureId, 'legalBases', () => parts.legalBases(p.procedureId))),
      ]);
      await tick(++done);
    }
  }
}
