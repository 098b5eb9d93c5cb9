import type { Database } from 'better-sqlite3';
import type { MarkAction, MarkTargetKind } from '../../electron/shared/domain';

export interface MarkRecord {
  id: number;
  itemId: number;
  targetKind: MarkTargetKind;
  targetId: number | null;
  action: MarkAction;
  proposedValue: string;
  mergeIntoId: number | null;
  reason: string;
  legalArticle: string;
  legalClause: string;
  legalDocument: string;
  legalAuthority: string;
  updatedAt: string;
}
export type MarkFields = Omit<MarkRecord, 'id' | 'updatedAt'>;

const MARK = `SELECT id, item_id AS itemId, target_kind AS targetKind, target_id AS targetId, action,
  proposed_value AS proposedValue, merge_into_id AS mergeIntoId, reason, legal_article AS legalArticle,
  legal_clause AS legalClause, legal_document AS legalDocument, legal_authority AS legalAuthority, updated_at AS updatedAt
  FROM review_marks`;

export function listMarks(db: Database, itemId: number): MarkRecord[] {
  return db.prepare(`${MARK} WHERE item_id = ? ORDER BY id`).all(itemId) as MarkRecord[];
}

export function listMarksOfCampaign(db: Database, campaignId: number): MarkRecord[] {
  return db
    .prepare(`${MARK} WHERE item_id IN (SELECT id FROM campaign_items WHERE campaign_id = ?) ORDER BY id`)
    .all(campaignId) as MarkRecord[];
}

/** One mark per element: SQLite's UNIQUE treats NULL target ids as distinct, so the lookup is explicit. */
export function findMark(
  db: Database,
  itemId: number,
  kind: MarkTargetKind,
  targetId: number | null,
): MarkRecord | undefined {
  return db
    .prepare(`${MARK} WHERE item_id = ? AND target_kind = ? AND target_id IS ?`)
    .get(itemId, kind, targetId) as MarkRecord | undefined;
}

export function upsertMark(db: Database, m: MarkFields, now = new Date().toISOString()): number {
  const existing = findMark(db, m.itemId, m.targetKind, m.targetId);
  const values = [
    m.action,
    m.proposedValue,
    m.mergeIntoId,
    m.reason,
    m.legalArticle,
    m.legalClause,
    m.legalDocument,
    m.legalAuthority,
  ];
  if (existing) {
    db.prepare(
      `UPDATE review_marks SET action = ?, proposed_value = ?, merge_into_id = ?, reason = ?, legal_article = ?,
         legal_clause = ?, legal_document = ?, legal_authority = ?, updated_at = ? WHERE id = ?`,
    ).run(...values, now, existing.id);
    return existing.id;
  }
  return Number(
    db
      .prepare(
        `INSERT INTO review_marks (item_id, target_kind, target_id, action, proposed_value, merge_into_id, reason,
           legal_article, legal_clause, legal_document, legal_authority, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(m.itemId, m.targetKind, m.targetId, ...values, now, now).lastInsertRowid,
  );
}

export function deleteMark(db: Database, itemId: number, markId: number): boolean {
  return db.prepare('DELETE FROM review_marks WHERE id = ? AND item_id = ?').run(markId, itemId).changes > 0;
}

const RECENT_KEY = 'review.recentReasons';
const RECENT_MAX = 12;

/** Remembers a reason the officer used (also when the mark is later removed), newest first. */
export function rememberReason(db: Database, reason: string): void {
  const r = reason.trim();
  if (!r) return;
  const list = [r, ...storedReasons(db).filter((x) => x !== r)].slice(0, RECENT_MAX);
  db.prepare(
    'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value',
  ).run(RECENT_KEY, JSON.stringify(list));
}

function storedReasons(db: Database): string[] {
  const row = db.prepare('SELECT value FROM settings WHERE key = ?').get(RECENT_KEY) as
    { value: string } | undefined;
  try {
    const v: unknown = row ? JSON.parse(row.value) : [];
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
  } catch {
    return [];
  }
}

/** Reasons offered again in the mark dialog: remembered ones first, then those on existing marks. */
export function recentReasons(db: Database, limit = 8): string[] {
  const onMarks = (
    db
      .prepare(
        `SELECT reason FROM review_marks WHERE reason <> '' GROUP BY reason ORDER BY max(updated_at) DESC LIMIT ?`,
      )
      .all(limit) as { reason: string }[]
  ).map((r) => r.reason);
  return [...new Set([...storedReasons(db), ...onMarks])].slice(0, limit);
}

export interface AnswerRecord {
  questionKey: string;
  answerBool: boolean | null;
  answerText: string;
}

export function listAnswers(db: Database, itemId: number): AnswerRecord[] {
  return (
    db
      .prepare(
        'SELECT question_key AS questionKey, answer_bool AS b, answer_text AS answerText FROM review_answers WHERE item_id = ? ORDER BY id',
      )
      .all(itemId) as { questionKey: string; b: number | null; answerText: string }[]
  ).map((r) => ({
    questionKey: r.questionKey,
    answerBool: r.b === null ? null : r.b === 1,
    answerText: r.answerText,
  }));
}

export function upsertAnswer(
  db: Database,
  itemId: number,
  a: AnswerRecord,
  now = new Date().toISOString(),
): void {
  db.prepare(
    `INSERT INTO review_answers (item_id, question_key, answer_bool, answer_text, updated_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (item_id, question_key) DO UPDATE SET answer_bool = excluded.answer_bool,
       answer_text = excluded.answer_text, updated_at = excluded.updated_at`,
  ).run(itemId, a.questionKey, a.answerBool === null ? null : a.answerBool ? 1 : 0, a.answerText, now);
}
