/**
 * Reads a published quy trình nội bộ table (domain.md §8.2) from a sheet's cells: the columns are found by
 * meaning, not by one header (eight real header variants: "Thứ tự công việc | Nội dung công việc | Trách nhiệm
 * thực hiện | Thời gian thực hiện", "TT | Trình tự | Trách nhiệm | Thời gian | Biểu mẫu/Kết quả", …). Times as
 * published ("04 giờ", "0,25 ngày làm việc", "Không tính thời gian"; a bare number when the header says "ĐVT:
 * Ngày làm việc"); each total row ("Tổng thời gian giải quyết TTHC: 168 giờ …") is checked against the sum of
 * its steps. A heading row or a repeated header starts another variant ("Quy trình 02", "b) Đối với …").
 * All-or-nothing: any problem refuses the whole table, every problem named by row and column.
 */
import { columnLetter } from '../text/column-letter';
import { foldText } from '../text/fold';
import { costError, type CostError } from './errors';
import { formatHoursMilliAs, parseStatedTotal, parseStepTime, stepHoursMilli } from './step-time';

export interface TableStep {
  work: string;
  responsible: string;
  timeUnit: 'HOUR' | 'WORKING_DAY' | 'NOT_COUNTED';
  timeMilli: number | null;
  timeText: string;
  result: string;
}
export interface TableProcess {
  name: string;
  statedTotal: string;
  steps: TableStep[];
}
export type TableResult = { ok: true; processes: TableProcess[] } | { ok: false; errors: CostError[] };

type Role = 'step' | 'work' | 'responsible' | 'time' | 'result' | 'online';
const ROLES: [Role, RegExp][] = [
  ['step', /^(thu tu( cong viec)?|buoc( thuc hien)?|ten buoc|tt|stt|so tt)$/],
  ['work', /^(noi dung( cong viec)?( cu the)?|trinh tu( thuc hien)?|cong viec)$/],
  [
    'responsible',
    /^(trach nhiem( thuc hien)?|don vi ?\/ ?nguoi thuc hien|don vi thuc hien|nguoi thuc hien|phan cong( nhiem vu)?|bo phan( thuc hien)?|can bo thuc hien)$/,
  ],
  ['time', /^(thoi gian( thuc hien)?|thoi han( giai quyet)?)\b/],
  ['result', /^(bieu mau ?\/ ?ket qua|bieu mau|ket qua|san pham( thuc hien)?)$/],
  ['online', /^dich vu cong truc tuyen$/],
];

function roleOf(header: string): Role | null {
  const f = foldText(header).replace(/\s*\(.*$/, '');
  for (const [role, re] of ROLES) if (re.test(f)) return role;
  return null;
}

interface Header {
  roles: Map<number, Role>;
  unknown: number[];
  defaultUnit: 'HOUR' | 'WORKING_DAY' | null;
}

function readHeader(row: readonly string[]): Header | null {
  const roles = new Map<number, Role>();
  const unknown: number[] = [];
  let defaultUnit: Header['defaultUnit'] = null;
  row.forEach((cell, i) => {
    if (!cell.trim()) return;
    const role = roleOf(cell);
    if (role) roles.set(i, role);
    else unknown.push(i);
    if (role === 'time') {
      const f = foldText(cell);
      if (/dvt:? ?ngay/.test(f)) defaultUnit = 'WORKING_DAY';
      else if (/dvt:? ?gio/.test(f)) defaultUnit = 'HOUR';
    }
  });
  const found = new Set(roles.values());
  return found.has('work') && found.has('time') && roles.size >= 3 ? { roles, unknown, defaultUnit } : null;
}

const cellOf = (row: readonly string[], h: Header, role: Role) => {
  for (const [i, r] of h.roles) if (r === role) return { i, v: (row[i] ?? '').trim() };
  return null;
};

/** `where` names the file and sheet in messages ("qtnb.xlsx, trang “Quy trình”"). */
export function parseProcessTable(
  rows: readonly (readonly string[])[],
  where: { vi: string; en: string },
): TableResult {
  const errors: CostError[] = [];
  const err = (r: number, col: number | null, vi: string, en: string) =>
    errors.push(
      costError(
        `row ${r + 1}`,
        `${where.vi}, dòng ${r + 1}${col === null ? '' : `, cột ${columnLetter(col + 1)}`}: ${vi}`,
        `${where.en}, row ${r + 1}${col === null ? '' : `, column ${columnLetter(col + 1)}`}: ${en}`,
      ),
    );
  const headerAt = rows.findIndex((r, i) => i < 30 && readHeader(r) !== null);
  if (headerAt < 0) {
    err(
      0,
      null,
      'không tìm thấy dòng tiêu đề của bảng quy trình (cần các cột Nội dung công việc, Trách nhiệm, Thời gian).',
      'no header row of a process table found (columns for the work, who does it and the time are needed).',
    );
    return { ok: false, errors };
  }
  let header = readHeader(rows[headerAt]!)!;
  for (const i of header.unknown)
    err(
      headerAt,
      i,
      `cột “${rows[headerAt]![i]!.trim()}” không thuộc bảng quy trình nội bộ (bước, nội dung, trách nhiệm, thời gian, kết quả); chưa có gì được lưu.`,
      `column "${rows[headerAt]![i]!.trim()}" is not part of an internal-process table (step, work, responsible, time, result); nothing was saved.`,
    );
  if (errors.length) return { ok: false, errors };

  const processes: TableProcess[] = [];
  let current: TableProcess = { name: '', statedTotal: '', steps: [] };
  let totalRow = -1;
  const close = () => {
    if (current.steps.length) processes.push(current);
    current = { name: '', statedTotal: '', steps: [] };
  };
  for (let r = headerAt + 1; r < rows.length; r++) {
    const row = rows[r]!;
    const filled = row.map((c, i) => ({ c: c.trim(), i })).filter((x) => x.c);
    if (filled.length === 0) continue;
    const again = readHeader(row);
    if (again) {
      close();
      header = again;
      continue;
    }
    const first = foldText(filled[0]!.c);
    if (first.startsWith('tong')) {
      const text = filled.map((x) => x.c).join(' ');
      const stated = parseStatedTotal(text);
      const sum = current.steps.reduce(
        (n, s) => n + stepHoursMilli({ unit: s.timeUnit, milli: s.timeMilli }),
        0,
      );
      const unit = current.steps.some((s) => s.timeUnit === 'HOUR') ? 'HOUR' : 'WORKING_DAY';
      if (stated !== null && stated !== sum)
        err(
          r,
          filled[0]!.i,
          `tổng ghi ${formatHoursMilliAs(stated, unit)} nhưng các bước cộng lại ${formatHoursMilliAs(sum, unit)}. Kiểm tra thời gian các bước; chưa có gì được lưu.`,
          `the total says ${formatHoursMilliAs(stated, unit, 'en')} but the steps add up to ${formatHoursMilliAs(sum, unit, 'en')}. Check the step times; nothing was saved.`,
        );
      current.statedTotal =
        filled
          .slice(1)
          .map((x) => x.c)
          .join(' ') || text;
      totalRow = r;
      close();
      continue;
    }
    const work = cellOf(row, header, 'work');
    const time = cellOf(row, header, 'time');
    if (filled.length === 1 && filled[0]!.i !== time?.i) {
      // A heading between tables: "Quy trình 02", "b) Đối với trường hợp …".
      close();
      current.name = filled[0]!.c;
      continue;
    }
    if (!time || !time.v) {
      err(
        r,
        time?.i ?? null,
        'bước chưa có thời gian thực hiện (ghi “Không tính thời gian” nếu không tính).',
        'the step has no time (write "Không tính thời gian" if it is not counted).',
      );
      continue;
    }
    const t = parseStepTime(time.v, `row ${r + 1}`, header.defaultUnit);
    if (!t.ok) {
      for (const e of t.errors) err(r, time.i, e.message_vi, e.message_en);
      continue;
    }
    current.steps.push({
      work: work?.v ?? '',
      responsible: cellOf(row, header, 'responsible')?.v ?? '',
      timeUnit: t.value.unit,
      timeMilli: t.value.milli,
      timeText: time.v,
      result: [cellOf(row, header, 'result')?.v, cellOf(row, header, 'online')?.v].filter(Boolean).join('; '),
    });
  }
  close();
  if (processes.length === 0 && errors.length === 0)
    err(
      headerAt,
      null,
      'bảng không có bước nào dưới dòng tiêu đề.',
      'the table has no steps below its header.',
    );
  void totalRow;
  return errors.length ? { ok: false, errors } : { ok: true, processes };
}
