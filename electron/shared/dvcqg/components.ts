/**
 * "Thành phần hồ sơ" → component groups (domain.md §1.2 row 16, §1.4 Số lượng, §1.7 notes in dossier lists).
 * Crawled shape: "<group heading>Tên giấy tờMẫu đơn, tờ khaiSố lượng<name><form file>1 bản chính<name>…"
 * A quantity token ends each item; text after a group's last quantity is the next group's heading.
 */
import type { Component, ComponentGroup, CopyRequirement } from '../domain';
import { inRecordOrder } from './component-order';
import { NO_INFO, cleanText, fit, oneLine, type ParseWarning } from './text';

const FIELD = 'thanh_phan_ho_so';
const TABLE_HEADER_RE = /Tên giấy tờ\s*Mẫu đơn,\s*tờ khai\s*Số lượng/gu;
const QTY_RE = /(\d+)\s*bản chính(?:\s*,\s*(\d+)\s*bản sao)?|(\d+)\s*bản sao/gu;
const FILE_RE = /([A-Za-z0-9_\-.()]+)\.(docx?|pdf|xlsx?|rtf|odt|zip|rar)$/iu;
const DOC_WORD_RE =
  /^(Bản sao|Bản chính|Bản chụp|Bản vẽ|Bản đồ|Bản khai|Bản kê|Bản cam kết|Giấy|Tờ khai|Đơn|Văn bản|Biên bản|Hộ chiếu|Thẻ|Sổ|Quyết định|Hợp đồng|Phiếu|Danh sách|Báo cáo|Chứng chỉ|Chứng nhận|Chứng từ|Trích lục|Bằng|Hồ sơ|Dự án|Phương án|Sơ đồ|Ảnh|Tài liệu|Thông báo|Tờ trình|Kế hoạch|Bảng|Căn cước|Bản)/iu;
const CONDITIONAL_RE =
  /^(?:\(?[a-zđ0-9ivx]{1,4}[).]\s*)?(?:Trường hợp|Đối với trường hợp|Đối với|Nếu|Riêng)/iu;
const CERTIFIED_RE =
  /bản sao (?:có )?chứng thực|\(?được chứng thực\)?|phải được (?:công chứng|chứng thực)|công chứng hoặc chứng thực|chứng thực hoặc công chứng|có công chứng/iu;
const NOT_CERTIFIED_RE = /không (?:phải|bắt buộc(?: phải)?|cần) (?:công chứng|chứng thực)/iu;
const WITH_ORIGINAL_RE =
  /(?:kèm|xuất trình)(?: theo)? bản chính (?:để )?(?:đối chiếu|so sánh)|bản chụp kèm(?: theo)? bản chính|đối chiếu với bản chính/iu;
const PLAIN_COPY_RE = /bản chụp|bản photo|bản phô tô/iu;

/** "031" glued from "Mẫu số 03" + "1": quantities are one digit, or two with a leading zero. */
function splitQty(run: string): { qty: number; spill: string } {
  if (run.length === 1 || (run.length === 2 && run.startsWith('0'))) return { qty: Number(run), spill: '' };
  return { qty: Number(run.slice(-1)), spill: run.slice(0, -1) };
}

/** A quantity token only ends an item when the next item is glued to it (or text ends). */
function isItemEnd(body: string, start: number, end: number): boolean {
  if (body[start - 1] === '(') return false;
  const next = body[end];
  if (next === undefined) return true;
  if (next === ')' || next === ',' || next === ';') return false;
  if (/\s/u.test(next)) return /^\s+[*\-+•]/u.test(body.slice(end, end + 4)) || body.slice(end).trim() === '';
  return true;
}

/** Split trailing form file names ("1.MuCT01….doc") off an item's text. */
function splitForms(text: string): { name: string; forms: string[] } {
  let rest = text.trimEnd();
  const forms: string[] = [];
  for (let guard = 0; guard < 5; guard++) {
    const m = FILE_RE.exec(rest);
    if (!m) break;
    let file = m[0];
    let cut = m.index ?? rest.length - file.length;
    const before = rest[cut - 1];
    if (before !== undefined && /\p{L}/u.test(before)) {
      // The file name has spaces/diacritics ("Phiếu … căn cước.doc"): take back to the last boundary.
      const head = rest.slice(0, cut);
      const b = Math.max(
        head.lastIndexOf('.'),
        head.lastIndexOf(';'),
        head.lastIndexOf(')'),
        head.lastIndexOf(':'),
      );
      const from = b >= 0 && cut - b < 150 ? b + 1 : Math.max(0, cut - 60);
      file = rest.slice(from, cut) + file;
      cut = from;
    } else {
      // "…TT-BCA).1.MuCT01….doc": the name's closing ")." is glued in front of the file name.
      const glue = Math.max(file.lastIndexOf(').'), file.lastIndexOf(');'));
      if (glue >= 0 && file.length - glue > m[2]!.length + 4) {
        cut += glue + 2;
        file = file.slice(glue + 2);
      }
    }
    forms.unshift(oneLine(file).replace(/^[.;:\s]+/u, ''));
    rest = rest.slice(0, cut).trimEnd();
  }
  return { name: rest, forms };
}

function copyRequirementOf(
  name: string,
  orig: number,
  copy: number,
  presentGroup: boolean,
): CopyRequirement | null {
  const cues = new Set<CopyRequirement>();
  const notCert = NOT_CERTIFIED_RE.test(name);
  if (CERTIFIED_RE.test(name.replace(NOT_CERTIFIED_RE, ''))) cues.add('CERTIFIED_COPY');
  if (WITH_ORIGINAL_RE.test(name)) cues.add('COPY_WITH_ORIGINAL_FOR_CHECK');
  else if (PLAIN_COPY_RE.test(name)) cues.add('PLAIN_COPY');
  if (notCert && cues.has('CERTIFIED_COPY')) return null; // "chứng thực, trừ trường hợp…": depends on the case
  if (notCert && copy > 0 && orig === 0) cues.add('PLAIN_COPY');
  if (cues.size === 1) return [...cues][0] ?? null;
  if (cues.size > 1) return null;
  if (presentGroup) return 'PRESENT_ONLY';
  if (orig > 0 && copy === 0) return 'ORIGINAL';
  return null;
}

function buildComponent(
  raw: string,
  orig: number,
  copy: number,
  heading: string,
  w: ParseWarning[],
): Component {
  const { name: rawName, forms } = splitForms(raw);
  const flat = oneLine(rawName);
  const dashed = /^[.;,]?\s*[-–+•]/u.test(flat);
  const name = flat.replace(/^[-–+•*.;,:\s]+/u, '').replace(/[;,\s]+$/u, '');
  const noteGroup = /lưu ý/iu.test(heading);
  const isNote =
    noteGroup ||
    /^Lưu ý/iu.test(name) ||
    name === '' ||
    (orig === 0 && copy === 0 && !(dashed && DOC_WORD_RE.test(name)));
  const presentGroup = /xuất trình/iu.test(heading);
  return {
    name: fit(name, 4000, FIELD, w),
    code: '',
    originalQty: orig,
    copyQty: copy,
    copyRequirement: isNote ? null : copyRequirementOf(name, orig, copy, presentGroup),
    formName: fit(forms.join('; '), 500, FIELD, w),
    isNote,
    required: !isNote && !CONDITIONAL_RE.test(name) && !/\(nếu có\)/iu.test(name),
  };
}

function cleanHeading(text: string): string {
  return oneLine(text)
    .replace(/^[-–*\s]+/u, '')
    .replace(/[-–\s]+$/u, '');
}

/** Parse one group body: items up to each quantity token, then the trailing text (next heading). */
function parseBody(
  body: string,
  heading: string,
  w: ParseWarning[],
): { components: Component[]; trailing: string } {
  const components: Component[] = [];
  let pos = 0;
  for (const m of body.matchAll(QTY_RE)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    if (start < pos || !isItemEnd(body, start, end)) continue;
    const origRun = m[1] ?? '0';
    const copyRun = m[2] ?? m[3] ?? '0';
    const first = splitQty(m[1] !== undefined ? origRun : copyRun);
    const orig = m[1] !== undefined ? first.qty : 0;
    const copy = m[1] !== undefined ? (m[2] !== undefined ? splitQty(copyRun).qty : 0) : first.qty;
    const text = body.slice(pos, start) + first.spill;
    components.push(buildComponent(text, orig, copy, heading, w));
    pos = end;
  }
  return { components, trailing: body.slice(pos) };
}

export function parseComponentGroups(raw: unknown, warnings: ParseWarning[]): ComponentGroup[] {
  const s = cleanText(raw);
  if (s === '' || s === NO_INFO) return [];
  const parts = s.split(TABLE_HEADER_RE);
  const groups: ComponentGroup[] = [];
  let heading = parts.length > 1 ? cleanHeading(parts[0] ?? '') : '';
  const bodies = parts.length > 1 ? parts.slice(1) : parts;
  bodies.forEach((body, i) => {
    const { components, trailing } = parseBody(body, heading, warnings);
    const last = i === bodies.length - 1;
    if (last && cleanHeading(trailing)) {
      // Text after the last quantity: keep it, as a note, rather than lose it.
      components.push(buildComponent(trailing, 0, 0, heading, warnings));
      warnings.push({ field: FIELD, message: 'Văn bản cuối danh sách không có số lượng; giữ làm ghi chú' });
    }
    if (components.length > 0) {
      if (components.length > 500)
        warnings.push({ field: FIELD, message: 'Nhóm quá 500 thành phần; cắt bớt' });
      groups.push({ heading: fit(heading, 1000, FIELD, warnings), components: components.slice(0, 500) });
    } else if (heading) {
      warnings.push({ field: FIELD, message: `Nhóm "${heading.slice(0, 60)}" không có thành phần nào` });
    }
    heading = last ? '' : cleanHeading(trailing);
  });
  if (groups.length > 100) {
    warnings.push({ field: FIELD, message: 'Quá 100 nhóm hồ sơ; cắt bớt' });
    return inRecordOrder(groups.slice(0, 100));
  }
  return inRecordOrder(groups);
}
