/**
 * The plan of a merge of old units into a new one: the union of their inventories by TTHC code, each per-unit
 * value combined by its rule, and the conflicts the officer resolves one by one. Reads only.
 *
 * Rules (domain.md §9.2): dossiers per year are summed (the cost population of the new unit); notes are joined;
 * online level, legacy level, one-stop, internal process, the local fee of each channel and open reviews are kept
 * where the old units agree and become a conflict where they differ. The recorded quy trình nội bộ and the
 * unit's cost defaults follow the same rule by content (unit-process.ts); the has_internal_process flag is
 * compared only where no old unit recorded the process itself.
 */
import type { Database } from 'better-sqlite3';
import { listUnits, type UnitRow } from '../../../db/queries/units';
import { CURRENT_ROW } from '../../../db/queries/validity';
import type { MergeConflict, MergePreview } from '../../shared/contract/merges';
import type { Locale } from '../../shared/errors';
import { CHANNEL_NAMES, REVIEW_STATUS_VI, type ChannelMethod, type ReviewStatus } from '../../shared/domain';
import { ApiFailure } from '../api-failure';
import './messages';
import {
  costDefaultsConflict,
  processConflicts,
  processContent,
  readUnitProcessData,
  type UnitProcessData,
} from './unit-process';

export interface HeldRow {
  unitId: number;
  procedureId: number;
  code: string;
  name: string;
  onlineLevel: string | null;
  legacyLevel: number | null;
  oneStop: number;
  hasInternalProcess: number;
  dossiersPerYear: number | null;
  note: string;
}

export interface OpenItem {
  id: number;
  unitId: number;
  campaignId: number;
  procedureId: number;
  reviewer: string;
  status: ReviewStatus;
  daysAfter: number | null;
  marks: number;
}

/** The review statuses in English, as the review screen names them. */
const REVIEW_STATUS_EN: Record<ReviewStatus, string> = {
  NOT_STARTED: 'not started',
  IN_PROGRESS: 'in review',
  PROPOSED: 'proposed',
  APPROVED: 'approved',
  RETURNED: 'returned',
  IMPLEMENTED: 'implemented',
};

type ValueField = 'onlineLevel' | 'legacyLevel' | 'oneStop' | 'hasInternalProcess';

const VALUE_TEXT: Record<ValueField, (v: unknown, locale: Locale) => string> = {
  onlineLevel: (v, l) =>
    ({
      FULL: l === 'vi' ? 'Toàn trình' : 'Full',
      PARTIAL: l === 'vi' ? 'Một phần' : 'Partial',
      NONE: l === 'vi' ? 'Không trực tuyến' : 'None',
    })[String(v)] ?? '—',
  legacyLevel: (v) => (v === null ? '—' : `Mức ${Number(v)}`),
  oneStop: (v, l) => (v ? (l === 'vi' ? 'Có' : 'Yes') : l === 'vi' ? 'Không' : 'No'),
  hasInternalProcess: (v, l) =>
    v ? (l === 'vi' ? 'Có quy trình nội bộ' : 'Has one') : l === 'vi' ? 'Chưa có' : 'None',
};

/** Per-unit values kept where the old units agree, a conflict where they differ. */
export const UNIT_VALUE_RULES: { field: ValueField; label: Record<Locale, string> }[] = [
  { field: 'onlineLevel', label: { vi: 'Mức độ dịch vụ công trực tuyến', en: 'Online service level' } },
  { field: 'legacyLevel', label: { vi: 'Mức độ DVC (cũ)', en: 'Legacy online level' } },
  { field: 'oneStop', label: { vi: 'Một cửa', en: 'One-stop' } },
  { field: 'hasInternalProcess', label: { vi: 'Quy trình nội bộ', en: 'Internal process' } },
];

export interface MergeData {
  sources: UnitRow[];
  held: HeldRow[];
  /** channel id → per unit (code) the fee text it charges there (its local rate, else the national one). */
  fees: Map<number, { code: string; procedureId: number; method: string; byUnit: Map<string, string> }>;
  items: OpenItem[];
  /** The recorded internal processes and the cost defaults of the old units. */
  unitProcess: UnitProcessData;
}

export function checkRequest(
  db: Database,
  r: { sourceIds: number[]; code: string; validFrom: string },
): UnitRow[] {
  const units = listUnits(db);
  const ids = [...new Set(r.sourceIds)];
  if (ids.length !== r.sourceIds.length) throw new ApiFailure('MERGE_SAME_UNIT_TWICE');
  const sources = ids.map((id) => {
    const u = units.find((x) => x.id === id);
    if (!u) throw new ApiFailure('NOT_FOUND', { what: `đơn vị #${id}` });
    return u;
  });
  if (sources.some((u) => u.code === r.code)) throw new ApiFailure('MERGE_INTO_ITSELF', { code: r.code });
  if (units.some((u) => u.code === r.code)) throw new ApiFailure('CONFLICT', { what: `Mã đơn vị ${r.code}` });
  const levels = [...new Set(sources.map((u) => u.level))];
  if (levels.length > 1)
    throw new ApiFailure('MERGE_LEVELS', { units: sources.map((u) => `${u.name} (${u.level})`).join(', ') });
  const merged = sources.find((u) => u.validTo && u.replacedBy.length);
  if (merged)
    throw new ApiFailure('MERGE_ALREADY_MERGED', { name: merged.name, by: merged.replacedBy.join(', ') });
  const late = sources.find((u) => u.validFrom && u.validFrom >= r.validFrom);
  if (late) throw new ApiFailure('MERGE_DATE', { name: late.name, date: late.validFrom! });
  return sources;
}

export function readMergeData(db: Database, sources: UnitRow[]): MergeData {
  const ids = JSON.stringify(sources.map((u) => u.id));
  const held = db
    .prepare(
      `SELECT up.unit_id AS unitId, up.procedure_id AS procedureId, p.code, p.name, up.online_level AS onlineLevel,
              up.legacy_level AS legacyLevel, up.one_stop AS oneStop, up.has_internal_process AS hasInternalProcess,
              up.dossiers_per_year AS dossiersPerYear, up.note
       FROM unit_procedures up JOIN procedures p ON p.id = up.procedure_id
       WHERE up.unit_id IN (SELECT value FROM json_each(?)) AND up.deleted_at IS NULL AND ${CURRENT_ROW}
       ORDER BY p.code, up.unit_id`,
    )
    .all(ids) as HeldRow[];
  const codeOf = new Map(sources.map((u) => [u.id, u.code]));
  const feeRows = db
    .prepare(
      `SELECT c.id AS channelId, c.method, c.procedure_id AS procedureId, p.code, f.unit_id AS unitId,
              group_concat(coalesce(f.amount, '') || '|' || f.text, ' ; ') AS fee
       FROM channels c JOIN procedures p ON p.id = c.procedure_id JOIN fees f ON f.channel_id = c.id
       WHERE c.procedure_id IN (SELECT up.procedure_id FROM unit_procedures up
                                WHERE up.unit_id IN (SELECT value FROM json_each(?)))
       GROUP BY c.id, f.unit_id`,
    )
    .all(ids) as {
    channelId: number;
    method: string;
    procedureId: number;
    code: string;
    unitId: number | null;
    fee: string;
  }[];
  const fees: MergeData['fees'] = new Map();
  const holders = new Map<number, number[]>();
  for (const h of held) holders.set(h.procedureId, [...(holders.get(h.procedureId) ?? []), h.unitId]);
  for (const f of feeRows.filter((x) => x.unitId !== null && codeOf.has(x.unitId))) {
    if (fees.has(f.channelId)) continue;
    const national = feeRows.find((x) => x.channelId === f.channelId && x.unitId === null)?.fee ?? '';
    const byUnit = new Map<string, string>();
    for (const unitId of holders.get(f.procedureId) ?? [])
      byUnit.set(
        codeOf.get(unitId)!,
        feeRows.find((x) => x.channelId === f.channelId && x.unitId === unitId)?.fee ?? national,
      );
    fees.set(f.channelId, { code: f.code, procedureId: f.procedureId, method: f.method, byUnit });
  }
  const items = db
    .prepare(
      `SELECT ci.id, c.unit_id AS unitId, ci.campaign_id AS campaignId, ci.procedure_id AS procedureId, ci.reviewer,
              ci.status, ci.days_after AS daysAfter,
              (SELECT count(*) FROM review_marks m WHERE m.item_id = ci.id) AS marks
       FROM campaign_items ci JOIN campaigns c ON c.id = ci.campaign_id
       WHERE c.unit_id IN (SELECT value FROM json_each(?)) AND c.status = 'OPEN' AND ci.status != 'IMPLEMENTED'
       ORDER BY ci.procedure_id, c.unit_id`,
    )
    .all(ids) as OpenItem[];
  const unitProcess = readUnitProcessData(
    db,
    sources.map((u) => u.id),
    held,
  );
  return { sources, held, fees, items, unitProcess };
}

function distinct<T>(values: T[]): T[] {
  return [...new Set(values.map((v) => JSON.stringify(v)))].map((s) => JSON.parse(s) as T);
}

export function conflictsOf(data: MergeData, locale: Locale): MergeConflict[] {
  const vi = locale === 'vi';
  const unitName = new Map(data.sources.map((u) => [u.id, u.name]));
  const unitCode = new Map(data.sources.map((u) => [u.id, u.code]));
  const out: MergeConflict[] = [];
  const byProcedure = new Map<number, HeldRow[]>();
  for (const h of data.held) byProcedure.set(h.procedureId, [...(byProcedure.get(h.procedureId) ?? []), h]);
  for (const rows of byProcedure.values()) {
    if (rows.length < 2) continue;
    const { code, name } = rows[0]!;
    for (const rule of UNIT_VALUE_RULES) {
      // Where a unit recorded the process itself, the process decides (compared by content below).
      if (rule.field === 'hasInternalProcess' && data.unitProcess.processes.has(rows[0]!.procedureId))
        continue;
      if (distinct(rows.map((r) => r[rule.field])).length < 2) continue;
      out.push({
        key: `${code}:${rule.field}`,
        code,
        name,
        field: rule.field,
        label: rule.label[locale],
        options: rows.map((r) => ({
          unitCode: unitCode.get(r.unitId)!,
          text: `${unitName.get(r.unitId)!}: ${VALUE_TEXT[rule.field](r[rule.field], locale)}`,
        })),
      });
    }
  }
  for (const f of data.fees.values()) {
    if (distinct([...f.byUnit.values()]).length < 2) continue;
    const held = data.held.find((h) => h.procedureId === f.procedureId)!;
    out.push({
      key: `${f.code}:fee:${f.method}`,
      code: f.code,
      name: held.name,
      field: 'fee',
      label: vi
        ? `Phí, lệ phí (${CHANNEL_NAMES[f.method as ChannelMethod].vi})`
        : `Fee (${CHANNEL_NAMES[f.method as ChannelMethod].en})`,
      options: [...f.byUnit.entries()].map(([unit, fee]) => ({
        unitCode: unit,
        text: `${data.sources.find((u) => u.code === unit)!.name}: ${fee.replace(/^\|/, '').replace(/\|/g, ' đ – ') || '—'}`,
      })),
    });
  }
  const names = { name: unitName, code: unitCode };
  out.push(...processConflicts(data.unitProcess, data.held, names, locale));
  const defaults = costDefaultsConflict(data.unitProcess, names, locale);
  if (defaults) out.push(defaults);
  const byItem = new Map<number, OpenItem[]>();
  for (const it of data.items) byItem.set(it.procedureId, [...(byItem.get(it.procedureId) ?? []), it]);
  for (const [pid, items] of byItem) {
    if (items.length < 2) continue;
    const held = data.held.find((h) => h.procedureId === pid);
    out.push({
      key: `${held?.code ?? pid}:review`,
      code: held?.code ?? String(pid),
      name: held?.name ?? '',
      field: 'review',
      label: vi ? 'Rà soát đang mở' : 'Open review',
      options: items.map((it) => ({
        unitCode: unitCode.get(it.unitId)!,
        text: `${unitName.get(it.unitId)!}: ${it.reviewer || '—'}, ${vi ? REVIEW_STATUS_VI[it.status].toLowerCase() : REVIEW_STATUS_EN[it.status]}, ${it.marks} ${vi ? 'đề xuất' : it.marks === 1 ? 'proposal' : 'proposals'}${it.daysAfter === null ? '' : `, ${it.daysAfter} ${vi ? 'ngày' : it.daysAfter === 1 ? 'day' : 'days'}`}`,
      })),
    });
  }
  return out;
}

export function previewOf(data: MergeData, locale: Locale): MergePreview {
  const procedures = new Set(data.held.map((h) => h.procedureId));
  const count = new Map<number, number>();
  for (const h of data.held) count.set(h.procedureId, (count.get(h.procedureId) ?? 0) + 1);
  const reviewed = new Map<number, number>();
  for (const it of data.items) reviewed.set(it.procedureId, (reviewed.get(it.procedureId) ?? 0) + 1);
  return {
    units: data.sources.map((u) => ({
      code: u.code,
      name: u.name,
      procedures: data.held.filter((h) => h.unitId === u.id).length,
    })),
    procedures: procedures.size,
    shared: [...count.values()].filter((n) => n > 1).length,
    dossiersPerYear: data.held.reduce((n, h) => n + (h.dossiersPerYear ?? 0), 0),
    reviewsCarried: [...reviewed.values()].filter((n) => n === 1).length,
    processesCarried: [...data.unitProcess.processes.values()].filter(
      (byUnit) => new Set([...byUnit.values()].map(processContent)).size === 1,
    ).length,
    conflicts: conflictsOf(data, locale),
  };
}
