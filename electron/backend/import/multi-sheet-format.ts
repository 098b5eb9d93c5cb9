import ExcelJS from 'exceljs';
import type { InventoryEntry } from '../../shared/domain';
import { fieldSpec, ROLE_SHEET_NAMES, type SheetRole } from './fields';

/**
 * TinhGọn's own multi-sheet inventory workbook: the provincial layout (domain.md §1.2) with one more sheet for
 * structured fees, headed with the canonical names the importer maps. Exporting an inventory with this and
 * importing it into an empty database gives the same records field by field. The reports feature may reuse it.
 */
const yes = (b: boolean) => (b ? 'Có' : 'Không');

const LIST_KEYS = [
  'code',
  'name',
  'field',
  'fieldCode',
  'kind',
  'levels',
  'subjects',
  'executingAgencies',
  'authorityAgencies',
  'coordinatingAgencies',
  'authorizedAgencies',
  'receivingAddress',
  'issuingAgency',
  'conditions',
  'decisionNo',
  'decisionDate',
  'status',
  'legacyCode',
  'source',
  'onlineLevel',
  'legacyLevel',
  'oneStop',
  'hasInternalProcess',
  'dossiersPerYear',
  'note',
] as const;

type Cell = string | number | null;

function sheet(
  wb: ExcelJS.Workbook,
  role: SheetRole,
  keys: readonly string[],
  rows: Cell[][],
  title?: string,
) {
  const ws = wb.addWorksheet(ROLE_SHEET_NAMES[role][0]);
  if (title) {
    ws.addRow([title]);
    ws.mergeCells(1, 1, 1, keys.length);
    ws.getRow(1).font = { bold: true, size: 14 };
  }
  const header = ws.addRow(keys.map((k) => fieldSpec(role, k)!.vi));
  header.font = { bold: true };
  for (const r of rows) ws.addRow(r);
  ws.columns.forEach((c) => (c.width = 24));
  return ws;
}

export async function writeInventoryWorkbook(
  entries: InventoryEntry[],
  title = 'DANH MỤC THỦ TỤC HÀNH CHÍNH',
): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'TinhGọn';
  sheet(
    wb,
    'list',
    LIST_KEYS,
    entries.map((e) => {
      const u = e.unitFields;
      const values: Record<(typeof LIST_KEYS)[number], Cell> = {
        ...e,
        levels: e.levels.join('\n'),
        onlineLevel: u.onlineLevel ?? '',
        legacyLevel: u.legacyLevel,
        oneStop: yes(u.oneStop),
        hasInternalProcess: yes(u.hasInternalProcess),
        dossiersPerYear: u.dossiersPerYear,
        note: u.note,
      };
      return LIST_KEYS.map((k) => values[k]);
    }),
    title,
  );
  sheet(
    wb,
    'channels',
    ['code', 'method', 'time', 'timeValue', 'timeUnit', 'description'],
    entries.flatMap((e) =>
      e.channels.map((c) => [e.code, c.method, c.timeText, c.timeValue, c.timeUnit, c.description]),
    ),
  );
  sheet(
    wb,
    'fees',
    ['code', 'channelNo', 'kind', 'amount', 'setBy', 'currency', 'perUnit', 'text'],
    entries.flatMap((e) =>
      e.channels.flatMap((c, i) =>
        c.fees.map((f) => [
          e.code,
          i + 1,
          f.kind,
          f.amount,
          yes(f.setBy === 'HDND_TINH'),
          f.currency,
          f.perUnit,
          f.text,
        ]),
      ),
    ),
  );
  sheet(
    wb,
    'steps',
    ['code', 'title', 'text', 'actor', 'durationValue', 'durationUnit'],
    entries.flatMap((e) =>
      e.steps.map((s) => [e.code, s.title, s.text, s.actor, s.durationValue, s.durationUnit]),
    ),
  );
  sheet(
    wb,
    'components',
    [
      'code',
      'groupNo',
      'heading',
      'name',
      'componentCode',
      'originalQty',
      'copyQty',
      'copyRequirement',
      'formName',
      'isNote',
      'required',
    ],
    entries.flatMap((e) =>
      e.componentGroups.flatMap((g, gi) =>
        g.components.map((c) => [
          e.code,
          gi + 1,
          g.heading,
          c.name,
          c.code,
          c.originalQty,
          c.copyQty,
          c.copyRequirement ?? '',
          c.formName,
          yes(c.isNote),
          yes(c.required),
        ]),
      ),
    ),
  );
  sheet(
    wb,
    'results',
    ['code', 'resultCode', 'name'],
    entries.flatMap((e) => e.results.map((r) => [e.code, r.code, r.name])),
  );
  sheet(
    wb,
    'legal',
    ['code', 'legalCode', 'name', 'issuer', 'issuedDate', 'effectiveDate'],
    entries.flatMap((e) =>
      e.legalBases.map((l) => [e.code, l.code, l.name, l.issuer, l.issuedDate, l.effectiveDate]),
    ),
  );
  return Buffer.from(await wb.xlsx.writeBuffer());
}
