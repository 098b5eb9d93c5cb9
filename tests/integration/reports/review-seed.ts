/**
 * A review campaign on the demo commune, written with plain SQL and the cost-activity query (independent of
 * the review feature's services): the worked example of domain.md §2.4 on 1.001612 (activities before, a REPLACE_BY_DATA mark on a
 * dossier component that removes the "chứng thực" activity, and the online overrides), plus a second item
 * proposing to abolish a procedure and a third not started.
 */
import type { Database } from 'better-sqlite3';
import { insertActivity } from '../../../db/queries/review-cost';
import { workedExampleDerivation } from '../../../electron/shared/cost/worked-example';

export interface SeededReview {
  unitId: number;
  campaignId: number;
  abolishedCode: string;
  notStartedCode: string;
}

const NOW = '2026-11-01T00:00:00.000Z';

export function seedReviewCampaign(db: Database): SeededReview {
  const unitId = (db.prepare("SELECT id FROM units WHERE code = 'DEMO-XA'").get() as { id: number }).id;
  const procId = (code: string) =>
    (db.prepare('SELECT id FROM procedures WHERE code = ?').get(code) as { id: number }).id;
  const others = db
    .prepare(
      `SELECT p.code FROM procedures p JOIN unit_procedures up ON up.procedure_id = p.id
       WHERE up.unit_id = ? AND p.code <> '1.001612' ORDER BY p.code LIMIT 2`,
    )
    .all(unitId) as { code: string }[];
  const abolishedCode = others[0]!.code;
  const notStartedCode = others[1]!.code;
  const hkd = procId('1.001612');
  const componentId = (
    db
      .prepare(
        `SELECT c.id FROM components c JOIN component_groups g ON g.id = c.group_id
         WHERE g.procedure_id = ? AND c.name LIKE 'Bản sao%' ORDER BY c.id LIMIT 1`,
      )
      .get(hkd) as { id: number }
  ).id;

  db.transaction(() => {
    db.prepare(
      `INSERT INTO cost_params (valid_from, monthly_income, working_days, hours_per_day, hourly_income, note)
       VALUES ('2020-01-01', 5000000, 22, 8, 28409, 'Ví dụ minh họa')`,
    ).run();
    const campaignId = Number(
      db
        .prepare(
          `INSERT INTO campaigns (unit_id, year, title, status, created_at, updated_at) VALUES (?, 2026, 'Rà soát TTHC năm 2026', 'OPEN', ?, ?)`,
        )
        .run(unitId, NOW, NOW).lastInsertRowid,
    );
    const addItem = (procedureId: number, status: string) =>
      Number(
        db
          .prepare(
            `INSERT INTO campaign_items (campaign_id, procedure_id, reviewer, status, frequency, created_at, updated_at)
             VALUES (?, ?, 'Nguyễn Văn A', ?, 1, ?, ?)`,
          )
          .run(campaignId, procedureId, status, NOW, NOW).lastInsertRowid,
      );
    const item = addItem(hkd, 'APPROVED');
    const derivation = workedExampleDerivation(componentId);
    for (const a of derivation.before)
      insertActivity(db, { ...a, itemId: item, scenario: 'BEFORE', isOverride: false }, NOW);
    for (const a of derivation.overrides)
      insertActivity(
        db,
        { ...a, itemId: item, scenario: 'AFTER', linkedKind: null, linkedId: null, isOverride: true },
        NOW,
      );
    const insertMark = db.prepare(
      `INSERT INTO review_marks (item_id, target_kind, target_id, action, proposed_value, reason, legal_article,
         legal_clause, legal_document, legal_authority, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    insertMark.run(
      item,
      'COMPONENT',
      componentId,
      'REPLACE_BY_DATA',
      '',
      'Khai thác Cơ sở dữ liệu quốc gia về dân cư',
      '88',
      '2',
      'Nghị định 168/2025/NĐ-CP',
      'Chính phủ',
      NOW,
      NOW,
    );
    db.prepare(
      `INSERT INTO review_answers (item_id, question_key, answer_bool, answer_text, updated_at) VALUES (?, 'necessity', 1, 'Cần thiết để quản lý hộ kinh doanh', ?)`,
    ).run(item, NOW);

    const abolished = addItem(procId(abolishedCode), 'PROPOSED');
    insertMark.run(
      abolished,
      'PROCEDURE',
      null,
      'REMOVE',
      '',
      'Không còn cần thiết',
      '',
      '',
      '',
      '',
      NOW,
      NOW,
    );
    addItem(procId(notStartedCode), 'NOT_STARTED');
    return campaignId;
  })();
  const campaignId = (db.prepare('SELECT max(id) AS id FROM campaigns').get() as { id: number }).id;
  return { unitId, campaignId, abolishedCode, notStartedCode };
}
