/**
 * Builds db/seed/demo-inventory.json: the bundled demo inventory of one commune (cấp xã), made of real
 * 2026 commune-level procedures from the national portal (tests/fixtures/public-data/dvcqg-tthc-cap-xa-2026.jsonl).
 * Run: npx tsx scripts/build-demo-data.ts [path/to/input.jsonl]
 * Output is deterministic (same input → same file), so it can be committed and diffed.
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { InventoryEntry, type OnlineLevel, type UnitProcedureFields } from '../electron/shared/domain';
import { parseDvcqgJsonl } from '../electron/shared/dvcqg/record-parser';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const DEFAULT_INPUT =
  process.env['TINHGON_DVCQG_JSONL'] ??
  resolve(root, 'tests/fixtures/public-data/dvcqg-tthc-cap-xa-2026.jsonl');
export const DEMO_OUTPUT = resolve(root, 'db/seed/demo-inventory.json');

/** Procedures named in domain.md §5.1/§5.3 (real commune-level times and fees), in display order. */
const FEATURED = [
  '1.001612',
  '1.001193',
  '1.000894',
  '2.000815',
  '1.013225',
  '1.000656',
  '1.004873',
  '1.002755',
  '1.004859',
  '1.004884',
  '1.004837',
  '2.000528',
  '2.000806',
  '2.000635',
  '2.000986',
  '2.000884',
  '2.001035',
  '2.001019',
  '2.000913',
  '2.000927',
  '2.000908',
  '2.000720',
  '1.001570',
  '1.001266',
  '1.013229',
  '1.013227',
  '1.002693',
  '1.013978',
  '1.012812',
  '1.013967',
  '1.004222',
  '1.004194',
  '1.010041',
  '1.014063',
  '1.011607',
  '1.002211',
  '2.001263',
  '1.005280',
  '1.014159',
  '3.000527',
];
/** Worked examples that the review and cost screens use: they also carry an internal process. */
const WORKED = new Set([
  '1.001612',
  '1.001193',
  '1.000894',
  '2.000815',
  '1.013225',
  '1.000656',
  '1.004873',
  '1.002755',
]);
/** Extra lĩnh vực to show breadth; up to this many records each, first by code order. */
const EXTRA_FIELDS: Record<string, number> = {
  'Hộ tịch': 2,
  'Đăng ký, quản lý cư trú': 2,
  'Đất đai': 2,
  'Khiếu nại, tố cáo': 1,
  'Tài nguyên nước': 1,
  'Giảm nghèo': 1,
  'Nuôi con nuôi': 1,
  'Hòa giải ở cơ sở': 1,
  'Thủy lợi': 1,
  'Nông nghiệp': 1,
  'Nhà ở và công sở': 1,
};

/** Dossiers a year for a commune of ~20,000 people (plausible, not measured). */
const DOSSIERS: Record<string, number> = {
  '1.001612': 600,
  '1.001193': 420,
  '1.000894': 160,
  '2.000815': 9500,
  '1.013225': 180,
  '1.000656': 130,
  '1.004873': 380,
  '1.002755': 240,
  '2.000884': 2600,
  '2.001035': 900,
  '1.004222': 520,
  '1.004194': 700,
  '1.010041': 650,
  '1.014063': 1100,
  '1.013978': 90,
  '2.000635': 800,
};
const FULL_ONLINE_FIELDS = [
  'Hộ tịch',
  'Đăng ký, quản lý cư trú',
  'Thành lập và hoạt động doanh nghiệp (hộ kinh doanh)',
  'Cấp, quản lý căn cước',
];

function hash(s: string): number {
  let h = 2166136261;
  for (const ch of s) h = Math.imul(h ^ (ch.codePointAt(0) ?? 0), 16777619);
  return h >>> 0;
}

function unitFieldsFor(e: InventoryEntry): UnitProcedureFields {
  const online = e.channels.some((c) => c.method === 'TRUC_TUYEN');
  const level: OnlineLevel = !online ? 'NONE' : FULL_ONLINE_FIELDS.includes(e.field) ? 'FULL' : 'PARTIAL';
  const base = e.field === 'Chứng thực' ? 400 : e.field === 'Hộ tịch' ? 60 : 25;
  return {
    onlineLevel: level,
    legacyLevel: level === 'FULL' ? 4 : level === 'PARTIAL' ? 3 : 2,
    oneStop: true,
    hasInternalProcess: WORKED.has(e.code),
    dossiersPerYear: DOSSIERS[e.code] ?? base + (hash(e.code) % base),
    note: '',
  };
}

/**
 * 1.001612: the portal row leaves "Thời gian" empty ("Không có thông tin"); the procedure's own steps and
 * NĐ 168/2025 (khoản 2 Điều 85) fix 03 ngày làm việc, which the review worked example relies on.
 */
function patchHouseholdBusiness(e: InventoryEntry): void {
  for (const c of e.channels) {
    if (c.timeValue === null) {
      c.timeValue = 3;
      c.timeUnit = 'WORKING_DAY';
      c.timeText = '3 Ngày làm việc';
    }
  }
  e.unitFields.note =
    'Thời hạn 03 ngày làm việc lấy theo trình tự thực hiện (khoản 2 Điều 85 Nghị định 168/2025/NĐ-CP); ' +
    'Cổng DVCQG ghi "Không có thông tin".';
}

/** Parse the JSONL text and select, enrich and validate the demo entries (pure apart from the input). */
export function buildDemoInventory(jsonlText: string): { entries: InventoryEntry[]; missing: string[] } {
  const parsed = parseDvcqgJsonl(jsonlText);
  const byCode = new Map(parsed.map((p) => [p.entry.code, p.entry]));
  const chosen: InventoryEntry[] = [];
  const take = (e: InventoryEntry | undefined): void => {
    if (e && !chosen.some((c) => c.code === e.code)) chosen.push(e);
  };
  for (const code of FEATURED) take(byCode.get(code));
  const sorted = [...byCode.values()].sort((a, b) => a.code.localeCompare(b.code));
  for (const [field, n] of Object.entries(EXTRA_FIELDS)) {
    sorted
      .filter(
        (e) =>
          e.field === field && e.channels.length > 0 && e.steps.length > 0 && e.componentGroups.length > 0,
      )
      .filter((e) => !chosen.some((c) => c.code === e.code))
      .slice(0, n)
      .forEach(take);
  }
  const missing = FEATURED.filter((c) => !byCode.has(c));
  if (missing.includes('1.001612'))
    throw new Error('1.001612 missing from the input: build it by hand (domain.md §5.1, §5.3 D)');

  const out = chosen.map((e) => {
    const entry: InventoryEntry = { ...e, unitFields: unitFieldsFor(e) };
    if (entry.code === '1.001612') patchHouseholdBusiness(entry);
    return InventoryEntry.parse(entry);
  });
  return { entries: out, missing };
}

function main(): void {
  const input = process.argv[2] ?? DEFAULT_INPUT;
  const { entries: out, missing } = buildDemoInventory(readFileSync(input, 'utf8'));
  mkdirSync(dirname(DEMO_OUTPUT), { recursive: true });
  const json = `${JSON.stringify(out, null, 2)}\n`;
  writeFileSync(DEMO_OUTPUT, json, 'utf8');

  const perField = new Map<string, number>();
  for (const e of out) perField.set(e.field, (perField.get(e.field) ?? 0) + 1);
  const detailed = out.filter(
    (e) => e.steps.length > 0 && e.componentGroups.some((g) => g.components.some((c) => !c.isNote)),
  );
  console.log(`Wrote ${out.length} procedures (${(json.length / 1024).toFixed(0)} KB) to ${DEMO_OUTPUT}`);
  console.log(`With steps and dossier components: ${detailed.length}`);
  if (missing.length) console.log(`Not in input (skipped): ${missing.join(', ')}`);
  for (const [f, n] of [...perField].sort((a, b) => b[1] - a[1])) console.log(`  ${n}\t${f}`);
}

// Run only as a script, not when a test imports buildDemoInventory.
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
