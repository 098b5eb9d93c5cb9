/**
 * Units replaced by another (an old commune merged into a new one) are read-only: they keep their inventory,
 * reviews and history for reports of earlier dates, and refuse changes. The dispatcher asks before every
 * mutating call that names a unit, a campaign, a review item or a decision.
 */
import type { Database } from 'better-sqlite3';
import { registerErrorMessages } from '../../shared/errors';
import { formatDateVi } from '../../shared/text/format';
import { ApiFailure } from '../api-failure';
import type { BackendContext } from '../context';

registerErrorMessages({
  UNIT_READ_ONLY: {
    vi: '{name} đã được sáp nhập vào {by} từ ngày {date}: dữ liệu cũ chỉ để xem, không sửa được. Hãy làm việc trên {by}.',
    en: '{name} was merged into {by} on {date}: its data is read-only. Work on {by} instead.',
  },
});

interface UnitHead {
  name: string;
  validTo: string | null;
  replacedBy: string;
}

function supersededBy(db: Database, unitId: number): (UnitHead & { by: string[] }) | null {
  const u = db
    .prepare('SELECT name, valid_to AS validTo, replaced_by_json AS replacedBy FROM units WHERE id = ?')
    .get(unitId) as UnitHead | undefined;
  if (!u?.validTo) return null;
  const by = JSON.parse(u.replacedBy) as string[];
  return by.length ? { ...u, by } : null;
}

export function requireWritableUnit(ctx: BackendContext, unitId: number): void {
  const u = supersededBy(ctx.db, unitId);
  if (!u) return;
  const names = u.by.map(
    (code) =>
      (ctx.db.prepare('SELECT name FROM units WHERE code = ?').get(code) as { name: string } | undefined)
        ?.name ?? code,
  );
  const next = new Date(`${u.validTo!}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  throw new ApiFailure('UNIT_READ_ONLY', {
    name: u.name,
    by: names.join(', '),
    date: formatDateVi(next.toISOString().slice(0, 10)),
  });
}

/** Methods that change only the unit's own master data or harmless UI state stay allowed. */
const ALLOWED = new Set(['units.update', 'views.save', 'views.delete', 'views.setDefault']);

/** The unit a mutating call works on, from its input (unitId, campaignId, itemId or decisionId). */
export function guardReadOnly(ctx: BackendContext, method: string, input: unknown): void {
  if (ALLOWED.has(method) || typeof input !== 'object' || input === null) return;
  const i = input as Record<string, unknown>;
  const db = ctx.db;
  const one = (sql: string, id: unknown) =>
    typeof id === 'number' ? (db.prepare(sql).pluck().get(id) as number | undefined) : undefined;
  const unitId =
    (typeof i.unitId === 'number' ? i.unitId : undefined) ??
    one('SELECT unit_id FROM campaigns WHERE id = ?', i.campaignId) ??
    one(
      'SELECT c.unit_id FROM campaign_items ci JOIN campaigns c ON c.id = ci.campaign_id WHERE ci.id = ?',
      i.itemId,
    ) ??
    one('SELECT unit_id FROM decisions WHERE id = ?', i.decisionId);
  if (unitId !== undefined) requireWritableUnit(ctx, unitId);
}
