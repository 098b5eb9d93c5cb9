/**
 * A second demo commune, so merges of communes (and decisions on a unit that lacks some procedures) can be tried
 * on the demo: "UBND xã Minh họa 2" holds the demo's Hộ tịch, Chứng thực and cư trú procedures (the same shared
 * national records) with its own dossiers per year, two online levels that differ from the first commune, and an
 * open review plan: 1.001193 reviewed there too (a conflict to resolve when the two merge) and 1.004222 only there.
 */
import type { Database } from 'better-sqlite3';
import { insertCampaign, insertItems, updateItem } from '../queries/review-campaigns';
import { upsertMark } from '../queries/review-marks';
import { insertUnit } from '../queries/units';

export const DEMO_UNIT_2 = {
  code: 'DEMO-XA-2',
  name: 'UBND xã Minh họa 2 (dữ liệu mẫu)',
  level: 'XA' as const,
};
const FIELDS = ['Hộ tịch', 'Chứng thực', 'Đăng ký, quản lý cư trú'];
/** Online level here, where it differs from the first commune. */
const ONLINE_HERE: Record<string, 'NONE' | 'PARTIAL' | 'FULL'> = {
  '2.000815': 'PARTIAL',
  '1.004222': 'PARTIAL',
};

/** Runs inside seedDemo's transaction, after the first commune and its review plan. */
export function seedSecondCommune(db: Database, firstUnitId: number): number {
  const unitId = insertUnit(db, { ...DEMO_UNIT_2, isDemo: true });
  const now = new Date().toISOString();
  db.prepare(
    `INSERT INTO unit_procedures (unit_id, procedure_id, online_level, legacy_level, one_stop, has_internal_process,
       dossiers_per_year, note, created_at, updated_at)
     SELECT ?, up.procedure_id, up.online_level, up.legacy_level, up.one_stop, up.has_internal_process,
            CAST(round(coalesce(up.dossiers_per_year, 0) * 0.6) AS INTEGER), '', ?, ?
     FROM unit_procedures up JOIN procedures p ON p.id = up.procedure_id
     WHERE up.unit_id = ? AND p.field IN (SELECT value FROM json_each(?)) ORDER BY p.code`,
  ).run(unitId, now, now, firstUnitId, JSON.stringify(FIELDS));
  for (const [code, level] of Object.entries(ONLINE_HERE))
    db.prepare(
      'UPDATE unit_procedures SET online_level = ? WHERE unit_id = ? AND procedure_id = (SELECT id FROM procedures WHERE code = ?)',
    ).run(level, unitId, code);
  const pid = (code: string) =>
    (db.prepare('SELECT id FROM procedures WHERE code = ?').get(code) as { id: number } | undefined)?.id;
  const birth = pid('1.001193');
  const residence = pid('1.004222');
  if (birth === undefined || residence === undefined) return unitId;
  const campaignId = insertCampaign(db, {
    unitId,
    year: 2026,
    title: 'Kế hoạch rà soát TTHC năm 2026 – xã Minh họa 2 (minh họa)',
    deadline: '2026-11-30',
  });
  const [birthItem] = insertItems(db, campaignId, [birth], {
    reviewer: 'Cán bộ tư pháp xã 2',
    deadline: '2026-10-31',
  });
  insertItems(db, campaignId, [residence], { reviewer: 'Cán bộ xã 2', deadline: '2026-11-30' });
  if (birthItem === undefined) return unitId;
  updateItem(db, birthItem, { status: 'IN_PROGRESS', daysAfter: 2 });
  upsertMark(db, {
    itemId: birthItem,
    targetKind: 'PROCEDURE',
    targetId: null,
    action: 'KEEP',
    mergeIntoId: null,
    proposedValue: '',
    reason: 'Thủ tục cần thiết; đã liên thông khai sinh – thường trú – BHYT.',
    legalArticle: '',
    legalClause: '',
    legalDocument: '',
    legalAuthority: '',
  });
  return unitId;
}
