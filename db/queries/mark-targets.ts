/**
 * What a review mark is about, for a message the officer reads: the citizen step's position and title, the
 * document's name, the internal step's number and work, or the channel of a trip, fee or time.
 */
import type { Database } from 'better-sqlite3';

export interface MarkTarget {
  /** Position among the procedure's steps (citizen steps) or in its process (internal steps); null otherwise. */
  ord: number | null;
  text: string;
  method: string | null;
}

const SQL: Record<string, string> = {
  STEP: `SELECT (SELECT count(*) FROM steps o WHERE o.procedure_id = s.procedure_id AND o.ord <= s.ord) AS ord,
                CASE WHEN s.title <> '' THEN s.title ELSE s.text END AS text, NULL AS method
         FROM steps s WHERE s.id = ?`,
  COMPONENT: `SELECT NULL AS ord, name AS text, NULL AS method FROM components WHERE id = ?`,
  INTERNAL_STEP: `SELECT ord, work AS text, NULL AS method FROM internal_steps WHERE id = ?`,
  FEE: `SELECT NULL AS ord, '' AS text, c.method FROM fees f JOIN channels c ON c.id = f.channel_id WHERE f.id = ?`,
  CHANNEL: `SELECT NULL AS ord, '' AS text, method FROM channels WHERE id = ?`,
};
const QUERY_OF: Record<string, string> = {
  COMPONENT_COPY_REQ: 'COMPONENT',
  COMPONENT_QTY: 'COMPONENT',
  CHANNEL_TIME: 'CHANNEL',
  SUBMIT_TRIP: 'CHANNEL',
  RESULT_TRIP: 'CHANNEL',
};

export function markTarget(db: Database, targetKind: string, targetId: number | null): MarkTarget {
  const sql = SQL[QUERY_OF[targetKind] ?? targetKind];
  const row =
    sql && targetId !== null ? (db.prepare(sql).get(targetId) as MarkTarget | undefined) : undefined;
  return row ?? { ord: null, text: '', method: null };
}
