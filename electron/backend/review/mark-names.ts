/**
 * A mark named as the officer sees it on screen ("bước 3 của trình tự “Cán bộ tiếp nhận…”", "chuyến đi nộp hồ sơ
 * (Trực tiếp)"), in both languages, for messages such as a refused submission: never an internal code or id.
 */
import type { Database } from 'better-sqlite3';
import { markTarget } from '../../../db/queries/mark-targets';
import { CHANNEL_VI } from '../../shared/cost';

const KIND: Record<string, { vi: string; en: string }> = {
  PROCEDURE: { vi: 'cả thủ tục', en: 'the whole procedure' },
  CONDITION: { vi: 'yêu cầu, điều kiện', en: 'the requirements' },
  STEP: { vi: 'bước {n} của trình tự', en: 'step {n} of the procedure' },
  INTERNAL_STEP: { vi: 'bước nội bộ {n}', en: 'internal step {n}' },
  COMPONENT: { vi: 'giấy tờ', en: 'document' },
  COMPONENT_COPY_REQ: { vi: 'yêu cầu bản sao của giấy tờ', en: 'copy requirement of the document' },
  COMPONENT_QTY: { vi: 'số bản của giấy tờ', en: 'number of copies of the document' },
  FEE: { vi: 'phí, lệ phí', en: 'fee' },
  CHANNEL_TIME: { vi: 'thời hạn giải quyết', en: 'processing time' },
  SUBMIT_TRIP: { vi: 'chuyến đi nộp hồ sơ', en: 'submission trip' },
  RESULT_TRIP: { vi: 'chuyến đi nhận kết quả', en: 'result trip' },
};

const short = (s: string) => {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > 48 ? `${t.slice(0, 47)}…` : t;
};

export function markNames(
  db: Database,
  marks: readonly { targetKind: string; targetId: number | null }[],
): { vi: string; en: string } {
  const names = marks.map((m) => {
    const k = KIND[m.targetKind] ?? { vi: m.targetKind, en: m.targetKind };
    const t = markTarget(db, m.targetKind, m.targetId);
    const n = String(t.ord ?? '');
    const text = t.text ? ` “${short(t.text)}”` : '';
    const ch = t.method ? ` (${CHANNEL_VI[t.method as keyof typeof CHANNEL_VI]})` : '';
    return { vi: `${k.vi.replace('{n}', n)}${text}${ch}`, en: `${k.en.replace('{n}', n)}${text}${ch}` };
  });
  return { vi: names.map((x) => x.vi).join('; '), en: names.map((x) => x.en).join('; ') };
}
