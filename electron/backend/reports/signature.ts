/**
 * The signature block a unit prints under its reports (Nghị định 30/2020/NĐ-CP): stored per unit in the
 * settings table, so no schema change; each change is audited like the unit's other master data.
 */
import type { Database } from 'better-sqlite3';
import { appendAudit } from '../../../db/queries/audit';
import { getSetting, setSetting } from '../../../db/queries/settings';
import { DEFAULT_SIGNATURE, ReportSignature } from '../../shared/contract/reports';
import type { BackendContext } from '../context';

const keyOf = (unitId: number) => `reports.signature.unit.${unitId}`;

export function getSignature(db: Database, unitId: number): ReportSignature {
  const stored = ReportSignature.safeParse(getSetting<unknown>(db, keyOf(unitId), null));
  return stored.success ? stored.data : DEFAULT_SIGNATURE;
}

export function setSignature(
  ctx: BackendContext,
  unitId: number,
  signature: ReportSignature,
): ReportSignature {
  const db = ctx.db;
  const old = getSignature(db, unitId);
  const next: ReportSignature = {
    ...signature,
    signerLines: signature.signerLines.filter(Boolean).length
      ? signature.signerLines.filter(Boolean)
      : DEFAULT_SIGNATURE.signerLines,
    preparerTitle: signature.preparerTitle || DEFAULT_SIGNATURE.preparerTitle,
  };
  db.transaction(() => {
    setSetting(db, keyOf(unitId), next);
    appendAudit(db, {
      actor: ctx.actor(),
      action: 'update',
      entity: 'unit',
      entityId: unitId,
      unitId,
      field: 'reportSignature',
      oldValue: old,
      newValue: next,
    });
  }).immediate();
  return next;
}
