import type { Database } from 'better-sqlite3';
import type {
  DecisionDetail,
  DecisionHead,
  DecisionContent,
  DecisionItem,
  DecisionItemRow,
  DecisionSummary,
  ProcedureDecisionEvent,
} from '../../electron/shared/contract/decisions';

const HEAD = `d.id, d.unit_id AS unitId, d.number, d.signed_date AS signedDate, d.effective_date AS effectiveDate,
  d.issuer, d.signer, d.title, d.source, d.applied_at AS appliedAt`;

type HeadRow = Omit<DecisionSummary, 'counts'>;

function withCounts(db: Database, h: HeadRow): DecisionSummary {
  const counts = { NEW: 0, AMENDED: 0, REPLACED: 0, ABOLISHED: 0 };
  const rows = db
    .prepare('SELECT change, count(*) AS n FROM decision_items WHERE decision_id = ? GROUP BY change')
    .all(h.id) as { change: keyof typeof counts; n: number }[];
  for (const r of rows) counts[r.change] = r.n;
  return { ...h, counts };
}

/** A unit's decisions, newest signing date first. */
export function listDecisions(db: Database, unitId: number): DecisionSummary[] {
  const rows = db
    .prepare(`SELECT ${HEAD} FROM decisions d WHERE d.unit_id = ? ORDER BY d.signed_date DESC, d.id DESC`)
    .all(unitId) as HeadRow[];
  return rows.map((h) => withCounts(db, h));
}

export function getDecision(db: Database, id: number): DecisionDetail | undefined {
  const h = db.prepare(`SELECT ${HEAD} FROM decisions d WHERE d.id = ?`).get(id) as HeadRow | undefined;
  if (!h) return undefined;
  const items = db
    .prepare(
      `SELECT id, procedure_id AS procedureId, change, level, field, code, name, replaces_code AS replacesCode,
              time_text AS timeText, place_text AS placeText, fee_text AS feeText, legal_text AS legalText,
              agency, note, content_json AS contentJson
       FROM decision_items WHERE decision_id = ? ORDER BY ord`,
    )
    .all(id) as (Omit<DecisionItemRow, 'content'> & { contentJson: string })[];
  return {
    ...withCounts(db, h),
    items: items.map(({ contentJson, ...it }) => ({
      ...it,
      content: contentJson ? (JSON.parse(contentJson) as DecisionContent) : null,
    })),
  };
}

export function findDecisionByNumber(db: Database, unitId: number, number: string): number | undefined {
  const row = db.prepare('SELECT id FROM decisions WHERE unit_id = ? AND number = ?').get(unitId, number) as
    { id: number } | undefined;
  return row?.id;
}

export function insertDecision(db: Database, unitId: number, h: DecisionHead, now: string): number {
  return Number(
    db
      .prepare(
        `INSERT INTO decisions (unit_id, number, signed_date, effective_date, issuer, signer, title, source,
           created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(unitId, h.number, h.signedDate, h.effectiveDate, h.issuer, h.signer, h.title, h.source, now, now)
      .lastInsertRowid,
  );
}

export function updateDecisionHead(db: Database, id: number, h: DecisionHead, now: string): void {
  db.prepare(
    `UPDATE decisions SET number = ?, signed_date = ?, effective_date = ?, issuer = ?, signer = ?, title = ?,
       source = ?, updated_at = ? WHERE id = ?`,
  ).run(h.number, h.signedDate, h.effectiveDate, h.issuer, h.signer, h.title, h.source, now, id);
}

/** Replaces the decision's lists with `items` (in order). */
export function replaceDecisionItems(db: Database, decisionId: number, items: readonly DecisionItem[]): void {
  db.prepare('DELETE FROM decision_items WHERE decision_id = ?').run(decisionId);
  const insert = db.prepare(
    `INSERT INTO decision_items (decision_id, ord, change, level, field, code, name, replaces_code, time_text,
       place_text, fee_text, legal_text, agency, note, content_json)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  items.forEach((it, i) =>
    insert.run(
      decisionId,
      i + 1,
      it.change,
      it.level,
      it.field,
      it.code,
      it.name,
      it.replacesCode,
      it.timeText,
      it.placeText,
      it.feeText,
      it.legalText,
      it.agency,
      it.note,
      it.content ? JSON.stringify(it.content) : '',
    ),
  );
}

/** Lifecycle events of one record in one unit, newest first, with the decision behind each. */
export function eventsOfProcedure(
  db: Database,
  unitId: number,
  procedureId: number,
): ProcedureDecisionEvent[] {
  return db
    .prepare(
      `SELECT id, kind, decision_id AS decisionId, decision_no AS decisionNo, decision_date AS decisionDate,
              effective_date AS effectiveDate, note, created_at AS createdAt
       FROM procedure_events WHERE procedure_id = ? AND (unit_id = ? OR unit_id IS NULL)
       ORDER BY decision_date DESC, id DESC`,
    )
    .all(procedureId, unitId) as ProcedureDecisionEvent[];
}

export interface EventInsert {
  unitId: number;
  procedureId: number;
  kind: ProcedureDecisionEvent['kind'];
  decisionId: number | null;
  decisionNo: string;
  decisionDate: string;
  effectiveDate: string;
  note: string;
}

export function insertEvent(db: Database, e: EventInsert, now: string): number {
  return Number(
    db
      .prepare(
        `INSERT INTO procedure_events (unit_id, procedure_id, kind, decision_id, decision_no, decision_date,
           effective_date, note, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        e.unitId,
        e.procedureId,
        e.kind,
        e.decisionId,
        e.decisionNo,
        e.decisionDate,
        e.effectiveDate,
        e.note,
        now,
      ).lastInsertRowid,
  );
}

/** The date of the text a record now has: its newest decision (publication, amendment or implementation). */
export function currentVersionDate(db: Database, procedureId: number): { no: string; date: string } {
  const p = db
    .prepare('SELECT decision_no AS no, decision_date AS date FROM procedures WHERE id = ?')
    .get(procedureId) as { no: string; date: string } | undefined;
  const e = db
    .prepare(
      `SELECT decision_no AS no, decision_date AS date FROM procedure_events
       WHERE procedure_id = ? AND decision_date != '' ORDER BY decision_date DESC LIMIT 1`,
    )
    .get(procedureId) as { no: string; date: string } | undefined;
  const best = [p, e].filter((x): x is { no: string; date: string } => !!x && /^\d{4}-/.test(x.date));
  best.sort((a, b) => b.date.localeCompare(a.date));
  return best[0] ?? { no: '', date: '' };
}
