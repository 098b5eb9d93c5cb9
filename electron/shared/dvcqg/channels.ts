/**
 * "Cách thức thực hiện" table → channels with time and fees (domain.md §1.2 row 15, §1.4, §1.7).
 * The crawled cell text runs the table cells together:
 *   "Hình thức nộpThời gianPhí, lệ phíMô tảTrực tuyến3 Ngày làm việc5,000 Việt Nam Đồng(…)mô tả…Trực tiếp…"
 * A row starts at a method name glued to a time token that is itself glued to a fee token;
 * that triple is what separates a row start from the same words inside a description.
 */
import type { Channel, ChannelMethod, Fee, FeeKind, TimeUnit } from '../domain';
import { NO_INFO, cleanText, fit, oneLine, parseGroupedInteger, type ParseWarning } from './text';

const FIELD = 'cach_thuc_thuc_hien';
const HEADER_RE = /^\s*Hình thức nộp\s*Thời gian\s*Phí,\s*lệ phí\s*Mô tả\s*/u;
const AMOUNT = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;
const CURRENCY = String.raw`Việt Nam Đồng|VNĐ|VND|Đồng|đồng|USD`;
const TIME = String.raw`\d+(?:[.,]\d+)?(?:\s*(?:Ngày làm việc|Ngày|Giờ|Tháng))?|${NO_INFO}`;
const ROW_RE = new RegExp(
  String.raw`(Trực tuyến|Trực tiếp|Dịch vụ bưu chính|Bưu chính)(${TIME})` +
    String.raw`(?=Miễn phí|Miễn lệ phí|${NO_INFO}|(?:${AMOUNT})\s*(?:${CURRENCY})|\s*$)`,
  'gu',
);
const AMOUNT_FEE_RE = new RegExp(String.raw`^(${AMOUNT})\s*(${CURRENCY})`, 'u');
const HDND_RE = /(Hội đồng nhân dân|HĐND)\s*(?:cấp\s*)?(?:tỉnh|thành phố)/iu;
/** A "free" fee whose note points to a rate set elsewhere is not known to be free. */
const RATE_ELSEWHERE_RE =
  /mức thu|mức phí|mức lệ phí|thu phí|thu lệ phí|trả phí|giá dịch vụ|theo quy định của (?:Luật|pháp luật)(?: về)? phí/iu;
const REALLY_FREE_RE = /không thu|miễn (?:lệ )?phí|miễn thu|không quy định|chưa quy định|^không\.?$/iu;

const METHODS: Record<string, ChannelMethod> = {
  'Trực tuyến': 'TRUC_TUYEN',
  'Trực tiếp': 'TRUC_TIEP',
  'Dịch vụ bưu chính': 'BUU_CHINH',
  'Bưu chính': 'BUU_CHINH',
};

/** "3 Ngày làm việc" → 3 WORKING_DAY; bare "1" → 1 UNSPECIFIED (the portal's "OTHER"). */
export function parseTime(raw: string): { value: number | null; unit: TimeUnit } {
  const t = raw.trim();
  const m = /^(\d+(?:[.,]\d+)?)\s*(.*)$/u.exec(t);
  if (!m) return { value: null, unit: 'UNSPECIFIED' };
  const value = Number((m[1] ?? '').replace(',', '.'));
  const unitText = (m[2] ?? '').toLowerCase();
  let unit: TimeUnit = 'UNSPECIFIED';
  if (unitText.startsWith('ngày làm việc')) unit = 'WORKING_DAY';
  else if (unitText.startsWith('ngày')) unit = 'CALENDAR_DAY';
  else if (unitText.startsWith('giờ')) unit = 'HOUR';
  else if (unitText.startsWith('tháng')) unit = 'MONTH';
  return { value: Number.isFinite(value) ? value : null, unit };
}

/** Text inside balanced parentheses starting at `start` (which must be "("); tolerant of a missing ")". */
function readParens(s: string, start: number): { inner: string; end: number } {
  let depth = 0;
  for (let i = start; i < s.length; i++) {
    const ch = s[i];
    if (ch === '(') depth++;
    else if (ch === ')') {
      depth--;
      if (depth === 0) return { inner: s.slice(start + 1, i), end: i + 1 };
    }
  }
  return { inner: s.slice(start + 1), end: s.length };
}

function feeKind(text: string): FeeKind {
  // "được miễn phí" says nothing about which kind the charge is.
  const marked = text.replace(/miễn (?:lệ )?phí/giu, '').replace(/lệ phí/giu, '\u0001');
  const le = marked.indexOf('\u0001');
  const phi = marked.search(/(^|[\s(,;:.-])phí(?=$|[\s),;:.])/iu);
  if (le >= 0 && (phi < 0 || le < phi)) return 'LE_PHI';
  if (phi >= 0) return 'PHI';
  return 'KHAC';
}

function perUnitOf(text: string): string {
  if (text.startsWith('/')) return oneLine(text.slice(1)).slice(0, 200);
  const m = /\d[\d.,]*\s*(?:VNĐ|đồng|đ|USD)\s*\/\s*([^;,.()]+)/iu.exec(text);
  return m?.[1] ? oneLine(m[1]).slice(0, 200) : '';
}

function buildFee(
  amountText: string | null,
  currencyText: string,
  note: string,
  warnings: ParseWarning[],
): Fee {
  const text = fit(oneLine(note), 4000, FIELD, warnings);
  const hdnd = HDND_RE.test(text);
  const currency = /USD/u.test(currencyText) ? 'USD' : 'VND';
  let amount: number | null;
  if (amountText === null) {
    // "Miễn phí": free unless the note hands the rate to the HĐND or to another text.
    const elsewhere = RATE_ELSEWHERE_RE.test(text) && !REALLY_FREE_RE.test(text);
    amount = hdnd || elsewhere ? null : 0;
  } else {
    amount = parseGroupedInteger(amountText.replace(/\.\d+$/, (d) => (/^\.0+$/.test(d) ? '' : d)));
    if (amount === null) {
      warnings.push({ field: FIELD, message: `Số tiền không phải số nguyên: "${amountText}"` });
    }
  }
  return {
    kind: feeKind(text),
    amount,
    setBy: hdnd ? 'HDND_TINH' : null,
    currency,
    perUnit: perUnitOf(text),
    text,
  };
}

/** Fees at the start of a row's remainder; returns them and the description that follows. */
function readFees(rest: string, warnings: ParseWarning[]): { fees: Fee[]; description: string } {
  const fees: Fee[] = [];
  let pos = 0;
  const note = (): string => {
    if (rest[pos] !== '(') return '';
    const { inner, end } = readParens(rest, pos);
    pos = end;
    return inner;
  };
  if (rest.startsWith(NO_INFO)) {
    pos = NO_INFO.length;
    note(); // a note on "no information" carries nothing usable
  } else if (/^Miễn (?:lệ )?phí/u.test(rest)) {
    pos = rest.startsWith('Miễn lệ phí') ? 'Miễn lệ phí'.length : 'Miễn phí'.length;
    fees.push(buildFee(null, 'VND', note(), warnings));
  }
  for (;;) {
    const m = AMOUNT_FEE_RE.exec(rest.slice(pos));
    if (!m) break;
    pos += m[0].length;
    fees.push(buildFee(m[1] ?? '', m[2] ?? '', note(), warnings));
  }
  const description = rest
    .slice(pos)
    .replace(/^[\s)]+/u, '')
    .trim();
  return { fees, description };
}

/** Parse the whole "Cách thức thực hiện" cell. Rows with the same method and time are merged. */
export function parseChannels(raw: unknown, warnings: ParseWarning[]): Channel[] {
  const s = cleanText(raw).replace(HEADER_RE, '');
  if (s === '' || s === NO_INFO) return [];
  const starts = [...s.matchAll(ROW_RE)];
  if (starts.length === 0) {
    warnings.push({ field: FIELD, message: 'Không nhận diện được hình thức nộp nào' });
    return [];
  }
  const lead = s.slice(0, starts[0]?.index ?? 0).trim();
  if (lead)
    warnings.push({ field: FIELD, message: `Bỏ qua phần đầu không thuộc dòng nào: "${lead.slice(0, 80)}"` });
  const channels: Channel[] = [];
  starts.forEach((m, i) => {
    const method = METHODS[m[1] ?? ''] ?? 'TRUC_TIEP';
    const timeText = oneLine(m[2] ?? '');
    const from = (m.index ?? 0) + m[0].length;
    const to = starts[i + 1]?.index ?? s.length;
    const { fees, description } = readFees(s.slice(from, to), warnings);
    const time = timeText === NO_INFO ? { value: null, unit: 'UNSPECIFIED' as const } : parseTime(timeText);
    const same = channels.find((c) => c.method === method && c.timeText === timeText);
    if (same) {
      same.fees.push(...fees);
      if (description && !same.description.includes(description)) {
        same.description = fit(
          [same.description, description].filter(Boolean).join('\n'),
          20000,
          FIELD,
          warnings,
        );
      }
      return;
    }
    channels.push({
      method,
      timeValue: time.value,
      timeUnit: time.unit,
      timeText,
      description: fit(description, 20000, FIELD, warnings),
      fees,
    });
  });
  for (const c of channels) {
    if (c.fees.length > 50) {
      warnings.push({ field: FIELD, message: `Quá nhiều mức phí (${c.fees.length}); giữ 50` });
      c.fees = c.fees.slice(0, 50);
    }
  }
  if (channels.length > 10) {
    warnings.push({ field: FIELD, message: `Quá nhiều dòng cách thức (${channels.length}); giữ 10` });
    return channels.slice(0, 10);
  }
  return channels;
}
