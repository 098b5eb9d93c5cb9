/** Dated default hours of the derived cost activities (per unit) and the figures an approval froze (0002). */
import type { Database } from 'better-sqlite3';
import { BUILT_IN_DEFAULTS, type CostDefaults } from '../../electron/shared/cost/cost-defaults';

const COLS = {
  infoHoursMilli: 'info_hours_milli',
  formHoursMilli: 'form_hours_milli',
  originalHoursMilli: 'original_hours_milli',
  copyHoursMilli: 'copy_hours_milli',
  copyCost: 'copy_cost',
  certifiedHoursMilli: 'certified_hours_milli',
  certifiedFee: 'certified_fee',
  agencyHoursMilli: 'agency_hours_milli',
  agencyCost: 'agency_cost',
  tripHoursMilli: 'trip_hours_milli',
  tripCost: 'trip_cost',
  postHoursMilli: 'post_hours_milli',
  postCost: 'post_cost',
  onlineSubmitHoursMilli: 'online_submit_hours_milli',
  onlineResultHoursMilli: 'online_result_hours_milli',
} as const;
type Key = keyof typeof COLS;
const KEYS = Object.keys(COLS) as Key[];

const SELECT = `SELECT valid_from AS validFrom, note, ${KEYS.map((k) => `${COLS[k]} AS ${k}`).join(', ')} FROM cost_defaults`;

export interface CostDefaultsRow extends CostDefaults {
  validFrom: string;
}

export function listCostDefaults(db: Database, unitId: number): CostDefaultsRow[] {
  return db.prepare(`${SELECT} WHERE unit_id = ? ORDER BY valid_from DESC`).all(unitId) as CostDefaultsRow[];
}

/** The unit's defaults in force on a date (latest valid_from on or before it), else the built-in ones. */
export function costDefaultsOn(db: Database, unitId: number, date: string): CostDefaults {
  const row = db
    .prepare(`${SELECT} WHERE unit_id = ? AND valid_from <= ? ORDER BY valid_from DESC LIMIT 1`)
    .get(unitId, date) as CostDefaults | undefined;
  return row ?? { ...BUILT_IN_DEFAULTS };
}

export function upsertCostDefaults(db: Database, unitId: number, d: CostDefaultsRow): void {
  db.prepare(
    `INSERT INTO cost_defaults (unit_id, valid_from, note, ${KEYS.map((k) => COLS[k]).join(', ')})
     VALUES (@unitId, @validFrom, @note, ${KEYS.map((k) => '@' + k).join(', ')})
     ON CONFLICT (unit_id, valid_from) DO UPDATE SET note = excluded.note,
       ${KEYS.map((k) => `${COLS[k]} = excluded.${COLS[k]}`).join(', ')}`,
  ).run({ ...d, unitId });
}

export interface FrozenRow {
  itemId: number;
  frozenAt: string;
  frozenBy: string;
  paramsJson: string;
  figuresJson: string;
}

export function getFrozen(db: Database, itemId: number): FrozenRow | undefined {
  return db
    .prepare(
      `SELECT item_id AS itemId, frozen_at AS frozenAt, frozen_by AS frozenBy, params_json AS paramsJson,
         figures_json AS figuresJson FROM frozen_costs WHERE item_id = ?`,
    )
    .get(itemId) as FrozenRow | undefined;
}

export function putFrozen(db: Database, f: FrozenRow): void {
  db.prepare(
    `INSERT INTO frozen_costs (item_id, frozen_at, frozen_by, params_json, figures_json) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (item_id) DO UPDATE SET frozen_at = excluded.frozen_at, frozen_by = excluded.frozen_by,
       params_json = excluded.params_json, figures_json = excluded.figures_json`,
  ).run(f.itemId, f.frozenAt, f.frozenBy, f.paramsJson, f.figuresJson);
}
