import { describe, expect, it } from 'vitest';
import {
  BUILT_IN_DEFAULTS,
  WORKED_EXAMPLE_PARAMS,
  buildProcedureModel,
  type ModelMark,
} from '../../../electron/shared/cost';
import { HKD_PROCESS, HKD_RECORD } from './hkd-fixture';

const model = (marks: ModelMark[] = [], stored: Parameters<typeof buildProcedureModel>[0]['stored'] = []) =>
  buildProcedureModel({
    record: HKD_RECORD,
    processes: [HKD_PROCESS],
    marks,
    stored,
    defaults: BUILT_IN_DEFAULTS,
    params: WORKED_EXAMPLE_PARAMS,
  });
const mark = (
  targetKind: string,
  targetId: number,
  action: string,
  proposedValue = '',
  mergeIntoId: number | null = null,
): ModelMark => ({
  id: targetId,
  targetKind,
  targetId,
  action,
  proposedValue,
  mergeIntoId,
});
const row = (m: ReturnType<typeof model>, scenario: 'before' | 'after', key: string) =>
  m[scenario].find((a) => a.key === key);

describe('the cost activities a record implies (domain.md §8.4)', () => {
  it('derives tìm hiểu, one row per document (notes excluded), the trips of the direct channel and its fee', () => {
    const m = model();
    expect(m.before.map((a) => [a.key, a.rule, a.hoursMilli, a.otherCost, a.fee])).toEqual([
      ['INFO', 'INFO', 2000, 0, 0],
      ['COMPONENT:11', 'FORM', 1000, 0, 0],
      ['COMPONENT:12', 'CERTIFIED', 750, 2000, 0],
      ['COMPONENT:13', 'CERTIFIED', 750, 2000, 0],
      ['SUBMIT', 'TRIP_DIRECT', 2000, 30000, 0],
      ['RESULT', 'TRIP_DIRECT', 2000, 30000, 0],
      ['FEES', 'FEES', 0, 0, 100000],
    ]);
    expect(m.before.every((a) => a.origin === 'DEFAULT')).toBe(true);
    expect(m.comparison!.savingMilli).toBe(0n);
  });

  it('a certified copy changed to a plain copy costs a plain copy; more copies cost more', () => {
    const plain = model([mark('COMPONENT_COPY_REQ', 12, 'SIMPLIFY', 'PLAIN_COPY')]);
    expect(row(plain, 'after', 'COMPONENT:12')).toMatchObject({
      rule: 'COPY',
      hoursMilli: 500,
      otherCost: 500,
      markId: 12,
    });
    const three = model([mark('COMPONENT_QTY', 13, 'SIMPLIFY', '3')]);
    expect(row(three, 'after', 'COMPONENT:13')).toMatchObject({
      copies: 3,
      hoursMilli: 2250,
      otherCost: 6000,
    });
  });

  it('removing a document or replacing it by data removes its preparation; merging does too', () => {
    for (const action of ['REMOVE', 'REPLACE_BY_DATA', 'MERGE']) {
      const m = model([mark('COMPONENT', 12, action)]);
      expect(row(m, 'after', 'COMPONENT:12'), action).toBeUndefined();
      expect(m.removed.map((r) => r.activity.key)).toEqual(['COMPONENT:12']);
    }
  });

  it('removing a trip removes its travel; replacing it goes online; shortening sets its hours', () => {
    expect(row(model([mark('RESULT_TRIP', 23, 'REMOVE')]), 'after', 'RESULT')).toBeUndefined();
    expect(row(model([mark('SUBMIT_TRIP', 23, 'REPLACE_BY_DATA')]), 'after', 'SUBMIT')).toMatchObject({
      rule: 'TRIP_ONLINE',
      hoursMilli: 500,
      otherCost: 0,
    });
    expect(row(model([mark('SUBMIT_TRIP', 23, 'SIMPLIFY', '1,5')]), 'after', 'SUBMIT')).toMatchObject({
      hoursMilli: 1500,
      otherCost: 30000,
    });
  });

  it('fees are read from the record: a FEE mark changes the amount, online submission pays the online fee', () => {
    expect(row(model([mark('FEE', 33, 'SIMPLIFY', '80.000')]), 'after', 'FEES')!.fee).toBe(80000);
    expect(row(model([mark('FEE', 33, 'REMOVE')]), 'after', 'FEES')!.fee).toBe(0);
    expect(row(model([mark('SUBMIT_TRIP', 23, 'REPLACE_BY_DATA')]), 'after', 'FEES')).toMatchObject({
      fee: 50000,
      channelMethod: 'TRUC_TUYEN',
    });
    const changed = structuredClone(HKD_RECORD);
    changed.channels[2]!.fees[0]!.amount = 120000;
    const m = buildProcedureModel({
      record: changed,
      processes: [],
      marks: [],
      stored: [],
      defaults: BUILT_IN_DEFAULTS,
      params: WORKED_EXAMPLE_PARAMS,
    });
    expect(row(m, 'before', 'FEES')!.fee).toBe(120000);
  });

  it('abolishing the procedure removes every activity', () => {
    const m = model([
      {
        id: 9,
        targetKind: 'PROCEDURE',
        targetId: null,
        action: 'REMOVE',
        proposedValue: '',
        mergeIntoId: null,
      },
    ]);
    expect(m.after).toEqual([]);
    expect(m.comparison!.afterPerYearMilli).toBe(0n);
  });

  it('overrides replace one row in one scenario and stay marked as overrides; a negative one is refused', () => {
    const o = (scenario: 'BEFORE' | 'AFTER', hoursMilli: number, otherCost = 0) => ({
      scenario,
      derivedKey: 'SUBMIT',
      ord: 5,
      name: 'Đi nộp (xa trung tâm)',
      hoursMilli,
      serviceCost: 0,
      otherCost,
      fee: 0,
      linkedKind: null,
      linkedId: null,
      isOverride: true,
    });
    const m = model([], [o('BEFORE', 3000)]);
    expect(row(m, 'before', 'SUBMIT')).toMatchObject({ origin: 'OVERRIDE', hoursMilli: 3000 });
    expect(row(m, 'after', 'SUBMIT')).toMatchObject({ hoursMilli: 3000 });
    const bad = model([], [o('AFTER', 1000, -5)]);
    expect(bad.comparison).toBeNull();
    expect(bad.errors[0]!.message_vi).toContain('Chi phí khác không được âm');
  });
});

describe('internal steps and days', () => {
  it('removing a step removes its time, shortening changes it, merging joins; days per channel follow', () => {
    const days = (marks: ModelMark[]) => model(marks).daysAfter;
    expect(days([])).toBe(3);
    expect(days([mark('INTERNAL_STEP', 45, 'REMOVE')])).toBe(2.5);
    expect(days([mark('INTERNAL_STEP', 43, 'SIMPLIFY', '04 giờ')])).toBe(2);
    expect(days([mark('INTERNAL_STEP', 42, 'MERGE', '', 43)])).toBe(2.75);
  });

  it('a sum over or under the legal limit is a problem, never adjusted; a stale mark is reported, not applied', () => {
    const over = structuredClone(HKD_RECORD);
    for (const c of over.channels) c.timeValue = 2;
    const m = buildProcedureModel({
      record: over,
      processes: [HKD_PROCESS],
      marks: [mark('INTERNAL_STEP', 999, 'REMOVE')],
      stored: [],
      defaults: BUILT_IN_DEFAULTS,
      params: null,
    });
    expect(m.daysBefore).toBe(3);
    expect(m.channels[0]!.problems).toEqual([{ code: 'PROCESS_OVER', legalDays: 2, processDays: 3 }]);
    expect(m.process.stale.map((s) => s.targetId)).toEqual([999]);
    expect(m.comparison).toBeNull(); // no parameters: activities and days still computed
    expect(m.before.length).toBeGreaterThan(0);
  });

  it('a channel time mark proposes the legal limit the after column shows', () => {
    const m = model([mark('CHANNEL_TIME', 23, 'SIMPLIFY', '1 ngày')]);
    const direct = m.channels.find((c) => c.method === 'TRUC_TIEP')!;
    expect([direct.daysAfter, direct.sourceAfter]).toEqual([1, 'MARK']);
    expect(direct.problems.map((p) => p.code)).toEqual(['AFTER_OVER']);
  });
});
