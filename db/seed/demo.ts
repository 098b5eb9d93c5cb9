import type { Database } from 'better-sqlite3';
import { InventoryEntry } from '../../electron/shared/domain';
import { appendAudit } from '../queries/audit';
import { attachToUnit, insertProcedure } from '../queries/procedure-write';
import { setSetting } from '../queries/settings';
import { insertUnit } from '../queries/units';
import { seedDemoDecision } from './demo-decision';
import { seedSecondCommune } from './demo-second';
import { seedDemoReview } from './demo-review';
import demoInventory from './demo-inventory.json';

export const DEMO_UNIT = { code: 'DEMO-XA', name: 'UBND xã Minh họa (dữ liệu mẫu)', level: 'XA' as const };

/** Seed hooks later features add to the demo (e.g. the review campaign with the worked example). */
type DemoExtension = (db: Database, unitId: number) => void;
const extensions: DemoExtension[] = [];
export function registerDemoExtension(fn: DemoExtension): void {
  extensions.push(fn);
}

/**
 * Fills an empty database with the demo commune and its real procedures (public data of the national
 * public-service portal, see db/seed/README.md), in one transaction. Marked as demo so the UI says so.
 */
export function seedDemo(db: Database): number {
  const entries = InventoryEntry.array().parse(demoInventory);
  let unitId = 0;
  db.transaction(() => {
    unitId = insertUnit(db, { ...DEMO_UNIT, isDemo: true });
    for (const { unitFields, ...record } of entries) {
      const procedureId = insertProcedure(db, record);
      attachToUnit(db, unitId, procedureId, unitFields);
    }
    setSetting(db, 'demo', { seededAt: new Date().toISOString(), procedures: entries.length });
    for (const extend of extensions) extend(db, unitId);
    seedDemoReview(db, unitId);
    seedSecondCommune(db, unitId);
    seedDemoDecision(db, unitId);
    appendAudit(db, { actor: 'TinhGọn', action: 'seed-demo', entity: 'unit', entityId: unitId, unitId });
  })();
  return unitId;
}
