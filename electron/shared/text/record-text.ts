/**
 * How parts of a procedure record read in print (the official reports and the one-procedure document):
 * processing times always with their unit, steps without their title repeated, long labels cut at a word
 * with an ellipsis, legal citations without the keyword typed twice. Pure module: no Node, no DOM.
 */
import type { ChannelMethod, CopyRequirement, TimeUnit } from '../domain';
import { foldText as fold } from './fold';
import { formatMoney, formatNumber } from './format';

/** A dossier component's copy requirement in print ("bản sao có chứng thực"), never its code. */
export const COPY_REQUIREMENT_VI: Record<CopyRequirement, string> = {
  ORIGINAL: 'bản chính',
  CERTIFIED_COPY: 'bản sao có chứng thực',
  COPY_WITH_ORIGINAL_FOR_CHECK: 'bản sao kèm bản chính để đối chiếu',
  PLAIN_COPY: 'bản sao',
  PRESENT_ONLY: 'xuất trình',
  ELECTRONIC: 'bản điện tử',
  DATA_LOOKUP: 'khai thác từ cơ sở dữ liệu',
};

/** The parts of a record the texts below read (structural: the reports' rows and the editor's record fit). */
export interface ChannelTimeParts {
  timeValue: number | null;
  timeUnit: TimeUnit;
  timeText: string;
}
export interface FeeParts {
  amount: number | null;
  setBy: string | null;
  currency: string;
  perUnit: string;
  text: string;
}
export interface ChannelParts extends ChannelTimeParts {
  method: ChannelMethod;
  fees: readonly FeeParts[];
}

export const TIME_UNIT_LABEL: Record<TimeUnit, string> = {
  WORKING_DAY: 'ngày làm việc',
  CALENDAR_DAY: 'ngày',
  HOUR: 'giờ',
  MONTH: 'tháng',
  UNSPECIFIED: '',
};

/** A time typed as just a number (and maybe its unit): "1", "3 Ngày làm việc", "20 ngày". */
const PLAIN_TIME = /^(\d+(?:[.,]\d+)?)\s*(ngày làm việc|ngày|giờ|tháng)?\.?$/i;

/**
 * "3 ngày làm việc": the number with its unit. A bare number (the national portal publishes "1", "3", "7")
 * reads as working days, the unit processing times are counted in unless a text says otherwise; a time given
 * as a sentence ("Ngay trong ngày làm việc…") is printed as written.
 */
export function timeText(c: ChannelTimeParts): string {
  const text = c.timeText.trim();
  const plain = PLAIN_TIME.exec(text);
  if (c.timeValue !== null && (text === '' || plain)) {
    const unit =
      c.timeUnit !== 'UNSPECIFIED'
        ? TIME_UNIT_LABEL[c.timeUnit]
        : (plain?.[2]?.toLowerCase() ?? 'ngày làm việc');
    return `${formatNumber(c.timeValue)} ${unit}`;
  }
  if (plain && !plain[2]) return `${plain[1]} ngày làm việc`;
  return text;
}

/** At most `max` characters, cut at the last word boundary with "…" (never in the middle of a word). */
export function truncateWords(s: string, max: number): string {
  const t = s.trim();
  if (t.length <= max) return t;
  const cut = t.slice(0, max);
  const space = cut.search(/\s\S*$/);
  return (space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–-]+$/, '') + '…';
}

const BULLET = /^[\s\-+•*–]+/;

/**
 * The lines of a record's steps. Imported titles are often the start of the step's own text (cut with "…",
 * sometimes after the case it belongs to: "Trường hợp nộp trực tuyến — Người nộp…"): then the text alone is
 * printed, under its case heading when the case changes, so nothing is printed twice.
 */
export function stepLines(steps: readonly { title: string; text: string }[]): string[] {
  const lines: string[] = [];
  let lastCase = '';
  steps.forEach((s, i) => {
    const n = `Bước ${i + 1}`;
    const title = s.title.trim();
    const text = s.text.trim();
    const dash = title.indexOf(' — ');
    const caseName = dash > 0 ? title.slice(0, dash).trim() : '';
    const own = (dash > 0 ? title.slice(dash + 3) : title)
      .replace(/^bước\s*\d+\s*[:.)–-]?\s*/i, '')
      .replace(/[….:\s]+$/, '');
    const repeated =
      own !== '' && text !== '' && fold(text.replace(BULLET, '')).startsWith(fold(own.replace(BULLET, '')));
    const body = text.replace(BULLET, '');
    const numbered = /^bước\s*\d+/i.test(body); // the text says "Bước 2: …" itself
    if (repeated) {
      if (caseName && caseName !== lastCase) lines.push(`${caseName}:`);
      lastCase = caseName;
      lines.push(numbered ? body : `${n}: ${body}`);
      return;
    }
    lastCase = '';
    if (!title) {
      lines.push(numbered ? body : text ? `${n}: ${text}` : n);
      return;
    }
    const label = /^bước\s/i.test(title) ? title : `${n}: ${title}`;
    lines.push(text ? `${label.replace(/[:\s]+$/, '')}: ${text}` : label);
  });
  return lines;
}

const ARTICLE = /^điều\s+/i;
const CLAUSE = /^khoản\s+/i;

/**
 * "khoản 2 Điều 85": where a provision is, from the article and clause as the officer typed them, with or
 * without their keywords ("Điều 88" or "88"; "Khoản 2 Điều 85" or "2"), each keyword written once.
 */
export function provisionText(article: string, clause: string): string {
  const art = article.trim().replace(ARTICLE, '');
  let cl = clause.trim();
  if (!cl) return art ? `Điều ${art}` : '';
  if (!/^điểm\s/i.test(cl)) cl = `khoản ${cl.replace(CLAUSE, '')}`;
  cl = cl.replace(/(^|\s)điều\s+/gi, '$1Điều ').replace(/^Khoản/, 'khoản');
  const inClause = /Điều\s+(\S+)/.exec(cl);
  if (inClause) return !art || inClause[1] === art ? cl : `${cl}, Điều ${art}`;
  return art ? `${cl} Điều ${art}` : cl;
}

/** "2637/QĐ-UBND" from "Quyết định số 2637/QĐ-UBND" or "số 2637/QĐ-UBND" (the form adds its own "số"). */
export function decisionNumber(typed: string): string {
  return typed.trim().replace(/^(quyết định\s+)?(số\s+)?/i, '');
}

export const CHANNEL_LABEL: Record<ChannelMethod, string> = {
  TRUC_TIEP: 'Trực tiếp',
  BUU_CHINH: 'Dịch vụ bưu chính',
  TRUC_TUYEN: 'Trực tuyến',
};

/** The channel's processing time with its unit. */
export function channelTime(c: ChannelTimeParts): string {
  return timeText(c);
}

/** "Trực tiếp: 03 ngày làm việc" per channel; one line when every channel says the same. */
export function timesText(channels: readonly ChannelParts[]): string {
  // Loops rather than map/filter/Set: this runs for each of a national export's 10,000 procedures.
  const lines: string[] = [];
  let first: string | null = null;
  let allSame = true;
  for (const c of channels) {
    const t = channelTime(c);
    if (!t) continue;
    if (first === null) first = t;
    else if (t !== first) allSame = false;
    lines.push(`${CHANNEL_LABEL[c.method]}: ${t}`);
  }
  if (first === null) return '';
  return allSame && lines.length === channels.length ? first : lines.join('\n');
}

const LONG_FEE_TEXT = 300;

export function feeText(f: FeeParts): string {
  const parts: string[] = [];
  if (f.amount !== null)
    parts.push(
      f.amount === 0
        ? 'Không thu'
        : formatMoney(f.amount, { currency: f.currency }) + (f.perUnit ? `/${f.perUnit}` : ''),
    );
  if (f.setBy === 'HDND_TINH') parts.push('mức do HĐND tỉnh quyết định');
  if (parts.length === 0 && f.text.trim()) parts.push(truncateWords(f.text, LONG_FEE_TEXT));
  return parts.join(', ');
}

/** Fees per channel ("Trực tiếp: 100.000 đ"), or "Không" when no channel charges anything. */
export function feesText(channels: readonly ChannelParts[]): string {
  const lines: string[] = [];
  let first: string | null = null;
  let allSame = true;
  for (const c of channels) {
    const parts: string[] = [];
    for (const f of c.fees) {
      const s = feeText(f);
      if (s) parts.push(s);
    }
    if (parts.length === 0) continue;
    const t = parts.join('; ');
    if (first === null) first = t;
    else if (t !== first) allSame = false;
    lines.push(`${CHANNEL_LABEL[c.method]}: ${t}`);
  }
  if (first === null) return 'Không';
  return allSame && lines.length === channels.length ? first : lines.join('\n');
}

/** "- 123/2015/NĐ-CP - Trích yếu" per document; a blank number or summary is left out. */
export function legalText(bases: readonly { code: string; name: string }[]): string {
  const lines: string[] = [];
  for (const b of bases) {
    const code = b.code.trim() ? b.code : '';
    const name = b.name.trim() ? b.name : '';
    if (code && name) lines.push(`- ${code} - ${name}`);
    else if (code || name) lines.push(`- ${code || name}`);
  }
  return lines.join('\n');
}

export function quantityText(c: { originalQty: number; copyQty: number }): string {
  const parts: string[] = [];
  if (c.originalQty > 0) parts.push(`${String(c.originalQty).padStart(2, '0')} bản chính`);
  if (c.copyQty > 0) parts.push(`${String(c.copyQty).padStart(2, '0')} bản sao`);
  return parts.join(', ');
}
