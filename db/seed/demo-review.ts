/**
 * The demo's review campaign: a plan in progress containing exactly the worked example of domain.md §2.4
 * (1.001612 Đăng ký thành lập hộ kinh doanh, 28,409 đ/giờ, 600 hồ sơ/năm: 243,285,900 → 76,874,850 đ/năm,
 * −68.40 %; 3 → 2 ngày làm việc), so a newcomer sees a real simplification with its numbers on first start.
 * Also two local profiles: "Cán bộ" (officer) and "Lãnh đạo" (manager, demo PIN 1234, documented).
 */
import type { Database } from 'better-sqlite3';
import {
  WORKED_EXAMPLE_HOURLY_INCOME,
  WORKED_EXAMPLE_MONTHLY_INCOME,
  WORKED_EXAMPLE_PROCEDURE_CODE,
  workedExampleDerivation,
} from '../../electron/shared/cost/worked-example';
import { insertProfile } from '../queries/profiles';
import { insertCampaign, insertItems, updateItem } from '../queries/review-campaigns';
import { insertActivity, upsertCostParam } from '../queries/review-cost';
import { upsertAnswer, upsertMark } from '../queries/review-marks';

export const DEMO_MANAGER_PIN = '1234';
export const DEMO_CAMPAIGN_TITLE = 'Kế hoạch rà soát, đánh giá TTHC năm 2026 (minh họa)';
const OTHER_CODES = ['1.001193', '1.004873', '1.013225', '2.001035'];

const LEGAL = {
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

  const cccd = db
    .prepare(
      `SELECT c.id FROM components c JOIN component_groups g ON g.id = c.group_id
       WHERE g.procedure_id = ? AND c.name LIKE '%Căn cước%' ORDER BY c.id LIMIT 1`,
    )
    .get(hkd) as { id: number } | undefined;
  if (!cccd) return;
  const { before, marks, overrides } = workedExampleDerivation(cccd.id);
  for (const a of before) insertActivity(db, { ...a, itemId, scenario: 'BEFORE', isOverride: false });
  for (const a of overrides) insertActivity(db, { ...a, itemId, scenario: 'AFTER', isOverride: true });
  for (const m of marks)
    upsertMark(db, {
      itemId,
      targetKind: m.targetKind,
      targetId: m.targetId,
      action: m.action,
      mergeIntoId: null,
      proposedValue: 'Khai thác Cơ sở dữ liệu quốc gia về dân cư; xác thực điện tử VNeID',
      reason: 'NQ 66.7/2025/NQ-CP: thay thành phần hồ sơ bằng khai thác dữ liệu dân cư',
      ...LEGAL,
    });

  const direct = db
    .prepare(
      "SELECT id FROM channels WHERE procedure_id = ? AND method = 'TRUC_TIEP' AND time_value IS NOT NULL",
    )
    .get(hkd) as { id: number } | undefined;
  if (direct)
    upsertMark(db, {
      itemId,
      targetKind: 'CHANNEL_TIME',
      targetId: direct.id,
      action: 'SIMPLIFY',
      mergeIntoId: null,
      proposedValue: '2 ngày làm việc',
      reason: 'NQ 66/NQ-CP: cắt giảm 30% thời gian giải quyết',
      ...LEGAL,
      legalClause: 'Khoản 2 Điều 85',
      legalArticle: 'Điều 85',
    });

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
