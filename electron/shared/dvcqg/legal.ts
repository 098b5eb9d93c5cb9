/**
 * "Căn cứ pháp lý" and "Kết quả xử lý" cells (domain.md §1.2 rows 18 and 20).
 *   "Tên văn bản pháp lýMã văn bản<trích yếu><số ký hiệu><trích yếu><số ký hiệu>…"
 *   "<tên kết quả>Mã: KQ.G15.000031<tên kết quả>Mã: …Từ khóa…"
 * A số ký hiệu ends an entry when the next entry's name (a capital letter) or the end follows it.
 */
import type { LegalBasis, ProcedureResult } from '../domain';
import { NO_INFO, cleanText, fit, oneLine, type ParseWarning } from './text';

const LEGAL_HEADER_RE = /^\s*Tên văn bản pháp lý\s*Mã văn bản\s*/u;
/** "123/2015/NĐ-CP", "66.7/2025/NQ-CP", "60/2014/QH13", "05/2025/QĐ-TTg", "01/VBHN-BTP". */
const CODE = String.raw`\d+[a-z]?(?:\.[a-z\d]+)?\/(?:\d{4}\/)?\d*\p{Lu}[\p{Lu}\d]*(?:[-–][\p{Lu}\d]+[a-z]?)*`;
/**
 * The code must be whole: followed by the end, a space + capital, or a capitalised word ("…NĐ-CPThông tư"),
 * but not by a glued "ngày" ("53/2025/TT-BCAngày 01/7/2025" inside a title). A bare "24/2024" only at the end.
 */
const LEGAL_ENTRY_RE = new RegExp(
  String.raw`(${CODE}(?=\s*$|\s+\p{Lu}|\p{Lu}\p{Ll})(?!\p{Lu}?ngày)|\d+\/\d{4}(?=\s*$))`,
  'gu',
);
/** A document type glued in front of its code inside the "Mã văn bản" cell ("Thông tư số 03/2023/TT-BTP"). */
const DOC_TYPE_TAIL_RE =
  /(?:Luật|Bộ luật|Nghị định|Thông tư(?: liên tịch)?|Quyết định|Nghị quyết|Pháp lệnh|Văn bản hợp nhất)(?: số)?\s*$/u;

/**
 * How many leading digits of a matched code belong to the title before it:
 * "Luật 60/2014/QH13" + "60/2014/QH13" is matched as "1360/2014/QH13"; "…Doanh nghiệp 2020" + "76/2025/QH15"
 * as "202076/2025/QH15". Prefer the split whose code also appears in the title; else split off a year.
 */
function gluedDigits(before: string, code: string): number {
  const num = /^\d+/u.exec(code)?.[0] ?? '';
  if (num.length < 2 || before.includes(code)) return 0;
  for (let k = 1; k < num.length; k++) {
    if ((before + code.slice(0, k)).includes(code.slice(k))) return k;
  }
  if (num.length > 4 && /^(?:19|20)\d\d/u.test(num)) return 4;
  return 0;
}

export function parseLegalBases(raw: unknown, warnings: ParseWarning[]): LegalBasis[] {
  const s = oneLine(cleanText(raw).replace(LEGAL_HEADER_RE, ''));
  if (s === '' || s === NO_INFO) return [];
  const out: LegalBasis[] = [];
  let pos = 0;
  for (const m of s.matchAll(LEGAL_ENTRY_RE)) {
    let start = m.index ?? 0;
    if (start < pos) continue;
    let code = m[1] ?? '';
    const k = gluedDigits(s.slice(pos, start), code);
    start += k;
    code = code.slice(k);
    let name = s.slice(pos, start).trim();
    const tail = DOC_TYPE_TAIL_RE.exec(name);
    // "…của Bộ Tư phápThông tư số 03/2023/TT-BTP": the type belongs to the code cell, not the title.
    if (tail && name.slice(0, tail.index).trim()) name = name.slice(0, tail.index).trim();
    out.push({
      code: fit(oneLine(code), 200, 'can_cu_phap_ly', warnings),
      name: fit(name, 4000, 'can_cu_phap_ly', warnings),
      issuer: '',
      issuedDate: '',
      effectiveDate: '',
    });
    pos = start + code.length;
  }
  const rest = s.slice(pos).trim();
  if (rest) {
    warnings.push({
      field: 'can_cu_phap_ly',
      message: `Văn bản không tách được số ký hiệu: "${rest.slice(0, 80)}"`,
    });
    out.push({
      code: '',
      name: fit(rest, 4000, 'can_cu_phap_ly', warnings),
      issuer: '',
      issuedDate: '',
      effectiveDate: '',
    });
  }
  return out.slice(0, 500);
}

/** Result codes end with a digit ("KQ.G15.000031", "000.00.00.G15-KQ0004") or are short capitals ("VBTT"). */
const RESULT_CODE_RE = /^\s*([A-Za-z0-9][A-Za-z0-9.-]*\d|[A-Z]{2,10}(?=\p{Lu}\p{Ll}|\s|$))/u;

export function parseResults(raw: unknown, warnings: ParseWarning[]): ProcedureResult[] {
  let s = cleanText(raw);
  const kw = s.indexOf('Từ khóa');
  if (kw >= 0) s = s.slice(0, kw);
  s = s.trim();
  if (s === '' || s === NO_INFO) return [];
  const pieces = s.split(/Mã:/u);
  const out: ProcedureResult[] = [];
  let name = oneLine(pieces[0] ?? '');
  for (const piece of pieces.slice(1)) {
    const m = RESULT_CODE_RE.exec(piece);
    const code = m?.[1] ?? '';
    const rest = oneLine(piece.slice(m ? m[0].length : 0));
    if (name) out.push({ name: fit(name, 2000, 'ket_qua_xu_ly', warnings), code: code.slice(0, 100) });
    else if (code) warnings.push({ field: 'ket_qua_xu_ly', message: `Mã kết quả ${code} không có tên` });
    name = rest;
  }
  if (name) out.push({ name: fit(name, 2000, 'ket_qua_xu_ly', warnings), code: '' });
  return out.slice(0, 100);
}
