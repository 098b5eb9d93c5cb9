/**
 * A unit's list and records as they stood on a past day, from what the database keeps:
 * - membership: a procedure is in the list on day D unless it was trashed on or before D, its validity
 *   (valid_from / valid_to) excludes D, its publication decision is dated after D, or an abolition took effect
 *   on or before D. (When the record was typed into the app is not when it was published, so it is not used.)
 * - the record: a version kept when a plan was implemented (procedure_versions) after D is the record as it
 *   was; head fields edited after D (name, lĩnh vực, agencies, conditions, the unit's fields…) take back the
 *   value the audit log says they had. Edits of steps, dossier components, channels and legal bases outside an
 *   implementation keep no old value, so they show as they are now.
 * - a review item's status: the last status change on or before D in the audit log.
 */
import type { Database } from 'better-sqlite3';
import type { ProcedureDetail } from '../../electron/shared/contract/inventory-shapes';
import type { ReviewStatus } from '../../electron/shared/domain';
import type { ReportChannel, ReportComponent, ReportProcedure } from './report-procedures';

/** Conditions on `up` (unit_procedures) and `p` (procedures): in the list on the day bound as ASOF_ARGS. */
export const IN_LIST_ON = `(up.deleted_at IS NULL OR substr(up.deleted_at, 1, 10) > ?)
  AND (up.valid_from IS NULL OR up.valid_from = '' OR up.valid_from <= ?)
  AND (up.valid_to IS NULL OR up.valid_to = '' OR up.valid_to > ?)
  AND NOT EXISTS (SELECT 1 FROM procedure_events e WHERE e.procedure_id = p.id
    AND (e.unit_id IS NULL OR e.unit_id = up.unit_id) AND (
      (e.kind = 'PUBLISHED' AND e.decision_date <> '' AND e.decision_date > ?)
      OR (e.kind = 'ABOLISHED' AND coalesce(nullif(e.decision_date, ''), substr(e.created_at, 1, 10)) <= ?)))`;

/** The arguments IN_LIST_ON binds, in order. */
export const asOfArgs = (asOf: string): string[] => [asOf, asOf, asOf, asOf, asOf];

export interface PastParts {
  channels: ReportChannel[];
  steps: { title: string; text: string }[];
  componentGroups: { heading: string; components: ReportComponent[] }[];
  legalBases: { code: string; name: string }[];
  results: string[];
}

export interface PastRecord {
  head: Partial<ReportProcedure>;
  /** Set when the record's parts changed after the day (an implemented plan). */
  parts: PastParts | null;
}

/** Audited head fields → the report's property and how the stored old value reads. */
const HEAD: Record<string, [keyof ReportProcedure, 'text' | 'int' | 'nullableText']> = {
  code: ['code', 'text'],
  name: ['name', 'text'],
  field: ['field', 'text'],
  kind: ['kind', 'text'],
  levels: ['levelsJson', 'text'],
  subjects: ['subjects', 'text'],
  executingAgencies: ['executingAgencies', 'text'],
  authorityAgencies: ['authorityAgencies', 'text'],
  coordinatingAgencies: ['coordinatingAgencies', 'text'],
  authorizedAgencies: ['authorizedAgencies', 'text'],
  receivingAddress: ['receivingAddress', 'text'],
  conditions: ['conditions', 'text'],
  onlineLevel: ['onlineLevel', 'nullableText'],
  legacyLevel: ['legacyLevel', 'int'],
  oneStop: ['oneStop', 'int'],
  hasInternalProcess: ['hasInternalProcess', 'int'],
  dossiersPerYear: ['dossiersPerYear', 'int'],
};

function oldValue(raw: string | null, as: 'text' | 'int' | 'nullableText'): unknown {
  if (as === 'text') return raw ?? '';
  if (as === 'nullableText') return raw;
  if (raw === null || raw === '') return null;
  const n = Number(raw === 'true' ? 1 : raw === 'false' ? 0 : raw);
  return Number.isFinite(n) ? n : null;
}

function partsOf(s: ProcedureDetail): PastParts {
  return {
    channels: s.channels.map((c) => ({
      method: c.method,
      timeValue: c.timeValue,
      timeUnit: c.timeUnit,
      timeText: c.timeText,
      description: c.description,
      fees: c.fees.map((f) => ({
        kind: f.kind,
        amount: f.amount,
        setBy: f.setBy,
        currency: f.currency,
        perUnit: f.perUnit,
        text: f.text,
      })),
    })),
    steps: s.steps.map((st) => ({ title: st.title, text: st.text })),
    componentGroups: s.componentGroups.map((g) => ({
      heading: g.heading,
      components: g.components.map((c) => ({
        name: c.name,
        originalQty: c.originalQty,
        copyQty: c.copyQty,
        copyRequirement: c.copyRequirement,
        formName: c.formName,
        isNote: c.isNote ? 1 : 0,
      })),
    })),
    legalBases: s.legalBases.map((l) => ({ code: l.code, name: l.name })),
    results: s.results.map((r) => r.name),
  };
}

/** A kept version (procedure_versions.snapshot_json) as the reports read a record. */
export function recordFromSnapshot(s: ProcedureDetail): PastRecord & { parts: PastParts } {
  return {
    head: {
      code: s.code,
      name: s.name,
      field: s.field,
      kind: s.kind,
      levelsJson: JSON.stringify(s.levels),
      subjects: s.subjects,
      executingAgencies: s.executingAgencies,
      authorityAgencies: s.authorityAgencies,
      coordinatingAgencies: s.coordinatingAgencies,
      authorizedAgencies: s.authorizedAgencies,
      receivingAddress: s.receivingAddress,
      conditions: s.conditions,
    },
    parts: partsOf(s),
  };
}

/**
 * The records of the unit's procedures that differed on `asOf` from now (none when nothing changed after it,
 * which is every report of today: two indexed lookups).
 */
export function pastRecords(db: Database, unitId: number, asOf: string): Map<number, PastRecord> {
  const past = new Map<number, PastRecord>();
  const versions = db
    .prepare(
      `SELECT v.procedure_id AS procedureId, v.snapshot_json AS snapshot, v.created_at AS createdAt
       FROM procedure_versions v JOIN unit_procedures up ON up.procedure_id = v.procedure_id AND up.unit_id = ?
       WHERE coalesce(nullif(v.decision_date, ''), substr(v.created_at, 1, 10)) > ?
       ORDER BY v.procedure_id, v.version`,
    )
    .all(unitId, asOf) as { procedureId: number; snapshot: string; createdAt: string }[];
  const snapshotAt = new Map<number, string>();
  for (const v of versions) {
    if (past.has(v.procedureId)) continue; // the earliest version after the day is the record of that day
    past.set(v.procedureId, recordFromSnapshot(JSON.parse(v.snapshot) as ProcedureDetail));
    snapshotAt.set(v.procedureId, v.createdAt);
  }
  const edits = db
    .prepare(
      `SELECT a.procedure_id AS procedureId, a.field, a.old_value AS old, a.at FROM audit_log a
       WHERE a.entity = 'procedure' AND a.field IS NOT NULL AND substr(a.at, 1, 10) > ?
         AND (a.unit_id IS NULL OR a.unit_id = ?) ORDER BY a.id DESC`,
    )
    .all(asOf, unitId) as { procedureId: number; field: string; old: string | null; at: string }[];
  for (const e of edits) {
    const target = HEAD[e.field];
    const taken = snapshotAt.get(e.procedureId);
    if (!target || (taken !== undefined && e.at >= taken)) continue; // the snapshot already has what preceded it
    const record = past.get(e.procedureId) ?? { head: {}, parts: null };
    (record.head as Record<string, unknown>)[target[0]] = oldValue(e.old, target[1]);
    past.set(e.procedureId, record);
  }
  return past;
}

/** A campaign item's status on `asOf` (null: not in the campaign yet), from its audited status changes. */
export function statusReaderOn(db: Database, asOf: string) {
  const changes = db.prepare(
    `SELECT old_value AS old, new_value AS new, substr(at, 1, 10) AS day FROM audit_log
     WHERE entity = 'campaign_item' AND entity_id = ? AND field = 'status' ORDER BY id`,
  );
  const created = db.prepare('SELECT substr(created_at, 1, 10) AS day FROM campaign_items WHERE id = ?');
  const statusOf = (v: string | null): ReviewStatus | null => {
    if (v === null) return null;
    if (v.startsWith('{')) return (JSON.parse(v) as { status?: ReviewStatus }).status ?? null;
    return v as ReviewStatus;
  };
  return (itemId: number, current: ReviewStatus): ReviewStatus | null => {
    const day = (created.get(itemId) as { day: string } | undefined)?.day;
    if (day !== undefined && day > asOf) return null;
    const rows = changes.all(itemId) as { old: string | null; new: string | null; day: string }[];
    const before = rows.filter((r) => r.day <= asOf).at(-1);
    if (before) return statusOf(before.new) ?? current;
    const after = rows.find((r) => r.day > asOf);
    return after ? (statusOf(after.old) ?? 'NOT_STARTED') : current;
  };
}
