/**
 * The committed demo inventory (db/seed/demo-inventory.json): valid, real, broad enough for the demo,
 * carrying the worked example 1.001612, and not stale against its generator.
 */
import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InventoryEntry } from '../../../electron/shared/domain';
import { buildDemoInventory } from '../../../scripts/build-demo-data';
import { rawText } from './fixture';

const PATH = resolve(import.meta.dirname, '../../../db/seed/demo-inventory.json');
const demo = InventoryEntry.array().parse(JSON.parse(readFileSync(PATH, 'utf8')));
const entry = (code: string): InventoryEntry => {
  const e = demo.find((d) => d.code === code);
  if (!e) throw new Error(`${code} not in the demo inventory`);
  return e;
};

describe('db/seed/demo-inventory.json', () => {
  it('is what scripts/build-demo-data.ts makes from the real data (regenerate if this fails)', () => {
    expect(demo).toEqual(buildDemoInventory(rawText).entries);
  });

  it('holds at least 45 distinct real procedures across several lĩnh vực, under 1.5 MB', () => {
    expect(demo.length).toBeGreaterThanOrEqual(45);
    expect(new Set(demo.map((d) => d.code)).size).toBe(demo.length);
    const fields = new Set(demo.map((d) => d.field));
    for (const f of ['Hộ tịch', 'Chứng thực', 'Đất đai', 'Đăng ký, quản lý cư trú', 'Hoạt động xây dựng']) {
      expect(fields).toContain(f);
    }
    expect(fields.size).toBeGreaterThanOrEqual(8);
    expect(statSync(PATH).size).toBeLessThan(1.5 * 1024 * 1024);
  });

  it('has the required procedures with steps and real dossier components', () => {
    const required = ['1.001612', '1.001193', '1.000894', '2.000815', '1.013225'];
    for (const code of required) {
      const e = entry(code);
      expect(e.steps.length, code).toBeGreaterThan(0);
      expect(
        e.componentGroups.flatMap((g) => g.components).filter((c) => !c.isNote).length,
        code,
      ).toBeGreaterThan(0);
    }
    const detailed = demo.filter(
      (e) => e.steps.length > 0 && e.componentGroups.some((g) => g.components.some((c) => !c.isNote)),
    );
    expect(detailed.length).toBeGreaterThanOrEqual(8);
  });

  it('gives every entry realistic per-unit fields', () => {
    for (const e of demo) {
      expect(e.unitFields.oneStop).toBe(true);
      expect(e.unitFields.onlineLevel).not.toBeNull();
      expect(e.unitFields.dossiersPerYear).toBeGreaterThan(0);
      const online = e.channels.some((c) => c.method === 'TRUC_TUYEN');
      expect(e.unitFields.onlineLevel === 'NONE', e.code).toBe(!online);
    }
  });

  it('carries the worked example 1.001612 as the review needs it', () => {
    const e = entry('1.001612');
    expect(e.unitFields.dossiersPerYear).toBe(600);
    const direct = e.channels.find((c) => c.method === 'TRUC_TIEP');
    const online = e.channels.find((c) => c.method === 'TRUC_TUYEN');
    expect(direct).toMatchObject({ timeValue: 3, timeUnit: 'WORKING_DAY', timeText: '3 Ngày làm việc' });
    expect(direct?.fees[0]).toMatchObject({ amount: 50000, setBy: 'HDND_TINH' });
    expect(online).toMatchObject({ timeValue: 3, timeUnit: 'WORKING_DAY' });
    expect(online?.fees[0]).toMatchObject({ amount: 150000, setBy: 'HDND_TINH' });
    const names = e.componentGroups.flatMap((g) => g.components).map((c) => c.name);
    const mandate = names.findIndex((n) => n.startsWith('Bản sao văn bản ủy quyền'));
    const idCard = names.findIndex((n) => n.includes('bản sao thẻ Căn cước hoặc thẻ Căn cước công dân'));
    expect(mandate).toBeGreaterThanOrEqual(0);
    expect(idCard).toBeGreaterThanOrEqual(0);
    expect(idCard).not.toBe(mandate);
  });
});
