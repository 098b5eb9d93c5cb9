import { describe, expect, it } from 'vitest';
import {
  BUILT_IN_DEFAULTS,
  WORKED_EXAMPLE_PARAMS,
  buildProcedureModel,
  comparisonToDto,
} from '../../../electron/shared/cost';
import { HKD_MARKS, HKD_PROCESS, HKD_RECORD } from './hkd-fixture';

describe('the worked example through the procedure model (derived activities, internal steps)', () => {
  it('reproduces 405.476,5 → 128.124,75 đ/hồ sơ, 243.285.900 → 76.874.850 đ/năm, 68,40 %, 3 → 2 days', () => {
    const infoOverride = {
      scenario: 'AFTER' as const,
      derivedKey: 'INFO',
      ord: 1,
      name: 'Tìm hiểu thông tin TTHC trên Cổng DVCQG',
      hoursMilli: 1000,
      serviceCost: 0,
      otherCost: 0,
      fee: 0,
      linkedKind: null,
      linkedId: null,
      isOverride: true,
    };
    const m = buildProcedureModel({
      record: HKD_RECORD,
      processes: [HKD_PROCESS],
      marks: HKD_MARKS,
      stored: [infoOverride],
      defaults: BUILT_IN_DEFAULTS,
      params: WORKED_EXAMPLE_PARAMS,
    });
    expect(m.mode).toBe('DERIVED');
    const dto = comparisonToDto(m.comparison!);
    expect(dto.before.totalHoursMilli).toBe(8500);
    expect(dto.before.otherCost.dong).toBe(64000);
    expect(dto.before.fee.dong).toBe(100000);
    expect(dto.before.perDossier.exact).toBe('405476.5');
    expect(dto.after.perDossier.exact).toBe('128124.75');
    expect(dto.before.perYear.dong).toBe(243285900);
    expect(dto.after.perYear.dong).toBe(76874850);
    expect(dto.saving.dong).toBe(166411050);
    expect(dto.reductionPct).toBe('68.40');
    expect(m.daysBefore).toBe(3);
    expect(m.daysAfter).toBe(2);
    expect(m.after.find((a) => a.key === 'FEES')!.name).toBe('Phí, lệ phí (Trực tuyến)');
    expect(m.removed.map((r) => r.activity.key)).toEqual(['COMPONENT:13']);
    expect(m.channels.every((c) => c.problems.length === 0)).toBe(true);
  });
});
