/**
 * The demo's review campaign: a plan in progress containing exactly the worked example of domain.md §2.4
 * (1.001612 Đăng ký thành lập hộ kinh doanh, 28,409 đ/giờ, 600 hồ sơ/năm: 243,285,900 → 76,874,850 đ/năm,
 * −68.40 %; 3 → 2 ngày làm việc), so a newcomer sees a real simplification with its numbers on first start.
 * The example is built as an officer would build it: the activities follow from the record (derived, with the
 * unit's default hours), the marks change them, and the 3 → 2 days come from the internal steps the marks cut.
 * Demo adjustments of 1.001612, each an edit an officer could make in the record editor:
 * - the fee is "do HĐND tỉnh quyết định"; the portal's amounts (Trực tiếp 50.000, Trực tuyến 150.000) are
 *   one province's sample, so the demo commune carries its own rates as local fees (fees.unit_id): 100.000 đ
 *   in person and by post, 50.000 đ online (the online rate of the worked example) — read by the cost, never
 *   typed twice;
 * - item (v) of the authorisation group is a note, not a document (is_note);
 * - the copy of the Căn cước (a conditional document: "trường hợp chưa có tài khoản định danh điện tử") is
 *   counted for this plan by an officer's override: certified copy, 0,75 giờ + 2.000 đ.
 * Also two local profiles: "Cán bộ" (officer) and "Lãnh đạo" (manager, demo PIN 1234, documented).
 */
import type { Database } from 'better-sqlite3';
import { BUILT_IN_DEFAULTS } from '../../electron/shared/cost/cost-defaults';
import {
  WORKED_EXAMPLE_HOURLY_INCOME,
  WORKED_EXAMPLE_MONTHLY_INCOME,
  WORKED_EXAMPLE_PROCEDURE_CODE,
} from '../../electron/shared/cost/worked-example';
import { upsertCostDefaults } from '../queries/cost-defaults';
import { insertProfile } from '../queries/profiles';
import { insertCampaign, insertItems, updateItem } from '../queries/review-campaigns';
import { upsertCostParam } from '../queries/review-cost';
import { upsertAnswer } from '../queries/review-marks';
import { seedDemoProcesses } from './demo-processes';
import { seedWorkedExampleMarks } from './demo-worked-example';

export const DEMO_MANAGER_PIN = '1234';
export const DEMO_CAMPAIGN_TITLE = 'Kế hoạch rà soát, đánh giá TTHC năm 2026 (minh họa)';
const OTHER_CODES = ['1.001193', '1.004873', '1.013225', '2.001035'];

export const LEGAL = {
  legalArticle: 'Điều 88',
  legalClause: '',
  legalDocument: 'Nghị định số 168/2025/NĐ-CP',
  legalAuthority: 'Chính phủ',
};

function procedureId(db: Database, unitId: number, code: string): number | undefined {
  const row = db
    .prepare(
      'SELECT p.id FROM procedures p JOIN unit_procedures up ON up.procedure_id = p.id AND up.unit_id = ? WHERE p.code = ?',
    )
    .get(unitId, code) as { id: number } | undefined;
  return row?.id;
}

/** Runs inside seedDemo's transaction. */
export function seedDemoReview(db: Database, unitId: number): void {
  insertProfile(db, { name: 'Cán bộ', role: 'officer' });
  insertProfile(db, { name: 'Lãnh đạo', role: 'manager', pin: DEMO_MANAGER_PIN });
  upsertCostParam(db, {
    validFrom: '2025-01-01',
    monthlyIncome: WORKED_EXAMPLE_MONTHLY_INCOME,
    workingDays: 22,
    hoursPerDay: 8,
    hourlyIncome: WORKED_EXAMPLE_HOURLY_INCOME,
    note: 'Minh họa: 5.000.000 đ/tháng ÷ 22 ngày ÷ 8 giờ',
  });
  upsertCostDefaults(db, unitId, {
    ...BUILT_IN_DEFAULTS,
    validFrom: '2025-01-01',
    note: 'Minh họa: giờ mặc định của các hoạt động (domain.md §8.4)',
  });
  seedDemoProcesses(db, unitId);

  const hkd = procedureId(db, unitId, WORKED_EXAMPLE_PROCEDURE_CODE);
  if (hkd === undefined) return;
  const campaignId = insertCampaign(db, {
    unitId,
    year: 2026,
    title: DEMO_CAMPAIGN_TITLE,
    deadline: '2026-12-15',
  });
  const others = OTHER_CODES.map((c) => procedureId(db, unitId, c)).filter(
    (id): id is number => id !== undefined,
  );
  const [itemId] = insertItems(db, campaignId, [hkd], { reviewer: 'Cán bộ', deadline: '2026-09-30' });
  insertItems(db, campaignId, others, { reviewer: 'Cán bộ', deadline: '2026-11-30' });
  if (itemId === undefined) return;
  updateItem(db, itemId, { status: 'IN_PROGRESS' });
  seedWorkedExampleMarks(db, unitId, hkd, itemId, LEGAL);

  upsertAnswer(db, itemId, {
    questionKey: 'necessity',
    answerBool: true,
    answerText: 'Cần thiết để quản lý hoạt động kinh doanh của hộ kinh doanh.',
  });
  upsertAnswer(db, itemId, {
    questionKey: 'components',
    answerBool: false,
    answerText: 'Bản sao thẻ Căn cước không cần thiết khi tra cứu được CSDL quốc gia về dân cư.',
  });
  upsertAnswer(db, itemId, {
    questionKey: 'timeLimit',
    answerBool: true,
    answerText: 'Có thể rút ngắn từ 03 xuống 02 ngày làm việc.',
  });
}
