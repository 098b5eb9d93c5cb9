/**
 * Compare mode of the import: a newer national list (the DVCQG export the importer already reads) against the
 * unit's inventory — new / changed (field by field) / gone — before anything is written; then the rows the
 * officer selects are applied in one undoable step: new records attached, changed ones get a new version (the
 * old text kept), gone ones repealed from the given date. Reuses the import session's parsed rows and dry run.
 */
import { randomUUID } from 'node:crypto';
import { appendAudit } from '../../../db/queries/audit';
import { insertEvent } from '../../../db/queries/decisions';
import { updateProcedure } from '../../../db/queries/import-records';
import { getProcedureDetail } from '../../../db/queries/procedure-read';
import { attachToUnit, insertProcedure } from '../../../db/queries/procedure-write';
import type { CompareRow, NationalComparison } from '../../shared/contract/decisions';
import type { SheetPlan as PlanDto } from '../../shared/contract/import';
import { ProcedureRecord, UnitProcedureFields } from '../../shared/domain';
import { compareVi } from '../../shared/text/collate';
import { fold } from '../../shared/text/fold';
import { ApiFailure } from '../api-failure';
import type { BackendContext } from '../context';
import { buildCandidates, fieldLabel } from '../import/analyse';
import { clip, displayValue } from '../import/display';
import { planRows, type PlannedRow } from '../import/dry-run';
import { getSession, parsedWorkbook, type ImportSession } from '../import/session-store';
import { track } from '../inventory/history';
import { snapshotOf } from '../review/implement';
import { requireWritableUnit } from '../units/read-only';

interface Compared {
  unitId: number;
  rows: PlannedRow[];
  gone: { procedureId: number; code: string; name: string; field: string }[];
}
const compared = new WeakMap<ImportSession, Compared>();

const NATIONAL_SOURCE = 'CSDLQG';

async function compute(ctx: BackendContext, s: ImportSession, unitId: number, plans: PlanDto[]) {
  const raw = await parsedWorkbook(s);
  const { candidates } = buildCandidates(raw, plans, s.fileName);
  const rows = planRows(ctx.db, unitId, candidates);
  const listed = new Set(candidates.map((c) => c.code));
  // Only the lĩnh vực the list covers can lose procedures: a ministry's list says nothing about other fields.
  const fields = [
    ...new Set(candidates.map((c) => String(c.record.field ?? '').trim()).filter(Boolean)),
  ].sort(compareVi);
  const folded = new Set(fields.map(fold));
  const held = ctx.db
    .prepare(
      `SELECT p.id AS procedureId, p.code, p.name, p.field FROM unit_procedures up
       JOIN procedures p ON p.id = up.procedure_id
       WHERE up.unit_id = ? AND up.deleted_at IS NULL
         AND (up.valid_to IS NULL OR up.valid_to > date('now', 'localtime'))`,
    )
    .all(unitId) as Compared['gone'];
  const gone = held.filter((h) => !listed.has(h.code) && folded.has(fold(h.field)));
  return { rows, gone, fields };
}

export async function compareNational(
  ctx: BackendContext,
  token: string,
  unitId: number,
  plans: PlanDto[],
): Promise<NationalComparison> {
  const s = getSession(token);
  const { rows, gone, fields } = await compute(ctx, s, unitId, plans);
  compared.set(s, { unitId, rows, gone });
  const out: CompareRow[] = [];
  for (const r of rows) {
    if (r.status !== 'new' && r.status !== 'updated') continue;
    out.push({
      key: r.candidate.code,
      status: r.status === 'new' ? 'new' : 'changed',
      code: r.candidate.code,
      name: clip(r.merged?.name ?? '', 300),
      field: r.merged?.field ?? '',
      diffs: r.diffs.map((d) => ({
        field: d.field,
        label: fieldLabel('list', d.field, ctx.locale),
        old: clip(displayValue(d.field, d.old, ctx.locale)),
        new: clip(displayValue(d.field, d.new, ctx.locale)),
      })),
    });
  }
  for (const g of gone)
    out.push({
      key: `gone:${g.code}`,
      status: 'gone',
      code: g.code,
      name: g.name,
      field: g.field,
      diffs: [],
    });
  const count = (st: string) => rows.filter((r) => r.status === st).length;
  return {
    rows: out,
    summary: {
      new: count('new'),
      changed: count('updated'),
      gone: gone.length,
      unchanged: count('unchanged'),
      rejected: count('rejected'),
    },
    fields,
  };
}

export function applyNational(
  ctx: BackendContext,
  token: string,
  unitId: number,
  keys: readonly string[],
  effectiveDate: string,
) {
  requireWritableUnit(ctx, unitId);
  const s = getSession(token);
  const last = compared.get(s);
  if (!last || last.unitId !== unitId) throw new ApiFailure('NATIONAL_NEEDS_COMPARE');
  const wanted = new Set(keys);
  const db = ctx.db;
  const counts = { created: 0, amended: 0, repealed: 0 };
  const now = new Date().toISOString();
  const batchId = randomUUID();
  const note = `Cập nhật từ danh mục quốc gia (${s.fileName})`;
  track(ctx, { kind: 'national', unitId, withParts: true, label: s.fileName, count: wanted.size }, (t) => {
    const event = (procedureId: number, kind: 'PUBLISHED' | 'AMENDED' | 'ABOLISHED') =>
      t.inserted(
        'procedure_events',
        insertEvent(
          db,
          {
            unitId,
            procedureId,
            kind,
            decisionId: null,
            decisionNo: NATIONAL_SOURCE,
            decisionDate: effectiveDate,
            effectiveDate,
            note,
          },
          now,
        ),
      );
    for (const r of last.rows) {
      if (!wanted.has(r.candidate.code) || (r.status !== 'new' && r.status !== 'updated')) continue;
      const record = ProcedureRecord.parse(r.merged);
      const unit = UnitProcedureFields.parse(r.mergedUnit);
      let pid = r.existing?.procedureId ?? null;
      if (r.status === 'new') {
        if (pid === null) {
          pid = insertProcedure(db, record, now);
          t.created(pid);
        } else t.touch(pid);
        attachToUnit(db, unitId, pid, unit, now);
        event(pid, 'PUBLISHED');
        counts.created++;
      } else {
        pid = pid!;
        t.touch(pid);
        const before = getProcedureDetail(db, unitId, pid);
        if (before) {
          const v = db
            .prepare(
              'INSERT INTO procedure_versions (procedure_id, version, snapshot_json, decision_no, decision_date, created_at) VALUES (?, ?, ?, ?, ?, ?)',
            )
            .run(
              pid,
              before.version,
              JSON.stringify(snapshotOf(before)),
              NATIONAL_SOURCE,
              effectiveDate,
              now,
            );
          t.inserted('procedure_versions', Number(v.lastInsertRowid));
        }
        updateProcedure(db, pid, r.recordChanges, record, now);
        db.prepare("UPDATE procedures SET version = version + 1, status = 'AMENDED' WHERE id = ?").run(pid);
        event(pid, 'AMENDED');
        counts.amended++;
      }
      appendAudit(db, {
        actor: ctx.actor(),
        action: 'national',
        entity: 'procedure',
        entityId: pid,
        procedureId: pid,
        unitId,
        field: r.status,
        newValue: s.fileName,
        batchId,
      });
    }
    for (const g of last.gone) {
      if (!wanted.has(`gone:${g.code}`)) continue;
      t.touch(g.procedureId);
      db.prepare(
        'UPDATE unit_procedures SET valid_to = ?, updated_at = ? WHERE unit_id = ? AND procedure_id = ?',
      ).run(effectiveDate, now, unitId, g.procedureId);
      event(g.procedureId, 'ABOLISHED');
      counts.repealed++;
    }
  });
  compared.delete(s);
  return counts;
}
