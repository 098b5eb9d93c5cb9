/**
 * The province bench's data: one submission package per commune, each with an inventory of ≈ 400 procedures
 * sampled from the real records (generateEntries, as the rest of the bench) and a campaign reviewing a tenth of
 * them with marks, activities and figures from the real cost engine, frozen at approval, half of them with a
 * quy trình nội bộ of seven steps. Communes share the national procedures (as
 * real ones do), so the same codes are proposed by many units; their populations and marks differ. Written
 * with the app's own package encoder. Deterministic.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { encodePackage } from '../../../backend/submission/package-file';
import type { ProcessDto } from '../../../shared/contract/review-model-schemas';
import { comparisonToDto } from '../../../shared/cost/dto';
import { compareItem } from '../../../shared/cost/item-cost';
import type { InventoryEntry } from '../../../shared/domain';
import {
  PACKAGE_FORMAT_VERSION,
  SUBMISSION_MAGIC,
  type ItemResult,
  type SubmissionContent,
  type SubmissionManifest,
} from '../../../shared/submission/package-format';
import { createPrng } from '../../prng';
import { costCases } from './activities';
import { BENCH_SEED, generateEntries } from './records';

export interface ProvinceSizes {
  units: number;
  procedures: number;
  /** Share of the inventory each unit reviews in the campaign. */
  reviewedShare: number;
}

export const PROVINCE_SIZES: ProvinceSizes = { units: 100, procedures: 400, reviewedShare: 0.1 };
export const PROVINCE_QUICK_SIZES: ProvinceSizes = { units: 10, procedures: 400, reviewedShare: 0.1 };
export const BENCH_PLAN_KEY = 'KH-2026-bench';

export interface ProvinceBenchData {
  files: string[];
  units: { code: string; name: string }[];
  planKey: string;
  procedures: number;
  items: number;
  bytes: number;
}

/** A quy trình nội bộ of seven counted steps (as the published tables have), the last one shortened by a mark. */
function processOf(e: InventoryEntry): ProcessDto[] {
  const step = (ord: number): ProcessDto['steps'][number] => ({
    id: ord,
    ord,
    work: `Bước ${ord}: ${e.steps[ord % Math.max(1, e.steps.length)]?.title.slice(0, 200) ?? 'xử lý hồ sơ'}`,
    responsible: ord % 2 ? 'Công chức Văn phòng - Thống kê' : 'Lãnh đạo UBND xã',
    time: { unit: 'HOUR', milli: 4000 },
    timeText: '04 giờ',
    result: 'Hồ sơ đã xử lý',
    fate: ord === 7 ? 'SHORTENED' : 'KEPT',
    timeAfter: { unit: 'HOUR', milli: ord === 7 ? 2000 : 4000 },
    mergedIntoId: null,
    markId: null,
    reason: ord === 7 ? 'Rút ngắn thời gian ký duyệt' : '',
    viaStepId: null,
  });
  return [
    {
      id: 1,
      name: '',
      channels: [],
      source: 'Quyết định công bố quy trình nội bộ của UBND tỉnh',
      statedTotal: '28 giờ',
      hoursBeforeMilli: 28_000,
      hoursAfterMilli: 26_000,
      steps: [1, 2, 3, 4, 5, 6, 7].map(step),
    },
  ];
}

function itemOf(
  e: InventoryEntry,
  c: ReturnType<typeof costCases>[number],
  population: number,
  at: string,
  withProcess: boolean,
): ItemResult {
  const r = compareItem(c.before, [], c.marks, { ...c.params, population });
  if (!r.ok) throw new Error(`cost engine refused ${e.code}`);
  const cmp = r.value.comparison;
  return {
    code: e.code,
    name: e.name,
    field: e.field,
    status: 'APPROVED',
    reviewer: 'Cán bộ',
    deadline: '2026-09-30',
    population,
    frequency: 1,
    dossiersPerYear: population,
    approvedBy: 'Lãnh đạo',
    approvedAt: at,
    implementedDecisionNo: null,
    implementedDecisionDate: null,
    answers: [{ questionKey: 'necessity', answerBool: 1, answerText: 'Cần thiết.' }],
    marks: c.marks.map((m, i) => ({
      id: i + 1,
      targetKind: m.targetKind,
      targetId: m.targetId,
      action: m.action,
      proposedValue: m.action === 'REPLACE_BY_DATA' ? 'Khai thác Cơ sở dữ liệu quốc gia về dân cư' : '',
      mergeIntoId: null,
      reason: 'NQ 66.7/2025/NQ-CP: cắt giảm thành phần hồ sơ',
      legalArticle: '8',
      legalClause: '2',
      legalDocument: e.decisionNo || 'Nghị định số 168/2025/NĐ-CP',
      legalAuthority: 'Chính phủ',
      targetLabel: `Thành phần hồ sơ ${m.targetId ?? ''}`,
    })),
    before: c.before,
    after: r.value.derived.activities,
    daysBefore: 3,
    daysAfter: 2,
    kind: c.marks.length ? 'AMEND' : null,
    figures: {
      source: 'approval',
      computedAt: at,
      beforePerYearMilli: cmp.beforePerYearMilli.toString(),
      afterPerYearMilli: cmp.afterPerYearMilli.toString(),
      cost: comparisonToDto(cmp),
    },
    frozen: {
      frozenAt: at,
      frozenBy: 'Lãnh đạo',
      hourlyIncome: c.params.hourlyIncome,
      paramValidFrom: '2025-01-01',
      defaultsValidFrom: null,
    },
    processes: withProcess ? processOf(e) : [],
  };
}

export function writeProvincePackages(dir: string, sizes: ProvinceSizes): ProvinceBenchData {
  const out = join(dir, 'province-packages');
  mkdirSync(out, { recursive: true });
  const entries = [
    ...generateEntries(
      { procedures: sizes.procedures, stepsPerProcedure: 10, componentsPerProcedure: 10 },
      BENCH_SEED,
    ),
  ];
  const cases = costCases(entries, BENCH_SEED);
  const rng = createPrng(BENCH_SEED ^ 0x7e57);
  const data: ProvinceBenchData = {
    files: [],
    units: [],
    planKey: BENCH_PLAN_KEY,
    procedures: 0,
    items: 0,
    bytes: 0,
  };
  const reviewed = Math.round(sizes.procedures * sizes.reviewedShare);
  for (let u = 0; u < sizes.units; u++) {
    const unit = { code: `XA-${String(u + 1).padStart(3, '0')}`, name: `UBND xã Mô phỏng ${u + 1}` };
    const at = new Date(Date.UTC(2026, 5, 1, 8, u)).toISOString();
    // Each commune reviews its own tenth of the inventory (overlapping with its neighbours').
    const start = (u * 7) % sizes.procedures;
    const picked = Array.from({ length: reviewed }, (_, i) => (start + i) % sizes.procedures);
    const items = picked.map((i) =>
      itemOf(entries[i]!, cases[i]!, rng.between(50, 1500), at, rng.chance(0.5)),
    );
    const identity = {
      formatVersion: PACKAGE_FORMAT_VERSION,
      unitCode: unit.code,
      planKey: BENCH_PLAN_KEY,
      createdAt: at,
      appVersion: 'bench',
      schemaVersion: 1,
    };
    const content: SubmissionContent = {
      identity,
      unit: { ...unit, level: 'XA' },
      campaign: { title: 'Kế hoạch rà soát (đo hiệu năng)', year: 2026, deadline: null, status: 'OPEN' },
      costParam: { validFrom: '2025-01-01', hourlyIncome: 28_409, note: '' },
      inventory: entries.map((e) => ({
        code: e.code,
        name: e.name,
        field: e.field,
        levels: e.levels,
        status: e.status,
        version: 1,
        onlineLevel: (['NONE', 'PARTIAL', 'FULL'] as const)[rng.between(0, 2)]!,
        oneStop: true,
        hasInternalProcess: rng.chance(0.5),
        dossiersPerYear: rng.between(0, 2000),
      })),
      items,
    };
    const { bytes } = encodePackage<SubmissionManifest>(
      SUBMISSION_MAGIC,
      {
        ...identity,
        unitName: unit.name,
        campaignTitle: content.campaign.title,
        year: 2026,
        procedures: content.inventory.length,
        items: items.length,
      },
      content,
    );
    const file = join(out, `${unit.code}.tinhgon`);
    writeFileSync(file, bytes);
    data.files.push(file);
    data.units.push(unit);
    data.procedures += content.inventory.length;
    data.items += items.length;
    data.bytes += bytes.length;
  }
  return data;
}
