import type { Database } from 'better-sqlite3';
import type { CostScenario } from '../../electron/shared/domain';

export interface ActivityRecord {
  id: number;
  itemId: number;
  scenario: CostScenario;
  ord: number;
  name: string;
  hoursMilli: number;
  serviceCost: number;
  otherCost: number;
  fee: number;
  linkedKind: 'STEP' | 'COMPONENT' | null;
  linkedId: number | null;
  isOverride: boolean;
  /** Set when the row overrides a derived activity (its key, e.g. "COMPONENT:12"); null for hand-entered rows. */
  derivedKey: string | null;
}
export type ActivityFields = Omit<ActivityRecord, 'id' | 'derivedKey'> & { derivedKey?: string | null };

/** Prepared once: the reports read the activities of every item of a campaign. */
export function activityReader(db: Database): (itemId: number) => ActivityRecord[] {
  const st = db.prepare(
    `SELECT id, item_id AS itemId, scenario, ord, name, hours_milli AS hoursMilli, service_cost AS serviceCost,
       other_cost AS otherCost, fee, linked_kind AS linkedKind, linked_id AS linkedId, is_override AS o,
       derived_key AS derivedKey
     FROM cost_activities WHERE item_id = ? ORDER BY scenario DESC, ord`,
  );
  return (itemId) =>
    (st.all(itemId) as (Omit<ActivityRecord, 'isOverride'> & { o: number })[]).map(({ o, ...a }) => ({
      ...a,
      isOverride: o === 1,
    }));
}

export function listActivities(db: Database, itemId: number): ActivityRecord[] {
  return activityReader(db)(itemId);
}

/** The activity's columns from `scenario` to `is_override`, in the order both statements below list them. */
function activityValues(a: ActivityFields) {
  return [
    a.scenario,
    a.ord,
    a.name,
    a.hoursMilli,
    a.serviceCost,
    a.otherCost,
    a.fee,
    a.linkedKind,
    a.linkedId,
    a.isOverride ? 1 : 0,
    a.derivedKey ?? null,
  ] as const;
}

export function insertActivity(db: Database, a: ActivityFields, now = new Date().toISOString()): number {
  return Number(
    db
      .prepare(
        `INSERT INTO cost_activities (item_id, scenario, ord, name, hours_milli, service_cost, other_cost, fee,
           linked_kind, linked_id, is_override, derived_key, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(a.itemId, ...activityValues(a), now, now).lastInsertRowid,
  );
}

export function updateActivity(
  db: Database,
  id: number,
  a: ActivityFields,
  now = new Date().toISOString(),
): void {
  db.prepare(
    `UPDATE cost_activities SET scenario = ?, ord = ?, name = ?, hours_milli = ?, service_cost = ?, other_cost = ?, fee = ?,
       linked_kind = ?, linked_id = ?, is_override = ?, derived_key = ?, updated_at = ? WHERE id = ? AND item_id = ?`,
  ).run(...activityValues(a), now, id, a.itemId);
}

export function deleteActivity(db: Database, itemId: number, id: number): boolean {
  return db.prepare('DELETE FROM cost_activities WHERE id = ? AND item_id = ?').run(id, itemId).changes > 0;
}

export interface CostParamRecord {
  id: number;
  validFrom: string;
  monthlyIncome: number | null;
  workingDays: number;
  hoursPerDay: number;
  hourlyIncome: number;
  note: string;
}

const PARAM = `SELECT id, valid_from AS validFrom, monthly_income AS monthlyIncome, working_days AS workingDays,
  hours_per_day AS hoursPerDay, hourly_income AS hourlyIncome, note FROM cost_params`;

export function listCostParams(db: Database): CostParamRecord[] {
  return db.prepare(`${PARAM} ORDER BY valid_from DESC`).all() as CostParamRecord[];
}

/** The parameter in force on a date (the latest one starting on or before it), else the earliest one. */
export function costParamOn(db: Database, date: string): CostParamRecord | undefined {
  return (db.prepare(`${PARAM} WHERE valid_from <= ? ORDER BY valid_from DESC LIMIT 1`).get(date) ??
    db.prepare(`${PARAM} ORDER BY valid_from LIMIT 1`).get()) as CostParamRecord | undefined;
}

export function upsertCostParam(db: Database, p: Omit<CostParamRecord, 'id'>): number {
  db.prepare(
    `INSERT INTO cost_params (valid_from, monthly_income, working_days, hours_per_day, hourly_income, note)
     VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (valid_from) DO UPDATE SET monthly_income = excluded.monthly_income,
       working_days = excluded.working_days, hours_per_day = excluded.hours_per_day,
       hourly_income = excluded.hourly_income, note = excluded.note`,
  ).run(p.validFrom, p.monthlyIncome, p.workingDays, p.hoursPerDay, p.hourlyIncome, p.note);
  return (db.prepare('SELECT id FROM cost_params WHERE valid_from = ?').get(p.validFrom) as { id: number })
    .id;
}
