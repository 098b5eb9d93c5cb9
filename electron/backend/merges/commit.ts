/**
 * Commits a merge of old units into a new one, in ONE undoable step (history kind 'merge', every row written is
 * tracked) after an automatic backup: the new unit with the union inventory and combined values, the chosen
 * local fees, internal processes and cost defaults, open reviews carried into a campaign of the new unit (with
 * marks, answers, cost rows and the figures an approval froze), and the old units ended the day before
 * (valid_to, replaced_by) — read-only from then on, their history kept.
 */
import { basename } from 'node:path';
import { appendAudit } from '../../../db/queries/audit';
import { attachToUnit } from '../../../db/queries/procedure-write';
import { insertUnit, listUnits } from '../../../db/queries/units';
import type { MergeConflict, MergeRequest } from '../../shared/contract/merges';
import { ApiFailure } from '../api-failure';
import { backupDatabase } from '../backup';
import type { BackendContext } from '../context';
import { track, type Tracker } from '../inventory/history';
import {
  checkRequest,
  conflictsOf,
  readMergeData,
  UNIT_VALUE_RULES,
  type MergeData,
  type OpenItem,
} from './plan';
import { copyProcess, copyRows } from './copy-rows';
import { checkStepMarks, costDefaultsSource, processSource } from './unit-process';

function dayBefore(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

function checkResolutions(conflicts: MergeConflict[], resolutions: Record<string, string>): void {
  const known = new Map(conflicts.map((c) => [c.key, c]));
  for (const [key, unit] of Object.entries(resolutions)) {
    const c = known.get(key);
    if (!c)
      throw new ApiFailure('MERGE_BAD_RESOLUTION', {
        key,
        reason: 'không phải xung đột của lần sáp nhập này',
      });
    if (!c.options.some((o) => o.unitCode === unit))
      throw new ApiFailure('MERGE_BAD_RESOLUTION', { key, reason: `đơn vị ${unit} không có giá trị này` });
  }
  const open = conflicts.filter((c) => !(c.key in resolutions));
  const reviews = open.filter((c) => c.field === 'review');
  if (reviews.length)
    throw new ApiFailure('MERGE_DROPS_REVIEWS', {
      count: reviews.length,
      list: reviews
        .slice(0, 3)
        .map((c) => c.code)
        .join(', '),
    });
  if (open.length)
    throw new ApiFailure('MERGE_UNRESOLVED', {
      count: open.length,
      list: open
        .slice(0, 3)
        .map((c) => c.key)
        .join(', '),
    });
}

/** The open review each procedure carries: the only one, or the one chosen. */
function carriedItems(data: MergeData, pick: (conflictKey: string, fallback: string) => string) {
  const unitCode = new Map(data.sources.map((u) => [u.id, u.code]));
  const byProcedure = new Map<number, OpenItem[]>();
  for (const it of data.items)
    byProcedure.set(it.procedureId, [...(byProcedure.get(it.procedureId) ?? []), it]);
  return [...byProcedure].map(([pid, items]) => {
    const code = data.held.find((h) => h.procedureId === pid)?.code ?? String(pid);
    const chosenUnit = pick(`${code}:review`, unitCode.get(items[0]!.unitId)!);
    return { code, item: items.find((i) => unitCode.get(i.unitId) === chosenUnit)! };
  });
}

function carryReviews(
  ctx: BackendContext,
  t: Tracker,
  carried: ReturnType<typeof carriedItems>,
  newUnitId: number,
  stepIds: Map<number, number>,
): number {
  const db = ctx.db;
  const campaignFor = new Map<number, number>();
  const now = new Date().toISOString();
  for (const { item } of carried) {
    const src = db
      .prepare('SELECT year, title, deadline FROM campaigns WHERE id = ?')
      .get(item.campaignId) as {
      year: number;
      title: string;
      deadline: string | null;
    };
    let campaignId = campaignFor.get(src.year);
    if (campaignId === undefined) {
      campaignId = Number(
        db
          .prepare(
            "INSERT INTO campaigns (unit_id, year, title, deadline, status, created_at, updated_at) VALUES (?, ?, ?, ?, 'OPEN', ?, ?)",
          )
          .run(newUnitId, src.year, src.title, src.deadline, now, now).lastInsertRowid,
      );
      t.inserted('campaigns', campaignId);
      campaignFor.set(src.year, campaignId);
    }
    const newItem = copyRows(ctx, t, 'campaign_items', 'id = ?', [item.id], { campaign_id: campaignId }).get(
      item.id,
    )!;
    for (const table of ['review_answers', 'cost_activities', 'frozen_costs'] as const)
      copyRows(ctx, t, table, 'item_id = ?', [item.id], { item_id: newItem });
    // Marks on internal steps follow the steps into the new unit's copy of the process.
    const marks = copyRows(ctx, t, 'review_marks', 'item_id = ?', [item.id], { item_id: newItem });
    const remap = db.prepare(
      "UPDATE review_marks SET target_id = coalesce(?, target_id), merge_into_id = coalesce(?, merge_into_id) WHERE id = ? AND target_kind = 'INTERNAL_STEP'",
    );
    for (const id of marks.values()) {
      const m = db
        .prepare('SELECT target_id AS t, merge_into_id AS m FROM review_marks WHERE id = ?')
        .get(id) as {
        t: number | null;
        m: number | null;
      };
      remap.run(stepIds.get(m.t ?? -1) ?? null, stepIds.get(m.m ?? -1) ?? null, id);
    }
  }
  return carried.length;
}

export function commitMerge(
  ctx: BackendContext,
  r: MergeRequest & { sourceIds: number[]; resolutions: Record<string, string> },
) {
  const db = ctx.db;
  const sources = checkRequest(db, r);
  const data = readMergeData(db, sources);
  const conflicts = conflictsOf(data, ctx.locale);
  checkResolutions(conflicts, r.resolutions);
  const byCode = new Map(sources.map((u) => [u.code, u]));
  const pick = (key: string, fallback: string) => r.resolutions[key] ?? fallback;
  const unitIdOf = (code: string) => byCode.get(code)?.id;
  const chosen = (key: string) => r.resolutions[key];
  const processFrom = (pid: number) =>
    processSource(
      data.unitProcess,
      pid,
      data.held.find((h) => h.procedureId === pid)!.code,
      chosen,
      unitIdOf,
    );
  const carried = carriedItems(data, pick);
  checkStepMarks(
    db,
    carried.map(({ code, item }) => ({
      itemId: item.id,
      unitId: item.unitId,
      procedureId: item.procedureId,
      code,
      unitName: sources.find((u) => u.id === item.unitId)!.name,
    })),
    processFrom,
  );
  const backup = backupDatabase(db, ctx.dataDir, 'bulk');
  const parents = [...new Set(sources.map((u) => u.parentId))];
  const now = new Date().toISOString();
  let newUnitId = 0;
  let reviewsCarried = 0;
  const procedures = new Set(data.held.map((h) => h.procedureId));
  const stepIds = new Map<number, number>();
  track(
    ctx,
    { kind: 'merge', unitId: sources[0]!.id, withParts: false, label: r.code, count: sources.length },
    (t) => {
      newUnitId = insertUnit(db, {
        code: r.code,
        name: r.name,
        level: sources[0]!.level,
        parentId: parents.length === 1 ? parents[0]! : null,
      });
      t.inserted('units', newUnitId);
      db.prepare('UPDATE units SET valid_from = ? WHERE id = ?').run(r.validFrom, newUnitId);
      for (const u of sources) {
        t.row('units', u.id);
        db.prepare('UPDATE units SET valid_to = ?, replaced_by_json = ?, updated_at = ? WHERE id = ?').run(
          dayBefore(r.validFrom),
          JSON.stringify([r.code]),
          now,
          u.id,
        );
      }
      for (const pid of procedures) {
        const rows = data.held.filter((h) => h.procedureId === pid);
        const first = rows[0]!;
        const value = <K extends keyof typeof first>(field: K, key: string) => {
          const chosen = pick(`${first.code}:${key}`, '');
          return (rows.find((x) => byCode.get(chosen)?.id === x.unitId) ?? first)[field];
        };
        const sums = rows.map((x) => x.dossiersPerYear).filter((n): n is number => n !== null);
        const fields = Object.fromEntries(
          UNIT_VALUE_RULES.map((rule) => [rule.field, value(rule.field, rule.field)]),
        );
        const upId = attachToUnit(db, newUnitId, pid, {
          onlineLevel: fields.onlineLevel as 'NONE' | 'PARTIAL' | 'FULL' | null,
          legacyLevel: fields.legacyLevel as number | null,
          oneStop: fields.oneStop === 1,
          hasInternalProcess: fields.hasInternalProcess === 1 || processFrom(pid) !== null,
          dossiersPerYear: sums.length ? sums.reduce((a, b) => a + b, 0) : null,
          note: [...new Set(rows.map((x) => x.note.trim()).filter(Boolean))].join('\n').slice(0, 4000),
        });
        t.inserted('unit_procedures', upId);
        db.prepare('UPDATE unit_procedures SET valid_from = ? WHERE id = ?').run(r.validFrom, upId);
        const src = processFrom(pid);
        if (src) for (const [o, n] of copyProcess(ctx, t, data, pid, src, newUnitId)) stepIds.set(o, n);
      }
      const defaultsFrom = costDefaultsSource(data.unitProcess, chosen, unitIdOf);
      if (defaultsFrom !== null)
        copyRows(ctx, t, 'cost_defaults', 'unit_id = ?', [defaultsFrom], { unit_id: newUnitId });
      for (const [channelId, f] of data.fees) {
        const holders = [...f.byUnit.keys()];
        const chosen = byCode.get(pick(`${f.code}:fee:${f.method}`, holders[0]!))!;
        copyRows(ctx, t, 'fees', 'channel_id = ? AND unit_id = ?', [channelId, chosen.id], {
          unit_id: newUnitId,
        });
      }
      reviewsCarried = carryReviews(ctx, t, carried, newUnitId, stepIds);
      const m = db
        .prepare(
          'INSERT INTO unit_merges (new_unit_id, source_codes_json, valid_from, resolutions_json, backup_name, created_at) VALUES (?, ?, ?, ?, ?, ?)',
        )
        .run(
          newUnitId,
          JSON.stringify(sources.map((u) => u.code)),
          r.validFrom,
          JSON.stringify(r.resolutions),
          basename(backup.file),
          now,
        );
      t.inserted('unit_merges', Number(m.lastInsertRowid));
      appendAudit(db, {
        actor: ctx.actor(),
        action: 'merge',
        entity: 'unit',
        entityId: newUnitId,
        unitId: newUnitId,
        oldValue: sources.map((u) => u.code),
        newValue: { code: r.code, name: r.name, validFrom: r.validFrom, resolutions: r.resolutions },
      });
    },
  );
  return {
    unit: listUnits(db).find((u) => u.id === newUnitId)!,
    backupName: basename(backup.file),
    procedures: procedures.size,
    reviewsCarried,
  };
}
