/**
 * How procedure parts read in the official forms (one line per channel, per fee, per legal document): the
 * texts shared with the one-procedure document live in shared/text/record-text.ts; the report-only ones here.
 */
import type { MarkAction, MarkTargetKind } from '../../../shared/domain';
import { provisionText, truncateWords } from '../../../shared/text/record-text';

export {
  CHANNEL_LABEL,
  channelTime,
  feeText,
  feesText,
  legalText,
  quantityText,
  timesText,
} from '../../../shared/text/record-text';
export { toRoman as roman } from '../../../shared/text/roman';

/**
 * The legal bases in short, for the Danh mục (Phần I), where the full titles would take a page per procedure:
 * each document's number once ("60/2014/QH13; 123/2015/NĐ-CP"), its title only when it has no number. The
 * full titles are in Phần II, item l).
 */
export function legalCodesText(bases: readonly { code: string; name: string }[]): string {
  const seen = new Set<string>();
  const parts: string[] = [];
  for (const b of bases) {
    const item = b.code.trim() || truncateWords(b.name, 160);
    if (!item || seen.has(item)) continue;
    seen.add(item);
    parts.push(item);
  }
  return parts.join('; ');
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
  const what =
    TARGET_LABEL[m.targetKind] + (m.targetLabel.trim() ? ` “${truncateWords(m.targetLabel, 300)}”` : '');
  const head = `${ACTION_VERB[m.action]} ${what}`;
  return m.proposedValue.trim() ? `${head}: ${m.proposedValue.trim()}` : head;
}

export interface LegalProposal {
  legalArticle: string;
  legalClause: string;
  legalDocument: string;
  legalAuthority: string;
}

/**
 * Kiến nghị thực thi, one line per document: "Sửa đổi, bổ sung Điều 88, khoản 2 Điều 85 của Nghị định số
 * 168/2025/NĐ-CP (thẩm quyền: Chính phủ)": the provisions of the proposals that amend the same document, each
 * once, with "Điều"/"khoản" written once whether or not the officer typed them.
 */
export function implementationLines(proposals: readonly LegalProposal[]): string[] {
  const byDocument = new Map<string, { document: string; authority: string; where: string[] }>();
  for (const m of proposals) {
    const where = provisionText(m.legalArticle, m.legalClause);
    const document = m.legalDocument.trim();
    const authority = m.legalAuthority.trim();
    if (!where && !document && !authority) continue;
    const key = `${document}\u0000${authority}`;
    const entry = byDocument.get(key) ?? { document, authority, where: [] };
    if (where && !entry.where.includes(where)) entry.where.push(where);
    byDocument.set(key, entry);
  }
  return [...byDocument.values()].map(({ document, authority, where }) => {
    const at = where.join(', ');
    let s = document
      ? `Sửa đổi, bổ sung ${at ? at + ' của ' : ''}${document}`
      : at
        ? `Sửa đổi, bổ sung ${at}`
        : '';
    if (authority) s += `${s ? ' ' : ''}(thẩm quyền: ${authority})`;
    return s;
  });
}

/** An exact decimal ("405476.5", from the cost engine's DTOs) in Vietnamese digits without rounding: "405.476,5". */
export function exactMoneyText(exact: string): string {
  const [int = '0', frac = ''] = exact.replace(/^-/, '').split('.');
  return (
    (exact.startsWith('-') ? '-' : '') + int.replace(/\B(?=(\d{3})+(?!\d))/g, '.') + (frac ? `,${frac}` : '')
  );
}

/** Today on the computer's calendar (the office's local day, not UTC's: 06:00 in Hà Nội is still yesterday in UTC). */
export function isoToday(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
