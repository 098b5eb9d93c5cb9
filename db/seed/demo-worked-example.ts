/**
 * The worked example of domain.md §2.4 on the demo's 1.001612, as marks on the record and its internal
 * process (see demo-review.ts for the demo adjustments). Derived before (28.409 đ/giờ): tìm hiểu 2 h; giấy đề
 * nghị 1 h; chứng thực bản sao văn bản ủy quyền 0,75 h + 2.000 đ; chứng thực bản sao Căn cước 0,75 h + 2.000 đ
 * (override); đi nộp 2 h + 30.000 đ; đi nhận 2 h + 30.000 đ; lệ phí Trực tiếp 100.000 đ = 405.476,5 đ/hồ sơ.
 * After the marks: tìm hiểu 1 h (override: thông tin trên Cổng DVCQG); giấy đề nghị 1 h; Căn cước by data
 * (gone); văn bản ủy quyền as an e-copy (0); nộp trực tuyến 0,5 h; nhận kết quả điện tử 0,25 h; lệ phí
 * Trực tuyến 50.000 đ = 128.124,75 đ/hồ sơ. Days: the internal steps 3 → 2 ngày làm việc (merge the
 * assignment into the specialist's step, shorten it 1,5 → 1 ngày, drop the second review by the lãnh đạo phòng).
 */
import type { Database } from 'better-sqlite3';
import { insertActivity } from '../queries/review-cost';
import { upsertMark } from '../queries/review-marks';

interface Legal {
  legalArticle: string;
  legalClause: string;
  legalDocument: string;
  legalAuthority: string;
}

export function seedWorkedExampleMarks(
  db: Database,
  unitId: number,
  procedureId: number,
  itemId: number,
  legal: Legal,
) {
  const one = <T>(sql: string, ...args: unknown[]) => db.prepare(sql).get(...args) as T | undefined;
  const component = (like: string) =>
    one<{ id: number }>(
      `SELECT c.id FROM components c JOIN component_groups g ON g.id = c.group_id
       WHERE g.procedure_id = ? AND c.name LIKE ? ORDER BY c.id LIMIT 1`,
      procedureId,
      like,
    )?.id;
  const channel = (method: string) =>
    one<{ id: number }>('SELECT id FROM channels WHERE procedure_id = ? AND method = ?', procedureId, method)
      ?.id;

  // Demo adjustments (demo-review.ts): the commune's own fee rates, and item (v) flagged as a note.
  const rates: [string, number][] = [
    ['TRUC_TIEP', 100000],
    ['BUU_CHINH', 100000],
    ['TRUC_TUYEN', 50000],
  ];
  for (const [method, amount] of rates) {
    const ch = channel(method);
    if (ch === undefined) continue;
    db.prepare(
      `INSERT INTO fees (channel_id, unit_id, ord, kind, amount, set_by, text) VALUES (?, ?, 1, 'LE_PHI', ?, 'HDND_TINH', ?)`,
    ).run(
      ch,
      unitId,
      amount,
      `Mức thu minh họa của xã theo Nghị quyết HĐND tỉnh: ${method === 'TRUC_TUYEN' ? '50.000 đồng/lần khi nộp trực tuyến (giảm 50%)' : '100.000 đồng/lần'}.`,
    );
  }
  const note = component('(v) Người ủy quyền%');
  if (note !== undefined) db.prepare('UPDATE components SET is_note = 1 WHERE id = ?').run(note);

  const cccd = component('%bản sao thẻ Căn cước%');
  const authorisation = component('Bản sao văn bản ủy quyền%');
  const direct = channel('TRUC_TIEP');
  if (cccd === undefined || authorisation === undefined || direct === undefined) return;

  const activity = (
    scenario: 'BEFORE' | 'AFTER',
    derivedKey: string,
    ord: number,
    name: string,
    hoursMilli: number,
    otherCost: number,
  ) =>
    insertActivity(db, {
      itemId,
      scenario,
      ord,
      name,
      hoursMilli,
      serviceCost: 0,
      otherCost,
      fee: 0,
      linkedKind: null,
      linkedId: null,
      isOverride: true,
      derivedKey,
    });
  activity(
    'BEFORE',
    `COMPONENT:${cccd}`,
    4,
    'Chứng thực bản sao thẻ Căn cước (chưa có tài khoản định danh điện tử)',
    750,
    2000,
  );
  activity('AFTER', 'INFO', 1, 'Tìm hiểu thông tin TTHC trên Cổng Dịch vụ công quốc gia', 1000, 0);

  const mark = (
    targetKind: string,
    targetId: number,
    action: string,
    reason: string,
    proposedValue = '',
    mergeIntoId: number | null = null,
  ) =>
    upsertMark(db, {
      itemId,
      targetKind: targetKind as 'COMPONENT',
      targetId,
      action: action as 'REMOVE',
      mergeIntoId,
      proposedValue,
      reason,
      ...legal,
    });
  mark(
    'COMPONENT',
    cccd,
    'REPLACE_BY_DATA',
    'NQ 66.7/2025/NQ-CP: thay thành phần hồ sơ bằng khai thác dữ liệu dân cư',
    'Khai thác Cơ sở dữ liệu quốc gia về dân cư; xác thực điện tử VNeID',
  );
  mark(
    'COMPONENT_COPY_REQ',
    authorisation,
    'SIMPLIFY',
    'NĐ 23/2015/NĐ-CP Điều 6: không yêu cầu bản sao có chứng thực; nộp bản điện tử',
    'ELECTRONIC',
  );
  mark(
    'SUBMIT_TRIP',
    direct,
    'REPLACE_BY_DATA',
    'Nộp hồ sơ và thanh toán lệ phí trực tuyến toàn trình trên Cổng DVCQG',
  );
  mark(
    'RESULT_TRIP',
    direct,
    'REPLACE_BY_DATA',
    'Trả kết quả điện tử (bản điện tử Giấy chứng nhận đăng ký hộ kinh doanh)',
  );

  const steps = db
    .prepare(
      `SELECT s.id FROM internal_steps s JOIN internal_processes p ON p.id = s.process_id
       WHERE p.unit_id = ? AND p.procedure_id = ? ORDER BY s.ord`,
    )
    .all(unitId, procedureId) as { id: number }[];
  const [, assign, handle, review] = steps.map((s) => s.id);
  if (assign === undefined || handle === undefined || review === undefined) return;
  const cut = { ...legal, legalArticle: 'Điều 85', legalClause: 'Khoản 2' };
  const stepMark = (
    id: number,
    action: string,
    reason: string,
    proposedValue = '',
    into: number | null = null,
  ) =>
    upsertMark(db, {
      itemId,
      targetKind: 'INTERNAL_STEP',
      targetId: id,
      action: action as 'REMOVE',
      mergeIntoId: into,
      proposedValue,
      reason,
      ...cut,
    });
  stepMark(assign, 'MERGE', 'Phân công tự động trên Hệ thống; gộp vào bước thẩm định', '', handle);
  stepMark(
    handle,
    'SIMPLIFY',
    'NQ 66/NQ-CP: cắt giảm thời gian thẩm định nhờ dữ liệu dân cư',
    '01 ngày làm việc',
  );
  stepMark(review, 'REMOVE', 'Bỏ bước lãnh đạo phòng xem xét lại; công chức trình thẳng lãnh đạo UBND xã');
}
