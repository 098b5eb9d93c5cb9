/**
 * Reads the Phần I table of a publication decision by meaning (domain.md §1.6, §9.1), from a workbook sheet or a
 * pasted TSV block: header rows say which column is the code, the name, the time…; heading rows say which list
 * follows (mới ban hành / sửa đổi, bổ sung / thay thế / bãi bỏ), which level group (cấp tỉnh / áp dụng chung /
 * cấp xã) and which lĩnh vực; numbered rows are procedures. Real layouts differ (Vĩnh Long puts the list first and
 * the level inside it, Cao Bằng the level first), so every heading only sets what it names.
 * Pure: no Node, no DOM.
 */
import type { AppendixProblem, DecisionChange, DecisionLevel, ParsedAppendix } from '../contract/decisions';
import { fold } from '../text/fold';
import { parseDateVi } from '../text/format';
import { readPartTwo } from './appendix-content';

type Role =
  'stt' | 'code' | 'name' | 'time' | 'place' | 'fee' | 'legal' | 'field' | 'agency' | 'replaces' | 'note';

/** Header cell (folded) → role; first match wins, so "tên văn bản…" is legal before "tên…" is the name. */
const HEADER_RULES: [RegExp, Role][] = [
  [/^(so\s*)?t\.?\s*t\.?$|^stt$|^so thu tu$/, 'stt'],
  [/thay the/, 'replaces'],
  [/van ban|vbqppl|can cu phap ly|quyet dinh da cong bo/, 'legal'],
  [/^ma\b|ma (so )?(thu tuc|tthc)|so ho so/, 'code'],
  [/ten (thu tuc|tthc)/, 'name'],
  [/thoi han|thoi gian giai quyet/, 'time'],
  [/dia diem/, 'place'],
  [/\bphi\b/, 'fee'],
  [/^linh vuc/, 'field'],
  [/co quan thuc hien/, 'agency'],
  [/ghi chu/, 'note'],
];

export const CODE_IN_TEXT = /\d\.\d{6}/;

/** "2.000908.00 0.00.00.H61" (a Word line break inside the cell) → "2.000908.000.00.00.H61". */
export function cleanCode(raw: string): string {
  return raw.replace(/\s+/g, '').replace(/[.,;]+$/, '');
}

/** The national part of a code: "2.000908.000.00.00.H61" → "2.000908"; '' when there is none. */
export function baseCode(code: string): string {
  return CODE_IN_TEXT.exec(cleanCode(code))?.[0] ?? '';
}

function headerRoles(cells: readonly string[]): Map<Role, number> | null {
  const roles = new Map<Role, number>();
  cells.forEach((c, i) => {
    const f = fold(c.replace(/\*/g, ''));
    if (!f || f.length > 120) return;
    const hit = HEADER_RULES.find(([re]) => re.test(f));
    if (hit && !roles.has(hit[1])) roles.set(hit[1], i);
  });
  return roles.has('name') && roles.size >= 2 ? roles : null;
}

export function changeOf(folded: string): DecisionChange | null {
  if (/thay the/.test(folded)) return 'REPLACED';
  if (/bai bo|bi huy bo/.test(folded)) return 'ABOLISHED';
  if (/sua doi|bo sung/.test(folded)) return 'AMENDED';
  if (/moi ban hanh|ban hanh moi|cong bo moi|moi duoc ban hanh/.test(folded)) return 'NEW';
  return null;
}

export function levelOf(folded: string): DecisionLevel | null {
  if (/ap dung chung|cap tinh,? (cap )?xa|tinh,? xa\)|tinh va (cap )?xa/.test(folded)) return 'CHUNG';
  if (/cap tinh|cua ubnd tinh|thuoc tham quyen.*tinh$/.test(folded)) return 'TINH';
  if (/cap xa|xa, phuong|cap co so/.test(folded)) return 'XA';
  return null;
}

/** "LĨNH VỰC: CHỨNG THỰC (12 TTHC)" → "Chứng thực"; null when the heading is not a lĩnh vực line. */
export function fieldOf(text: string): string | null {
  const m = /^\s*(?:[IVXLC]+\.|\d+\.|[A-Za-z]\.)?\s*l[iĩ]nh\s+v[ựu]c\s*[:.-]?\s*(.+)$/iu.exec(
    text.normalize('NFC'),
  );
  if (!m?.[1]) return null;
  const name = m[1].replace(/\(\s*\d+\s*(tthc|thủ tục)[^)]*\)/giu, '').trim();
  if (!name) return null;
  const upper = name === name.toUpperCase();
  return upper ? name.charAt(0) + name.slice(1).toLowerCase() : name;
}

/** "(Kèm theo Quyết định số 2637/QĐ-UBND ngày 16 tháng 11 năm 2025 của Chủ tịch …)" → number, date, issuer. */
export function decisionRefOf(text: string): { number: string; signedDate: string; issuer: string } | null {
  const t = text.normalize('NFC').replace(/\s+/g, ' ');
  const num = /quyết định\s+(?:số\s*)?:?\s*(\d+\/[\p{L}\d./-]+)/iu.exec(t);
  if (!num?.[1]) return null;
  const rest = t.slice((num.index ?? 0) + num[0].length);
  const dm =
    /ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})/iu.exec(rest) ??
    /ngày\s+(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})/iu.exec(rest);
  const signedDate = dm ? (parseDateVi(`${dm[1]}/${dm[2]}/${dm[3]}`) ?? '') : '';
  const issuer = /\bcủa\s+(.+?)[)\s]*$/iu.exec(rest)?.[1]?.trim() ?? '';
  return { number: num[1].replace(/[.,;]+$/, ''), signedDate, issuer };
}

const clean = (s: string) =>
  s
    .normalize('NFC')
    .replace(/\*+/g, '')
    .replace(/[ \t]+/g, ' ')
    .replace(/\s*\n\s*/g, '\n')
    .trim();

const columnName = (i: number) => String.fromCharCode(65 + (i % 26));

/**
 * Reads one or more tables (each a list of rows of cell text) in order. `defaults` start each table (a paste
 * of the bare rows under one heading can say which list and level it is).
 */
export function readAppendixTables(
  tables: readonly { sheet: string; rows: readonly (readonly string[])[] }[],
  defaults: { change?: DecisionChange; level?: DecisionLevel } = {},
): ParsedAppendix {
  const out: ParsedAppendix = {
    head: { number: '', signedDate: '', issuer: '', title: '' },
    items: [],
    problems: [],
  };
  const problem = (p: AppendixProblem) => {
    if (out.problems.length < 500) out.problems.push(p);
  };
  let change: DecisionChange | null = defaults.change ?? null;
  let level: DecisionLevel | null = defaults.level ?? null;
  let field = '';
  let roles: Map<Role, number> | null = null;
  let warnedNoList = false;
  // Everything from the "PHẦN II" heading on is the content of each procedure, read apart (appendix-content.ts).
  const partTwo: string[][] = [];
  for (const table of tables) {
    table.rows.forEach((whole, r) => {
      if (partTwo.length) {
        partTwo.push(whole.map((c) => c ?? ''));
        return;
      }
      // The heading may share a row with the last Phần I row (a Word table run on): cut the row there.
      const at2 = whole.findIndex((c) => /^phan ii\b/.test(fold(clean(c ?? ''))));
      if (at2 >= 0)
        partTwo.push(
          [whole[at2] ?? ''],
          whole.slice(at2 + 1).map((c) => c ?? ''),
        );
      const raw = at2 >= 0 ? whole.slice(0, at2) : whole;
      const cells = raw.map((c) => clean(c ?? ''));
      const rowNo = r + 1;
      const filled = cells.filter(Boolean);
      if (!filled.length) return;
      const header = headerRoles(cells);
      if (header) {
        roles = header;
        return;
      }
      const at = (role: Role) => (roles?.has(role) ? (cells[roles.get(role)!] ?? '') : '');
      const stt = roles?.has('stt') ? at('stt') : (cells[0] ?? '');
      const codeCell = at('code');
      const isData =
        roles !== null && at('name') !== '' && (/^\d{1,4}\.?$/.test(stt) || CODE_IN_TEXT.test(codeCell));
      if (!isData) {
        const whole = [...new Set(filled)].join(' ');
        const ref = decisionRefOf(whole);
        if (ref && !out.head.number) Object.assign(out.head, ref);
        // The "(Kèm theo Quyết định …)" line names the issuer, not a list or a level.
        const text = whole.replace(/\(?\s*kèm theo quyết định.*$/iu, '').trim();
        const f = fold(text);
        if (!f || /^tong so|^tong cong/.test(f)) return;
        const fieldName = fieldOf(text);
        if (fieldName) {
          field = fieldName;
          return;
        }
        const c = changeOf(f);
        const l = levelOf(f);
        if (c && c !== change) {
          change = c;
          field = '';
          if (!l) level = defaults.level ?? null;
        }
        if (l) level = l;
        if (!out.head.title && /^danh muc/.test(f)) out.head.title = text;
        return;
      }
      const code = cleanCode(codeCell);
      const where = { sheet: table.sheet, row: rowNo };
      if (code && !CODE_IN_TEXT.test(code))
        problem({
          ...where,
          column: columnName(roles!.get('code')!),
          message: `Mã TTHC "${code}" không có dạng d.dddddd / code is not d.dddddd`,
        });
      if (!change && !warnedNoList) {
        warnedNoList = true;
        problem({
          ...where,
          column: columnName(roles!.get('name')!),
          message:
            'Chưa thấy tiêu đề danh mục (mới ban hành / sửa đổi, bổ sung / bãi bỏ) phía trên dòng này: các dòng được coi là TTHC mới ban hành / no list heading above: rows read as new procedures',
        });
      }
      out.items.push({
        ...where,
        change: change ?? 'NEW',
        level: level ?? 'CHUNG',
        field: at('field') || field,
        code,
        name: at('name'),
        replacesCode: cleanCode(at('replaces')),
        timeText: at('time'),
        placeText: at('place'),
        feeText: at('fee'),
        legalText: at('legal'),
        agency: at('agency'),
        note: at('note'),
        content: null,
      });
    });
  }
  for (const block of readPartTwo(partTwo)) {
    const name = fold(block.name);
    const item = out.items.find((i) => fold(i.name) === name || (i.code && block.name.includes(i.code)));
    if (item) item.content = block.content;
  }
  if (!out.items.length)
    problem({
      sheet: tables[0]?.sheet ?? '',
      row: 0,
      column: '',
      message:
        'Không thấy bảng Phần I: cần một dòng tiêu đề cột có "Tên thủ tục hành chính" và các dòng đánh số thứ tự / no Phần I table: a header row with "Tên thủ tục hành chính" and numbered rows are needed',
    });
  return out;
}
