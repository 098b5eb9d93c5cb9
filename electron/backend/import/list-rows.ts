import type { ProcedureRecord, UnitProcedureFields } from '../../shared/domain';
import { fold } from '../../shared/text/fold';
import { textFault, withoutBrokenText } from '../../shared/text/invalid-text';
import * as cv from './cell-values';
import type { SheetPlan } from './layout';
import { problem, type Problem } from './problems';
import { columnLetter, type RawCell, type RawSheet } from './raw-workbook';

/**
 * One procedure as read from the file: only the fields the file provides are present (so an update never
 * blanks a field the file does not have), plus every problem found on its row.
 */
export interface Candidate {
  code: string;
  sheet: string;
  row: number;
  record: Partial<ProcedureRecord>;
  unit: Partial<UnitProcedureFields>;
  problems: Problem[];
}

export const isRejected = (c: Candidate) => c.problems.some((p) => p.severity === 'error');

const ROMAN_OR_LETTER = /^(?:[IVXLC]+|[A-Z])$/;
const GROUP_PREFIX = /^(?:(?:phần|phan)\s+)?(?:[IVXLC]+|[A-Za-z]|\d+)\s*[.):–-]\s*/u;

/** "II. LĨNH VỰC HỘ TỊCH" → "HỘ TỊCH" is kept as typed (minus numbering and the word "lĩnh vực"). */
export function groupTitle(text: string): string {
  return text
    .replace(GROUP_PREFIX, '')
    .replace(/^lĩnh vực\s*:?\s*/iu, '')
    .trim();
}

type Setter = (c: Candidate, cell: RawCell | null, at: Parameters<typeof problem>[0]) => void;

function put<T>(
  conv: cv.Conv<T>,
  c: Candidate,
  at: Parameters<typeof problem>[0],
  apply: (v: T) => void,
): void {
  if (accepted(conv, c, at)) apply(conv.value);
}

/** Records the conversion's problem or warning on the candidate; true when the value is to be stored. */
function accepted<T>(
  conv: cv.Conv<T>,
  c: Candidate,
  at: Parameters<typeof problem>[0],
): conv is Extract<cv.Conv<T>, { ok: true }> {
  if (!conv.ok) {
    c.problems.push(problem(at, conv.code, conv.params));
    return false;
  }
  for (const w of conv.warns ?? []) c.problems.push(problem(at, w.code, w.params));
  return true;
}

const rec =
  <K extends keyof ProcedureRecord>(
    key: K,
    conv: (cell: RawCell | null) => cv.Conv<ProcedureRecord[K]>,
  ): Setter =>
  (c, cell, at) => {
    const v = conv(cell);
    if (accepted(v, c, at)) c.record[key] = v.value;
  };
const unit =
  <K extends keyof UnitProcedureFields>(
    key: K,
    conv: (cell: RawCell | null) => cv.Conv<UnitProcedureFields[K]>,
  ): Setter =>
  (c, cell, at) => {
    const v = conv(cell);
    if (accepted(v, c, at)) c.unit[key] = v.value;
  };

const SETTERS: Record<string, Setter> = {
  name: rec('name', cv.oneLine),
  field: rec('field', cv.fieldName),
  fieldCode: rec('fieldCode', cv.oneLine),
  kind: rec('kind', cv.oneLine),
  levels: rec('levels', cv.list),
  subjects: rec('subjects', cv.lines),
  executingAgencies: rec('executingAgencies', cv.lines),
  authorityAgencies: rec('authorityAgencies', cv.lines),
  coordinatingAgencies: rec('coordinatingAgencies', cv.lines),
  authorizedAgencies: rec('authorizedAgencies', cv.lines),
  receivingAddress: rec('receivingAddress', cv.text),
  issuingAgency: rec('issuingAgency', cv.oneLine),
  conditions: rec('conditions', cv.text),
  decisionNo: rec('decisionNo', cv.oneLine),
  decisionDate: rec('decisionDate', cv.isoDate),
  status: rec('status', cv.status),
  legacyCode: rec('legacyCode', cv.oneLine),
  source: rec('source', cv.oneLine),
  onlineLevel: unit('onlineLevel', cv.onlineLevel),
  legacyLevel: unit('legacyLevel', (cell) => {
    const n = cv.wholeNumber(cell, 4);
    return n.ok && n.value === 0
      ? { ok: false, code: 'BAD_VALUE', params: { value: '0', reason: '1–4' } }
      : n;
  }),
  oneStop: unit('oneStop', (cell) => cv.yesNo(cell, true)),
  hasInternalProcess: unit('hasInternalProcess', (cell) => cv.yesNo(cell, false)),
  dossiersPerYear: unit('dossiersPerYear', (cell) => cv.wholeNumber(cell)),
  note: unit('note', cv.text),
};

/** Sizes the domain schema allows (domain.ts); longer text is refused rather than cut. */
const MAX_LEN: Partial<Record<keyof ProcedureRecord, number>> = {
  name: 2000,
  field: 500,
  issuingAgency: 500,
  conditions: 20000,
};

const MAX_LEN_ENTRIES = Object.entries(MAX_LEN) as [keyof ProcedureRecord, number][];

function isGroupRow(cells: (RawCell | null)[], plan: SheetPlan): string | null {
  // A row with a code is a procedure (checked first: it is almost every row).
  const codeIdx = plan.fields.indexOf('code');
  if (codeIdx >= 0 && cells[codeIdx]?.v) return null;
  const filled = cells
    .map((cell, i) => ({ cell, field: plan.fields[i] }))
    .filter((x) => x.cell && x.cell.v !== '');
  const sttIdx = plan.fields.indexOf('stt');
  const stt = sttIdx >= 0 ? (cells[sttIdx]?.v ?? '') : '';
  const others = filled.filter((x) => x.field !== 'stt');
  if (others.length === 1 && others[0]!.cell!.k === 's') return others[0]!.cell!.v;
  if (ROMAN_OR_LETTER.test(stt) && others.length >= 1) return others[0]!.cell!.v;
  // "I. Lĩnh vực Hộ tịch" typed in the STT column and merged across the row (TinhGọn's own Danh mục report).
  if (others.length === 0 && filled.length === 1 && filled[0]!.cell!.k === 's' && !/^\d+$/.test(stt))
    return stt;
  return null;
}

/** Reads the list sheet: group rows (lĩnh vực headings) set the field of the rows under them. */
export function readListRows(sheet: RawSheet, plan: SheetPlan): Candidate[] {
  const reader = new ListRowReader(sheet.name, plan);
  for (let r = plan.headerRow + 1; r <= sheet.rows.length; r++) reader.read(r, sheet.rows[r - 1]);
  return reader.finish();
}

/**
 * readListRows one row at a time, in sheet order, so rows can be read while the rest of the file is still being
 * parsed (list-read-ahead.ts, in the import worker). Duplicate codes are marked by `finish`, once every row is
 * known.
 */
export class ListRowReader {
  readonly candidates: Candidate[] = [];
  private group = '';
  /** The warning every row under the current heading carries when the heading had to be cleaned. */
  private groupNote: Problem | null = null;
  private readonly hasField: boolean;
  private readonly hasTime: boolean;
  private readonly hasFee: boolean;
  /** Column letters of the plan's columns, computed once rather than for every cell. */
  private readonly columns: string[];

  constructor(
    private readonly sheetName: string,
    private readonly plan: SheetPlan,
  ) {
    this.hasField = plan.fields.includes('field');
    this.hasTime = plan.fields.includes('time');
    this.hasFee = plan.fields.includes('fee');
    this.columns = plan.fields.map((_, i) => columnLetter(i + 1));
  }

  /** Row r (1-based, below the header row); returns the candidate it made, if any. */
  read(r: number, cells: (RawCell | null)[] | null | undefined): Candidate | null {
    const plan = this.plan;
    if (!cells || cells.every((x) => !x || x.v === '')) return null;
    const groupText = isGroupRow(cells, plan);
    if (groupText !== null) {
      // A heading becomes the lĩnh vực of the rows under it: broken and control characters are dropped first,
      // and every row that takes it says so.
      const clean = textFault(groupText) ? withoutBrokenText(groupText) : groupText;
      this.groupNote =
        clean === groupText
          ? null
          : problem({ sheet: this.sheetName, row: r, column: '', field: 'field' }, 'HEADING_CLEANED', {
              value: clean,
            });
      const title = groupTitle(clean.replace(/\n/g, ' '));
      // "PHẦN I. DANH MỤC …" headings are sections, not lĩnh vực.
      if (!/^(danh muc|phan)\b/.test(fold(clean))) this.group = fold(title) === 'khac' ? '' : title;
      return null;
    }
    const sheetName = this.sheetName;
    const c: Candidate = { code: '', sheet: sheetName, row: r, record: {}, unit: {}, problems: [] };
    const columns = this.columns;
    const at = (i: number, field: string) => ({
      sheet: sheetName,
      row: r,
      column: columns[i] ?? columnLetter(i + 1),
      field,
    });
    let timeCell: { cell: RawCell | null; i: number } | null = null;
    let feeCell: { cell: RawCell | null; i: number } | null = null;
    plan.fields.forEach((field, i) => {
      if (!field || field === 'stt') return;
      const cell = cells[i] ?? null;
      if (cell?.enc) c.problems.push(problem(at(i, field), 'LEGACY_CONVERTED', { value: cell.enc }));
      if (field === 'code') {
        const conv = cv.code(cell);
        if (conv.ok) c.code = conv.value;
        else if (!(conv.code === 'CODE_MISSING' && !cellsHaveName(cells, plan)))
          c.problems.push(problem(at(i, field), conv.code, conv.params));
        c.record.code = conv.ok ? conv.value : (cell?.v ?? '');
      } else if (field === 'time') timeCell = { cell, i };
      else if (field === 'fee') feeCell = { cell, i };
      else SETTERS[field]?.(c, cell, at(i, field));
    });
    if (c.record.name === undefined || c.record.name === '') {
      if (!c.code && !c.problems.length) return null; // a stray note row with neither code nor name
      const nameIdx = plan.fields.indexOf('name');
      // A name refused for what it holds (broken characters…) is not also "missing".
      if (!c.problems.some((p) => p.field === 'name' && p.severity === 'error'))
        c.problems.push(problem(at(Math.max(0, nameIdx), 'name'), 'NAME_MISSING'));
    }
    for (const [key, max] of MAX_LEN_ENTRIES) {
      const v = c.record[key];
      if (typeof v === 'string' && v.length > max)
        c.problems.push(
          problem(at(Math.max(0, plan.fields.indexOf(key)), key), 'TOO_LONG', { reason: String(max) }),
        );
    }
    const group = this.group;
    if (group && (!this.hasField || !c.record.field)) {
      c.record.field = group;
      if (this.groupNote) c.problems.push(this.groupNote);
    }
    if (this.hasTime || this.hasFee) readFreeFormChannel(c, timeCell, feeCell, at);
    this.candidates.push(c);
    return c;
  }

  finish(): Candidate[] {
    markDuplicates(this.candidates, columnLetter(this.plan.fields.indexOf('code') + 1));
    return this.candidates;
  }
}

function cellsHaveName(cells: (RawCell | null)[], plan: SheetPlan): boolean {
  const i = plan.fields.indexOf('name');
  return i >= 0 && !!cells[i]?.v;
}

type At = (i: number, field: string) => Parameters<typeof problem>[0];

/** Free-form inventories carry one time and one fee per procedure: stored as a single direct channel. */
function readFreeFormChannel(
  c: Candidate,
  t: { cell: RawCell | null; i: number } | null,
  f: { cell: RawCell | null; i: number } | null,
  at: At,
): void {
  let time = {
    value: null as number | null,
    unit: 'UNSPECIFIED' as const as ProcedureRecord['channels'][number]['timeUnit'],
    text: '',
  };
  let fees: ProcedureRecord['channels'][number]['fees'] = [];
  if (t) put(cv.time(t.cell), c, at(t.i, 'time'), (v) => (time = v));
  if (f) put(cv.fees(f.cell), c, at(f.i, 'fee'), (v) => (fees = v));
  if (!time.text && !fees.length) {
    c.record.channels = [];
    return;
  }
  c.record.channels = [
    {
      method: 'TRUC_TIEP',
      timeValue: time.value,
      timeUnit: time.unit,
      timeText: time.text,
      description: '',
      fees,
    },
  ];
}

function markDuplicates(rows: Candidate[], codeColumn: string): void {
  const byCode = new Map<string, Candidate[]>();
  for (const c of rows) {
    if (!c.code) continue;
    const group = byCode.get(c.code);
    if (group) group.push(c);
    else byCode.set(c.code, [c]);
  }
  for (const [code, group] of byCode) {
    if (group.length < 2) continue;
    const rowsText = group.map((g) => g.row).join(', ');
    for (const c of group)
      c.problems.push({
        sheet: c.sheet,
        row: c.row,
        column: codeColumn,
        field: 'code',
        code: 'DUPLICATE_CODE',
        severity: 'error',
        params: { value: code, rows: rowsText },
      });
  }
}
