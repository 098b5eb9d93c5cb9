/**
 * Province → unit: the province's plan becomes a campaign of the unit (one transaction). Procedures the unit's
 * inventory lacks are added from the province's catalog records; procedures it has are left as they are (the
 * unit owns its inventory). Receiving the same plan again updates its title, deadlines and procedure list;
 * review work already done is never removed. An older version than the one received before is refused.
 */
import type { Database } from 'better-sqlite3';
import { appendAudit } from '../../../db/queries/audit';
import { attachToUnit, insertProcedure } from '../../../db/queries/procedure-write';
import { getCampaign, insertCampaign, insertItems } from '../../../db/queries/review-campaigns';
import { listUnits } from '../../../db/queries/units';
import { DEFAULT_UNIT_FIELDS } from '../../shared/dvcqg/record-parser';
import type { PlanContent } from '../../shared/submission/package-format';
import { ApiFailure } from '../api-failure';
import { campaignOfPlan, linkOf, updateProvinceState, type PlanLink } from './links';

export interface ReceivedPlan {
  campaignId: number;
  created: boolean;
  title: string;
  items: number;
  addedProcedures: number;
}

export function receivePlan(
  db: Database,
  content: PlanContent,
  source: PlanLink['source'],
  actor: string,
  now = new Date().toISOString(),
): ReceivedPlan {
  const units = listUnits(db);
  const unit = units.find((u) => u.code === content.unitCode);
  if (!unit)
    throw new ApiFailure('SUBMISSION_UNIT_MISMATCH', {
      planUnit: content.unitCode,
      unit: units.map((u) => u.code).join(', ') || '—',
    });
  const { plan } = content;
  const existing = campaignOfPlan(db, plan.key);
  const link = existing === undefined ? undefined : linkOf(db, existing);
  if (link && link.planVersion > plan.version)
    throw new ApiFailure('SUBMISSION_OLDER_PLAN', {
      title: plan.title,
      have: link.planVersion,
      version: plan.version,
    });

  let added = 0;
  let campaignId = existing !== undefined && getCampaign(db, existing) ? existing : undefined;
  const created = campaignId === undefined;
  db.transaction(() => {
    const findProcedure = db.prepare('SELECT id FROM procedures WHERE code = ?');
    const attached = db.prepare('SELECT 1 FROM unit_procedures WHERE unit_id = ? AND procedure_id = ?');
    const idOf = new Map<string, number>();
    const records = new Map(content.catalog.map((r) => [r.code, r]));
    for (const item of content.items) {
      let id = (findProcedure.get(item.code) as { id: number } | undefined)?.id;
      const record = records.get(item.code);
      if (id === undefined) {
        if (!record) continue; // the province sends a record for every code it assigns (checked on publish)
        const { unitFields: _u, ...r } = record;
        id = insertProcedure(db, r, now);
      }
      if (!attached.get(unit.id, id)) {
        attachToUnit(db, unit.id, id, record?.unitFields ?? DEFAULT_UNIT_FIELDS, now);
        added++;
      }
      idOf.set(item.code, id);
    }
    if (campaignId === undefined)
      campaignId = insertCampaign(
        db,
        { unitId: unit.id, year: plan.year, title: plan.title, deadline: plan.deadline },
        now,
      );
    else
      db.prepare('UPDATE campaigns SET year = ?, title = ?, deadline = ?, updated_at = ? WHERE id = ?').run(
        plan.year,
        plan.title,
        plan.deadline,
        now,
        campaignId,
      );
    const setDeadline = db.prepare(
      'UPDATE campaign_items SET deadline = ?, updated_at = ? WHERE campaign_id = ? AND procedure_id = ?',
    );
    for (const item of content.items) {
      const id = idOf.get(item.code);
      if (id === undefined) continue;
      insertItems(db, campaignId, [id], { reviewer: '', deadline: item.deadline }, now);
      setDeadline.run(item.deadline, now, campaignId, id);
    }
    const id = campaignId;
    updateProvinceState(db, (s) => {
      s.links[String(id)] = {
        planKey: plan.key,
        planVersion: plan.version,
        title: plan.title,
        receivedAt: now,
        source,
      };
    });
    appendAudit(db, {
      actor,
      action: 'receive-plan',
      entity: 'campaign',
      entityId: id,
      unitId: unit.id,
      newValue: { planKey: plan.key, version: plan.version, items: content.items.length, source },
    });
  })();
  return {
    campaignId: campaignId!,
    created,
    title: plan.title,
    items: content.items.length,
    addedProcedures: added,
  };
}
