/** How procedure parts read in the official forms (one line per channel, per fee, per legal document). */
import type { ReportChannel, ReportComponent, ReportFee } from '../../../../db/queries/report-procedures';
import type { ChannelMethod, MarkAction, MarkTargetKind, TimeUnit } from '../../../shared/domain';
import { formatMoney, formatNumber } from '../../../shared/text/format';

export const CHANNEL_LABEL: Record<ChannelMethod, string> = {
  TRUC_TIEP: 'Trực tiếp',
  BUU_CHINH: 'Dịch vụ bưu chính',
  TRUC_TUYEN: 'Trực tuyến',
};

const TIME_UNIT_LABEL: Record<TimeUnit, string> = {
  WORKING_DAY: 'ngày làm việc',
  CALENDAR_DAY: 'ngày',
  HOUR: 'giờ',
  MONTH: 'tháng',
  UNSPECIFIED: '',
};

export { toRoman as roman } from '../../../shared/text/roman';

export function channelTime(c: Pick<ReportChannel, 'timeValue' | 'timeUnit' | 'timeText'>): string {
  if (c.timeText.trim()) return c.timeText.trim();
  if (c.timeValue === null) return '';
  return `${formatNumber(c.timeValue)} ${TIME_UNIT_LABEL[c.timeUnit]}`.trim();
}

/** "Trực tiếp: 03 ngày làm việc" per channel; one line when every channel says the same. */
export function timesText(channels: readonly ReportChannel[]): string {
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

export function feeText(f: ReportFee): string {
  const parts: string[] = [];
  if (f.amount !== null)
    parts.push(
      f.amount === 0
        ? 'Không thu'
        : formatMoney(f.amount, { currency: f.currency }) + (f.perUnit ? `/${f.perUnit}` : ''),
    );
  if (f.setBy === 'HDND_TINH') parts.push('mức do HĐND tỉnh quyết định');
  if (parts.length === 0 && f.text.trim()) {
    const t = f.text.trim();
    parts.push(t.length > LONG_FEE_TEXT ? t.slice(0, LONG_FEE_TEXT - 1) + '…' : t);
  }
  return parts.join(', ');
}

/** Fees per channel ("Trực tiếp: 100.000 đ"), or "Không" when no channel charges anything. */
export function feesText(channels: readonly ReportChannel[]): string {
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

export function quantityText(c: ReportComponent): string {
  const parts: string[] = [];
  if (c.originalQty > 0) parts.push(`${String(c.originalQty).padStart(2, '0')} bản chính`);
  if (c.copyQty > 0) parts.push(`${String(c.copyQty).padStart(2, '0')} bản sao`);
  return parts.join(', ');
}

export function fieldGroupLabel(field: string): string {
  const f = field.trim();
  if (!f) return 'Lĩnh vực khác';
  return /^lĩnh vực/i.test(f) ? f : `Lĩnh vực ${f}`;
}

const ACTION_VERB: Record<MarkAction, string> = {
  KEEP: 'Giữ nguyên',
  REMOVE: 'Bãi bỏ',
  SIMPLIFY: 'Sửa đổi, đơn giản hóa',
  MERGE: 'Gộp',
  REPLACE_BY_DATA: 'Thay bằng khai thác dữ liệu',
};

const TARGET_LABEL: Record<MarkTargetKind, string> = {
  PROCEDURE: 'thủ tục hành chính',
  STEP: 'bước thực hiện',
  COMPONENT: 'thành phần hồ sơ',
  COMPONENT_COPY_REQ: 'yêu cầu bản sao của thành phần hồ sơ',
  COMPONENT_QTY: 'số lượng thành phần hồ sơ',
  CHANNEL_TIME: 'thời hạn giải quyết',
  FEE: 'phí, lệ phí',
  CONDITION: 'yêu cầu, điều kiện',
  INTERNAL_STEP: 'bước của quy trình nội bộ',
  SUBMIT_TRIP: 'việc đi nộp hồ sơ',
  RESULT_TRIP: 'việc đi nhận kết quả',
};

export const ACTION_LABEL = ACTION_VERB;

/** One proposal in words: "Thay bằng khai thác dữ liệu thành phần hồ sơ “Bản sao CCCD”: <đề xuất>". */
export function proposalText(m: {
  action: MarkAction;
  targetKind: MarkTargetKind;
  targetLabel: string;
  proposedValue: string;
}): string {
  const what = TARGET_LABEL[m.targetKind] + (m.targetLabel ? ` “${m.targetLabel.trim().slice(0, 200)}”` : '');
  const head = `${ACTION_VERB[m.action]} ${what}`;
  return m.proposedValue.trim() ? `${head}: ${m.proposedValue.trim()}` : head;
}

/** "Sửa đổi, bổ sung khoản 2, Điều 85 của Nghị định 168/2025/NĐ-CP (thẩm quyền: Chính phủ)". */
export function implementationText(m: {
  legalArticle: string;
  legalClause: string;
  legalDocument: string;
  legalAuthority: string;
}): string {
  const where = [m.legalClause && `khoản ${m.legalClause}`, m.legalArticle && `Điều ${m.legalArticle}`]
    .filter(Boolean)
    .join(', ');
  let s = '';
  if (m.legalDocument) s = `Sửa đổi, bổ sung ${where ? where + ' của ' : ''}${m.legalDocument}`;
  else if (where) s = `Sửa đổi, bổ sung ${where}`;
  if (m.legalAuthority) s += `${s ? ' ' : ''}(thẩm quyền: ${m.legalAuthority})`;
  return s;
}

export function isoToday(): string {
  return new Date().toISOString().slice(0, 10);
}
