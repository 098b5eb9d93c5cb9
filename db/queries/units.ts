import type { Database } from 'better-sqlite3';
import type { UnitLevel } from '../../electron/shared/domain';
import { CURRENT_ROW } from './validity';

export interface UnitRow {
  id: number;
  code: string;
  name: string;
  level: UnitLevel;
  parentId: number | null;
  validFrom: string | null;
  validTo: string | null;
  replacedBy: string[];
  isDemo: boolean;
  procedureCount: number;
}

interface RawUnit extends Omit<UnitRow, 'replacedBy' | 'isDemo'> {
  replacedByJson: string;
  isDemo: number;
}

export function listUnits(db: Database): UnitRow[] {
  const rows = db
    .prepare(
      `SELECT u.id, u.code, u.name, u.level, u.parent_id AS parentId, u.valid_from AS validFrom,
              u.valid_to AS validTo, u.replaced_by_json AS replacedByJson, u.is_demo AS isDemo,
              (SELECT count(*) FROM unit_procedures up WHERE up.unit_id = u.id AND up.deleted_at IS NULL
                 AND ${CURRENT_ROW})
                AS procedureCount
       FROM units u ORDER BY u.id`,
    )
    .all() as RawUnit[];
  return rows.map(({ replacedByJson, isDemo, ...u }) => ({
    ...u,
    replacedBy: JSON.parse(replacedByJson) as string[],
    isDemo: isDemo === 1,
  }));
}

export function findUnitByCode(db: Database, code: string): UnitRow | undefined {
  return listUnits(db).find((u) => u.code === code);
}

export function insertUnit(
  db: Database,
  u: { code: string; name: string; level: UnitLevel; parentId?: number | null; isDemo?: boolean },
  now = new Date().toISOString(),
): number {
  const info = db
    .prepare(
      `INSERT INTO units (code, name, level, parent_id, is_demo, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(u.code, u.name, u.level, u.parentId ?? null, u.isDemo ? 1 : 0, now, now);
  return Number(info.lastInsertRowid);
}

/** A readable, unique unit code from its name ("Xã Tân Phú" → "XA-TAN-PHU"), used when the user gives none. */
export function unitCodeFromName(db: Database, name: string): string {
  const base =
    name
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .replace(/[đĐ]/g, 'D')
      .toUpperCase()
      .replace(/[^A-Z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 40) || 'DON-VI';
  let code = base;
  for (let i = 2; db.prepare('SELECT 1 FROM units WHERE code = ?').get(code); i++) code = `${base}-${i}`;
  return code;
}

export interface UnitValues {
  code?: string | undefined;
  name: string;
  level: UnitLevel;
  parentId: number | null;
  validFrom: string | null;
  validTo: string | null;
  replacedBy: string[];
}

/** Updates a unit's master data (code kept when not given). */
export function updateUnit(db: Database, id: number, u: UnitValues, now = new Date().toISOString()): void {
  db.prepare(
    `UPDATE units SET code = coalesce(?, code), name = ?, level = ?, parent_id = ?, valid_from = ?, valid_to = ?,
       replaced_by_json = ?, updated_at = ? WHERE id = ?`,
  ).run(
    u.code || null,
    u.name,
    u.level,
    u.parentId,
    u.validFrom,
    u.validTo,
    JSON.stringify(u.replacedBy),
    now,
    id,
  );
}

/** Sets the dates and successors of a unit just inserted with insertUnit. */
export function setUnitValidity(
  db: Database,
  id: number,
  u: Pick<UnitValues, 'validFrom' | 'validTo' | 'replacedBy'>,
): void {
  db.prepare('UPDATE units SET valid_from = ?, valid_to = ?, replaced_by_json = ? WHERE id = ?').run(
    u.validFrom,
    u.validTo,
    JSON.stringify(u.replacedBy),
    id,
  );
}
