/**
 * Read side of the reports: a unit's procedures in report order and their parts, through statements
 * prepared once so a 10k-procedure export reads each procedure with a handful of indexed lookups.
 */
import type { Database } from 'better-sqlite3';
import { IN_LIST_ON, asOfArgs } from './report-as-of';
import type {
  ChannelMethod,
  CopyRequirement,
  FeeKind,
  OnlineLevel,
  TimeUnit,
} from '../../electron/shared/domain';
import { CURRENT_ROW } from './validity';

export interface ReportUnit {
  id: number;
  code: string;
  name: string;
  level: string;
  parentName: string;
}

export function getReportUnit(db: Database, unitId: number): ReportUnit | undefined {
  return db
    .prepare(
      `SELECT u.id, u.code, u.name, u.level, coalesce(p.name, '') AS parentName
       FROM units u LEFT JOIN units p ON p.id = u.parent_id WHERE u.id = ?`,
    )
    .get(unitId) as ReportUnit | undefined;
}

export interface ReportProcedure {
  procedureId: number;
  code: string;
  name: string;
  field: string;
  kind: string;
  levelsJson: string;
  subjects: string;
  executingAgencies: string;
  authorityAgencies: string;
  coordinatingAgencies: string;
  authorizedAgencies: string;
  receivingAddress: string;
  conditions: string;
  onlineLevel: OnlineLevel | null;
  legacyLevel: number | null;
  oneStop: number;
  hasInternalProcess: number;
  dossiersPerYear: number | null;
}

export interface ProcedureFilter {
  fields?: readonly string[];
  codes?: readonly string[];
  /** The day the list is read as of (report-as-of.ts); absent: the live list. */
  asOf?: string;
  /** Every procedure of the unit, trashed or abolished ones too (the records a review refers to). */
  everyRecord?: boolean;
}

/** Adds a report's "only these lĩnh vực / codes" filter on the `p` (procedures) alias. */
export function addProcedureFilter(filter: ProcedureFilter, where: string[], args: unknown[]): void {
  if (filter.fields?.length) {
    where.push('p.field IN (SELECT value FROM json_each(?))');
    args.push(JSON.stringify(filter.fields));
  }
  if (filter.codes?.length) {
    where.push('p.code IN (SELECT value FROM json_each(?))');
    args.push(JSON.stringify(filter.codes));
  }
}

/** The unit's procedures (live, or in its list on `filter.asOf`), optionally limited to some lĩnh vực or codes. */
function selectProcedures<T>(db: Database, unitId: number, filter: ProcedureFilter, columns: string): T[] {
  const where = [
    'up.unit_id = ?',
    filter.everyRecord ? '1' : filter.asOf ? IN_LIST_ON : `up.deleted_at IS NULL AND ${CURRENT_ROW}`,
  ];
  const args: unknown[] = [unitId, ...(filter.asOf && !filter.everyRecord ? asOfArgs(filter.asOf) : [])];
  addProcedureFilter(filter, where, args);
  return db
    .prepare(
      `SELECT ${columns} FROM unit_procedures up JOIN procedures p ON p.id = up.procedure_id
       WHERE ${where.join(' AND ')} ORDER BY p.code`,
    )
    .all(...args) as T[];
}

/** The unit's live (not trashed) procedures, optionally limited to some lĩnh vực or codes. */
export function listReportProcedures(
  db: Database,
  unitId: number,
  filter: ProcedureFilter = {},
): ReportProcedure[] {
  return selectProcedures<ReportProcedure>(
    db,
    unitId,
    filter,
    `p.id AS procedureId, p.code, p.name, p.field, p.kind, p.levels_json AS levelsJson, p.subjects,
     p.executing_agencies AS executingAgencies, p.authority_agencies AS authorityAgencies,
     p.coordinating_agencies AS coordinatingAgencies, p.authorized_agencies AS authorizedAgencies,
     p.receiving_address AS receivingAddress, p.conditions, up.online_level AS onlineLevel,
     up.legacy_level AS legacyLevel, up.one_stop AS oneStop, up.has_internal_process AS hasInternalProcess,
     up.dossiers_per_year AS dossiersPerYear`,
  );
}

export type InventoryProcedure = Pick<
  ReportProcedure,
  'procedureId' | 'code' | 'name' | 'field' | 'executingAgencies' | 'receivingAddress'
>;

/**
 * The same procedures with only what the Danh mục prints: a national unit's list reads in half the time
 * without the other texts (subjects, conditions, agencies).
 */
export function listInventoryProcedures(
  db: Database,
  unitId: number,
  filter: ProcedureFilter = {},
): InventoryProcedure[] {
  return selectProcedures<InventoryProcedure>(
    db,
    unitId,
    filter,
    `p.id AS procedureId, p.code, p.name, p.field, p.executing_agencies AS executingAgencies,
     p.receiving_address AS receivingAddress`,
  );
}

export interface ReportFee {
  kind: FeeKind;
  amount: number | null;
  setBy: string | null;
  currency: string;
  perUnit: string;
  text: string;
}
export interface ReportChannel {
  method: ChannelMethod;
  timeValue: number | null;
  timeUnit: TimeUnit;
  timeText: string;
  description: string;
  fees: ReportFee[];
}
export interface ReportComponent {
  name: string;
  originalQty: number;
  copyQty: number;
  copyRequirement: CopyRequirement | null;
  formName: string;
  isNote: number;
}

/** A channel row as read, before its fees are attached. */
export type ReportChannelRow = Omit<ReportChannel, 'fees'> & { id: number };
/** A fee row as read: its channel, and the unit whose local rate it is (null = the national rate). */
export type ReportFeeRow = ReportFee & { channelId: number; feeUnit: number | null };

/**
 * Attaches each channel's fees (`fees` in channel then fee order). A channel with a local rate of the unit
 * shows only its local rates; otherwise the national ones.
 */
export function channelsWithFees(
  rows: readonly ReportChannelRow[],
  fees: readonly ReportFeeRow[],
): ReportChannel[] {
  // Plain object literals, not rest/spread copies: this runs for every channel of a 10k-procedure export.
  return rows.map((c) => {
    const mine = fees.filter((f) => f.channelId === c.id);
    const local = mine.some((f) => f.feeUnit !== null);
    return {
      method: c.method,
      timeValue: c.timeValue,
      timeUnit: c.timeUnit,
      timeText: c.timeText,
      description: c.description,
      fees: mine
        .filter((f) => !local || f.feeUnit !== null)
        .map((f) => ({
          kind: f.kind,
          amount: f.amount,
          setBy: f.setBy,
          currency: f.currency,
          perUnit: f.perUnit,
          text: f.text,
        })),
    };
  });
}

/** Prepared lookups of one procedure's parts, as the given unit sees them (its local fee rates win). */
export function procedurePartsReader(db: Database, unitId: number) {
  const channels = db.prepare(
    `SELECT id, method, time_value AS timeValue, time_unit AS timeUnit, time_text AS timeText, description
     FROM channels WHERE procedure_id = ? ORDER BY ord`,
  );
  const fees = db.prepare(
    `SELECT f.channel_id AS channelId, f.kind, f.amount, f.set_by AS setBy, f.currency, f.per_unit AS perUnit,
            f.text, f.unit_id AS feeUnit
     FROM fees f JOIN channels c ON c.id = f.channel_id
     WHERE c.procedure_id = ? AND (f.unit_id IS NULL OR f.unit_id = ?) ORDER BY c.ord, f.ord`,
  );
  const legal = db.prepare('SELECT code, name FROM legal_bases WHERE procedure_id = ? ORDER BY ord');
  const steps = db.prepare('SELECT title, text FROM steps WHERE procedure_id = ? ORDER BY ord');
  const groups = db.prepare('SELECT id, heading FROM component_groups WHERE procedure_id = ? ORDER BY ord');
  const components = db.prepare(
    `SELECT c.group_id AS groupId, c.name, c.original_qty AS originalQty, c.copy_qty AS copyQty,
            c.copy_requirement AS copyRequirement, c.form_name AS formName, c.is_note AS isNote
     FROM components c JOIN component_groups g ON g.id = c.group_id WHERE g.procedure_id = ? ORDER BY g.ord, c.ord`,
  );
  const results = db.prepare('SELECT name FROM procedure_results WHERE procedure_id = ? ORDER BY ord');
  return {
    channels: (procedureId: number): ReportChannel[] =>
      channelsWithFees(
        channels.all(procedureId) as ReportChannelRow[],
        fees.all(procedureId, unitId) as ReportFeeRow[],
      ),
    legalBases: (procedureId: number) => legal.all(procedureId) as { code: string; name: string }[],
    steps: (procedureId: number) => steps.all(procedureId) as { title: string; text: string }[],
    componentGroups(procedureId: number): { heading: string; components: ReportComponent[] }[] {
      const gs = groups.all(procedureId) as { id: number; heading: string }[];
      const cs = components.all(procedureId) as (ReportComponent & { groupId: number })[];
      return gs.map((g) => ({
        heading: g.heading,
        components: cs.filter((c) => c.groupId === g.id).map(({ groupId: _g, ...c }) => c),
      }));
    },
    results: (procedureId: number) => (results.all(procedureId) as { name: string }[]).map((r) => r.name),
  };
}
export type ProcedurePartsReader = ReturnType<typeof procedurePartsReader>;
