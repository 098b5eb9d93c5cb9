/**
 * Review data for the reports, read straight from the tables of 0001_init.sql (campaigns, campaign_items,
 * review_answers, review_marks, cost_activities, cost_params), so reports do not depend on the review
 * feature's services. Read-only.
 */
import type { Database } from 'better-sqlite3';
import type { ReviewStatus } from '../../electron/shared/domain';
import { addProcedureFilter, type ProcedureFilter } from './report-procedures';
import { activityReader } from './review-cost';
import type { MarkRecord } from './review-marks';

export interface ReportCampaign {
  id: number;
  unitId: number;
  year: number;
  title: string;
  deadline: string | null;
  status: string;
}

const CAMPAIGN_SELECT = 'SELECT id, unit_id AS unitId, year, title, deadline, status FROM campaigns';

export function getCampaign(db: Database, campaignId: number): ReportCampaign | undefined {
  return db.prepare(`${CAMPAIGN_SELECT} WHERE id = ?`).get(campaignId) as ReportCampaign | undefined;
}

/** The unit's most recent campaign (highest year, then newest). */
export function latestCampaign(db: Database, unitId: number): ReportCampaign | undefined {
  return db
    .prepare(`${CAMPAIGN_SELECT} WHERE unit_id = ? ORDER BY year DESC, id DESC LIMIT 1`)
    .get(unitId) as ReportCampaign | undefined;
}

export interface ReportItem {
  itemId: number;
  procedureId: number;
  code: string;
  name: string;
  field: string;
  status: ReviewStatus;
  reviewer: string;
  population: number | null;
  frequency: number;
  daysAfter: number | null;
  dossiersPerYear: number | null;
  approvedBy: string | null;
  approvedAt: string | null;
  implementedDecisionNo: string | null;
  implementedDecisionDate: string | null;
}

export function listCampaignItems(
  db: Database,
  campaignId: number,
  filter: ProcedureFilter = {},
): ReportItem[] {
  const where = ['ci.campaign_id = ?'];
  const args: unknown[] = [campaignId];
  addProcedureFilter(filter, where, args);
  return db
    .prepare(
      `SELECT ci.id AS itemId, ci.procedure_id AS procedureId, p.code, p.name, p.field, ci.status, ci.reviewer,
              ci.population, ci.frequency, ci.days_after AS daysAfter, up.dossiers_per_year AS dossiersPerYear,
              ci.approved_by AS approvedBy, ci.approved_at AS approvedAt,
              ci.implemented_decision_no AS implementedDecisionNo,
              ci.implemented_decision_date AS implementedDecisionDate
       FROM campaign_items ci
       JOIN campaigns cp ON cp.id = ci.campaign_id
       JOIN procedures p ON p.id = ci.procedure_id
       LEFT JOIN unit_procedures up ON up.procedure_id = ci.procedure_id AND up.unit_id = cp.unit_id
       WHERE ${where.join(' AND ')} ORDER BY p.code`,
    )
    .all(...args) as ReportItem[];
}

export interface ReportAnswer {
  questionKey: string;
  answerBool: number | null;
  answerText: string;
}

/** A mark as the review stores it (db/queries/review-marks.ts), plus what it is about, in words. */
export interface ReportMark extends Omit<MarkRecord, 'itemId' | 'updatedAt'> {
  /** Step title, component name…; '' when the target is the procedure. */
  targetLabel: string;
}

/** Prepared lookups of one campaign item's answers, marks and cost activities (as the review stores them). */
export function itemReader(db: Database) {
  const answers = db.prepare(
    `SELECT question_key AS questionKey, answer_bool AS answerBool, answer_text AS answerText
     FROM review_answers WHERE item_id = ? ORDER BY question_key`,
  );
  const marks = db.prepare(
    `SELECT m.id, m.target_kind AS targetKind, m.target_id AS targetId, m.action, m.proposed_value AS proposedValue,
            m.merge_into_id AS mergeIntoId, m.reason, m.legal_article AS legalArticle, m.legal_clause AS legalClause,
            m.legal_document AS legalDocument, m.legal_authority AS legalAuthority,
            coalesce(CASE
              WHEN m.target_kind = 'STEP' THEN (SELECT CASE WHEN s.title <> '' THEN s.title ELSE substr(s.text, 1, 200) END FROM steps s WHERE s.id = m.target_id)
              WHEN m.target_kind IN ('COMPONENT', 'COMPONENT_COPY_REQ', 'COMPONENT_QTY') THEN (SELECT c.name FROM components c WHERE c.id = m.target_id)
              WHEN m.target_kind = 'FEE' THEN (SELECT f.text FROM fees f WHERE f.id = m.target_id)
              ELSE '' END, '') AS targetLabel
     FROM review_marks m WHERE m.item_id = ? ORDER BY m.id`,
  );
  return {
    answers: (itemId: number) => answers.all(itemId) as ReportAnswer[],
    marks: (itemId: number) => marks.all(itemId) as ReportMark[],
    activities: activityReader(db),
  };
}
