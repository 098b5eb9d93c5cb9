/**
 * "Trình tự thực hiện" text → ordered steps (domain.md §1.2 row 14: "often a single text blob with
 * 'Bước 1:', '-', '(i)' markers").
 * Two shapes: numbered "Bước N:" markers (restarting at 1 per scenario), or bullet lists ("-", "+",
 * "a)", plain lines). Scenario headings ("* Trường hợp nộp trực tuyến:", "1. Thủ tục thu hồi") prefix
 * the titles of the steps under them.
 */
import type { Step, TimeUnit } from '../domain';
import { NO_INFO, cleanText, firstSentence, fit, oneLine, truncate, type ParseWarning } from './text';

const FIELD = 'trinh_tu_thuc_hien';
/** "Bước 3:" at a line start, after a bullet, or after a heading's colon; "tại Bước 3 này" is not a marker. */
const STEP_MARKER_RE =
  /(^|\n|:\s|;\s|\.\s?)[ \t]*(?:[-+*•][ \t]*|[a-zđ]\)[ \t]*)?Bước[ \t]*(\d{1,2})(?:[ \t]*[:.\-–)]|(?=[ \t]))/giu;
const HEADING_LINE_RE = /^(?:\*\s*.+|\d+(?:\.\d+)*\.?\s+\S.{0,140})$/u;
const ACTORS = [
  'Chủ tịch Ủy ban nhân dân cấp xã',
  'Chủ tịch UBND cấp xã',
  'Ủy ban nhân dân cấp xã',
  'UBND cấp xã',
  'Ủy ban nhân dân cấp tỉnh',
  'Cơ quan đăng ký kinh doanh cấp xã',
  'Cơ quan đăng ký cư trú',
  'Cơ quan đăng ký hộ tịch',
  'Cơ quan đăng ký xe',
  'Cán bộ đăng ký xe',
  'Cơ quan thuế',
  'Cơ quan Bảo hiểm xã hội',
  'Cơ quan BHXH',
  'Văn phòng đăng ký đất đai',
  'Cơ quan có chức năng quản lý đất đai cấp xã',
  'Cơ quan tiếp nhận hồ sơ',
  'Công chức tư pháp - hộ tịch',
  'Công chức tư pháp – hộ tịch',
  'Công chức Tư pháp - hộ tịch cấp xã',
  'Cán bộ tiếp nhận hồ sơ',
  'Cán bộ tiếp nhận',
  'Cán bộ thu nhận thông tin',
  'Bộ phận một cửa',
  'Bộ phận tiếp nhận và trả kết quả',
  'Trung tâm Phục vụ hành chính công',
  'Công an cấp xã',
  'Phòng Văn hoá - Xã hội',
  'Cơ quan, tổ chức, cá nhân',
  'Cá nhân, tổ chức',
  'Tổ chức, cá nhân',
  'Người yêu cầu đăng ký khai sinh',
  'Người yêu cầu',
  'Người nộp hồ sơ',
  'Người đề nghị',
  'Người có yêu cầu',
  'Chủ hộ kinh doanh',
  'Chủ xe',
  'Người thực hiện chứng thực',
  'Người yêu cầu chứng thực',
  'Cơ quan có thẩm quyền cấp giấy phép xây dựng',
  'Chủ đầu tư',
  'Công dân',
  'Cá nhân',
  'Tổ chức',
].sort((a, b) => b.length - a.length);

/** The actor, when the step (or its first clause after "Trong thời hạn …,") starts with a known one. */
export function actorOf(body: string): string {
  const flat = oneLine(body).replace(/^(?:[-+*•]\s*|\(?[a-zđivx]{1,4}\)\s*)/iu, '');
  const candidates = [flat];
  const comma = /^(?:Trong|Sau khi|Khi|Căn cứ|Kể từ|Hàng|Nếu)[^,]{0,160},\s*/iu.exec(flat);
  if (comma) candidates.push(flat.slice(comma[0].length));
  for (const c of candidates) {
    const lc = c.toLowerCase();
    const hit = ACTORS.find((a) => lc.startsWith(a.toLowerCase()));
    if (hit) return c.slice(0, hit.length);
  }
  return '';
}

/** "trong thời hạn 03 ngày làm việc" → 3 WORKING_DAY (first mention only). */
export function durationOf(body: string): { value: number | null; unit: TimeUnit } {
  const m =
    /(?:trong (?:thời hạn|vòng)|tối đa|không quá|trong)\s+(\d{1,3})(?:\s*\([^)]{1,30}\))?\s*(ngày làm việc|ngày|giờ|tháng)/iu.exec(
      body,
    );
  if (!m) return { value: null, unit: 'UNSPECIFIED' };
  const u = (m[2] ?? '').toLowerCase();
  const unit: TimeUnit =
    u === 'ngày làm việc' ? 'WORKING_DAY' : u === 'ngày' ? 'CALENDAR_DAY' : u === 'giờ' ? 'HOUR' : 'MONTH';
  return { value: Number(m[1]), unit };
}

function makeStep(title: string, body: string, w: ParseWarning[]): Step {
  const text = body.trim();
  const d = durationOf(text);
  return {
    title: truncate(oneLine(title), 500),
    text: fit(text, 20000, FIELD, w),
    actor: actorOf(text),
    durationValue: d.value,
    durationUnit: d.unit,
  };
}

function withScenario(scenario: string, title: string): string {
  return scenario ? `${truncate(scenario, 120)} — ${title}` : title;
}

/** Pull a trailing heading line ("1. Thủ tục cấp", "* Trường hợp …:") off a segment. */
function splitTrailingHeading(segment: string): { body: string; heading: string } {
  const lines = segment.trimEnd().split('\n');
  const last = (lines[lines.length - 1] ?? '').trim();
  if (lines.length > 1 && HEADING_LINE_RE.test(last) && !/[.;]$/u.test(last)) {
    return { body: lines.slice(0, -1).join('\n'), heading: last.replace(/^\*\s*/u, '').replace(/:$/u, '') };
  }
  return { body: segment, heading: '' };
}

function parseNumbered(s: string, markers: RegExpMatchArray[], w: ParseWarning[]): Step[] {
  const steps: Step[] = [];
  const pre = s.slice(0, (markers[0]?.index ?? 0) + (markers[0]?.[1]?.length ?? 0)).trim();
  let scenario = '';
  if (pre) {
    const { body, heading } = splitTrailingHeading(pre);
    const lead = body.replace(/^\*\s*/u, '').trim();
    // A short lead ending in ":" is the first scenario's heading; a longer one is a step of its own.
    if (!heading && lead.length < 200 && /:$/u.test(lead)) scenario = lead.replace(/:$/u, '');
    else {
      if (lead) steps.push(makeStep(firstSentence(lead), lead, w));
      scenario = heading;
    }
  }
  markers.forEach((m, i) => {
    const from = (m.index ?? 0) + m[0].length;
    const to = markers[i + 1] ? (markers[i + 1]?.index ?? 0) + (markers[i + 1]?.[1]?.length ?? 0) : s.length;
    const next = markers[i + 1];
    const { body, heading } =
      next && next[2] === '1'
        ? splitTrailingHeading(s.slice(from, to))
        : { body: s.slice(from, to), heading: '' };
    const title = `Bước ${m[2]}: ${firstSentence(body)}`;
    steps.push(makeStep(withScenario(scenario, title), body, w));
    if (next && next[2] === '1') scenario = heading;
  });
  return steps;
}

type LineKind = 'dash' | 'plus' | 'letter' | 'number' | 'roman' | 'star' | 'plain';
function lineKind(line: string): LineKind {
  if (/^[-–•]\s*/u.test(line)) return 'dash';
  if (/^\+/u.test(line)) return 'plus';
  if (/^\*/u.test(line)) return 'star';
  if (/^\(?(?:i|ii|iii|iv|v|vi|vii)\)/iu.test(line)) return 'roman';
  if (/^[a-zđ]\)/u.test(line)) return 'letter';
  if (/^\d+(?:\.\d+)*[.)]\s/u.test(line)) return 'number';
  return 'plain';
}

function parseBullets(s: string, w: ParseWarning[]): Step[] {
  const lines = s
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  const top = lines.map(lineKind).find((k) => k !== 'star') ?? 'star';
  const steps: Step[] = [];
  let scenario = '';
  let current: string[] = [];
  const flush = (): void => {
    const body = current.join('\n').trim();
    if (body)
      steps.push(makeStep(withScenario(scenario, firstSentence(body.replace(/^[-–•+]\s*/u, ''))), body, w));
    current = [];
  };
  for (const line of lines) {
    const kind = lineKind(line);
    // "* Trường hợp …:" is a scenario heading; "* Ghi lời chứng …;" is only a sub-item.
    if (kind === 'star' && /^\*\s*[^:]{1,200}:/u.test(line)) {
      flush();
      // "* Trường hợp …: - Chủ hộ …": heading and first item share a line.
      const m = /^\*\s*([^:]{1,200}):\s*(.*)$/u.exec(line);
      scenario = oneLine(m?.[1] ?? line.replace(/^\*\s*/u, ''));
      if (m?.[2]) current.push(m[2]);
      continue;
    }
    // Notes under "* Lưu ý:" stay together as one entry: they are not steps.
    if (kind === top && current.length > 0 && !/^Lưu ý/iu.test(scenario)) flush();
    current.push(line);
  }
  flush();
  return steps;
}

export function parseSteps(raw: unknown, warnings: ParseWarning[]): Step[] {
  const s = cleanText(raw);
  if (s === '' || s === NO_INFO) return [];
  // Accept "Bước N" only in sequence (N = previous + 1) or as a restart at 1 for a new scenario.
  const markers: RegExpMatchArray[] = [];
  let expected = 1;
  for (const m of s.matchAll(STEP_MARKER_RE)) {
    const n = Number(m[2]);
    if (n === expected || n === 1) {
      markers.push(m);
      expected = n + 1;
    }
  }
  const steps = markers.length >= 2 ? parseNumbered(s, markers, warnings) : parseBullets(s, warnings);
  if (steps.length > 500) {
    warnings.push({ field: FIELD, message: 'Quá 500 bước; cắt bớt' });
    return steps.slice(0, 500);
  }
  return steps;
}
