import { describe, expect, it } from 'vitest';
import {
  BUILT_IN_DEFAULTS,
  WORKED_EXAMPLE_PARAMS,
  buildProcedureModel,
  type CostRecord,
  type InternalProcess,
  type ModelMark,
} from '../../../electron/shared/cost';
import { CHAIN, HKD_STEPS, RESIDENCE } from './citizen-fixture';
import { HKD_MARKS, HKD_RECORD } from './hkd-fixture';

const mark = (
  id: number,
  targetKind: string,
  targetId: number,
  action: string,
  proposedValue = '',
  mergeIntoId: number | null = null,
): ModelMark => ({ id, targetKind, targetId, action, proposedValue, mergeIntoId, reason: 'lý do' });

const HKD: CostRecord = { ...HKD_RECORD, steps: HKD_STEPS };
const model = (record: CostRecord, marks: ModelMark[], processes: InternalProcess[] = []) =>
  buildProcedureModel({
    record,
    processes,
    marks,
    stored: [],
    defaults: BUILT_IN_DEFAULTS,
    params: WORKED_EXAMPLE_PARAMS,
  });
const perYear = (m: ReturnType<typeof model>) => m.comparison!.afterPerYearMilli;
const outcome = (m: ReturnType<typeof model>, stepId: number) => m.steps.find((s) => s.stepId === stepId)!;

describe('a mark on a citizen step changes what the step costs', () => {
  it('removing the submission step removes the submission trip: −2 giờ, −30.000 đ per dossier', () => {
    const none = model(HKD, []);
    const m = model(HKD, [mark(90, 'STEP', 101, 'REMOVE')]);
    expect(m.removed.map((r) => r.activity.key)).toEqual(['SUBMIT']);
    expect(outcome(m, 101).effect).toMatchObject({ rowKeys: ['SUBMIT'], hoursMilli: 2000, money: 30000 });
    expect(perYear(m)).toBeLessThan(perYear(none));
  });

  it('the issue’s example: removing step 2 of 1.001612 (the office’s handling) removes the internal steps it covers', () => {
    const m = model(HKD, [mark(90, 'STEP', 102, 'REMOVE')], [CHAIN]);
    expect(m.daysBefore).toBe(3);
    expect(m.daysAfter).toBe(0);
    expect(outcome(m, 102).effect!.internalStepIds).toEqual([201, 202, 203, 204, 205, 206]);
    expect(m.process.processes[0]!.steps[0]).toMatchObject({
      fate: 'REMOVED',
      viaStepId: 102,
      reason: 'lý do',
    });
    // With the worked example's own marks on internal steps 2–4, those win; step 2 takes steps 1, 5, 6: 2 → 1 day.
    const own = HKD_MARKS.map((x) =>
      x.targetKind === 'INTERNAL_STEP'
        ? { ...x, targetId: x.targetId! + 160, mergeIntoId: x.mergeIntoId && x.mergeIntoId + 160 }
        : x,
    );
    expect(model(HKD, own, [CHAIN]).daysAfter).toBe(2);
    const both = model(HKD, [...own, mark(90, 'STEP', 102, 'REMOVE')], [CHAIN]);
    expect(both.daysAfter).toBe(1);
    expect(outcome(both, 102).effect!.internalStepIds).toEqual([201, 205, 206]);
  });

  it('shortening the office step sets the first internal step it covers and joins the others to it', () => {
    const m = model(HKD, [mark(90, 'STEP', 102, 'SIMPLIFY', '0,5 ngày làm việc')], [CHAIN]);
    expect(m.daysAfter).toBe(0.5);
    const fates = m.process.processes[0]!.steps.map((s) => s.fate);
    expect(fates).toEqual(['SHORTENED', 'MERGED', 'MERGED', 'MERGED', 'MERGED', 'MERGED', 'KEPT']);
  });

  it('a mark made directly on the trip wins; a step of other channels changes their own cost per dossier, not the yearly figure', () => {
    // Step 1 (trực tiếp hoặc bưu chính): the Trực tiếp trip has its own mark, which counts; the postal one goes.
    const m = model(HKD, [mark(3, 'SUBMIT_TRIP', 23, 'REPLACE_BY_DATA'), mark(90, 'STEP', 101, 'REMOVE')]);
    const own = model(HKD, [mark(3, 'SUBMIT_TRIP', 23, 'REPLACE_BY_DATA')]);
    expect(outcome(m, 101)).toMatchObject({
      reason: null,
      effect: { hoursMilli: 0, money: 0, channels: [{ channelId: 22, hoursMilli: 500, money: 30000 }] },
    });
    expect(perYear(m)).toBe(perYear(own));
    // Step 3 is Trực tuyến only: its submission (0,5 giờ) leaves the online cost per dossier, the yearly figure
    // (counted on Trực tiếp) stays.
    const none = model(HKD, []);
    const online = model(HKD, [mark(91, 'STEP', 103, 'REMOVE')]);
    expect(outcome(online, 103)).toMatchObject({
      reason: null,
      effect: { hoursMilli: 0, channels: [{ channelId: 21, hoursMilli: 500, money: 0 }] },
    });
    const cost = (x: typeof none, id: number) => x.channelCosts.find((c) => c.channelId === id)!;
    expect(cost(none, 21).beforeMilli! - cost(online, 21).afterMilli!).toBe(500 * 28_409);
    expect(cost(online, 23)).toMatchObject({ counted: true });
    expect(cost(online, 23).afterMilli).toBe(Number(online.comparison!.after.perDossierMilli));
    expect(perYear(online)).toBe(perYear(none));
    // Abolishing the procedure leaves nothing to pay on any channel.
    const gone = model(HKD, [{ ...mark(92, 'PROCEDURE', 0, 'REMOVE'), targetId: null }]);
    expect(gone.channelCosts.map((c) => c.afterMilli)).toEqual([0, 0, 0]);
  });

  it('without a quy trình nội bộ the only office step carries the channel’s days; pay, prepare, result reach fees, documents, trips', () => {
    const base = model(RESIDENCE, []);
    expect(base.daysBefore).toBe(7);
    const office = model(RESIDENCE, [mark(90, 'STEP', 303, 'REMOVE')]);
    expect(office.daysAfter).toBe(0);
    expect(outcome(office, 303).effect!.dayCuts).toEqual([
      { channelId: 321, days: 7, estimate: null },
      { channelId: 322, days: 7, estimate: null },
    ]);
    expect(office.channels.every((c) => !c.estimated)).toBe(true);
    expect(office.channels.find((c) => c.channelId === 322)!.sourceAfter).toBe('STEPS');
    const pay = model(RESIDENCE, [mark(91, 'STEP', 304, 'REMOVE')]);
    expect(pay.after.find((a) => a.key === 'FEES')!.fee).toBe(0);
    expect(outcome(pay, 304).effect!.money).toBe(20000);
    const lower = model(RESIDENCE, [mark(92, 'STEP', 304, 'SIMPLIFY', '5.000')]);
    expect(lower.after.find((a) => a.key === 'FEES')!.fee).toBe(5000);
    const prepare = model(RESIDENCE, [mark(93, 'STEP', 301, 'REPLACE_BY_DATA')]);
    expect(prepare.removed.map((r) => r.activity.key)).toEqual(['COMPONENT:311', 'COMPONENT:312']);
    const result = model(RESIDENCE, [mark(94, 'STEP', 305, 'REMOVE')]);
    expect(result.removed.map((r) => r.activity.key)).toEqual(['RESULT']);
    // Merging the submission into the result: one trip serves both.
    const merged = model(RESIDENCE, [mark(95, 'STEP', 302, 'MERGE', '', 305)]);
    expect(merged.removed.map((r) => r.activity.key)).toEqual(['SUBMIT']);
    expect(perYear(merged)).toBeLessThan(perYear(base));
  });

  it('a step the officer classes as a visit costs a trip; removing it removes that trip', () => {
    const record = {
      ...RESIDENCE,
      steps: RESIDENCE.steps!.map((s) =>
        s.id === 303 ? { ...s, costKind: 'VISIT' as const, costChannels: [] } : s,
      ),
    };
    const m = model(record, []);
    const visit = m.before.find((a) => a.key === 'STEP:303')!;
    expect(visit).toMatchObject({ rule: 'TRIP_VISIT', hoursMilli: 2000, otherCost: 30000 });
    const cut = model(record, [mark(90, 'STEP', 303, 'REMOVE')]);
    expect(cut.removed.map((r) => r.activity.key)).toEqual(['STEP:303']);
    expect(outcome(cut, 303).effect).toMatchObject({ hoursMilli: 2000, money: 30000 });
  });

  it('without a process, office steps that state no time share the channel’s days evenly, shown as an estimate', () => {
    const three = {
      ...RESIDENCE,
      steps: [
        ...RESIDENCE.steps!,
        { ...RESIDENCE.steps![2]!, id: 307 },
        { ...RESIDENCE.steps![2]!, id: 308 },
      ],
    };
    const none = model(three, []);
    // Before any mark the step says what a mark would cut: 7 days over 3 office steps.
    expect(outcome(none, 303).estimate).toEqual({ days: 7 / 3, legalDays: 7, steps: 3 });
    const one = model(three, [mark(90, 'STEP', 303, 'REMOVE')]);
    expect(one.daysAfter).toBeCloseTo(14 / 3, 6);
    expect(outcome(one, 303).effect!.dayCuts[0]).toMatchObject({ estimate: { legalDays: 7, steps: 3 } });
    expect(outcome(one, 303).reason).toBeNull();
    expect(one.channels.every((c) => c.estimated && c.sourceAfter === 'STEPS')).toBe(true);
    // All three removed: nothing of the 7 days is left, exactly (no float remainder).
    const all = model(
      three,
      [90, 91, 92].map((id, i) => mark(id, 'STEP', [303, 307, 308][i]!, 'REMOVE')),
    );
    expect(all.daysAfter).toBe(0);
    // A step that states its own days keeps them; the others share what is left (7 − 4 = 3 over 2).
    const own = {
      ...three,
      steps: three.steps.map((s) =>
        s.id === 308 ? { ...s, text: 'Trong thời hạn 04 ngày làm việc, cán bộ đăng ký thẩm định hồ sơ.' } : s,
      ),
    };
    expect(outcome(model(own, []), 303).estimate).toEqual({ days: 1.5, legalDays: 3, steps: 2 });
    expect(outcome(model(own, []), 308).estimate).toBeNull();
    expect(model(own, [mark(90, 'STEP', 308, 'REMOVE')]).channels[0]!.estimated).toBe(false);
  });

  it('where a mark can change nothing the outcome says why, in terms the officer can act on', () => {
    const note = {
      ...RESIDENCE,
      steps: [
        ...RESIDENCE.steps!,
        { ...RESIDENCE.steps![0]!, id: 306, text: '* Lưu ý: cá nhân có quyền lựa chọn nơi thực hiện.' },
      ],
    };
    expect(outcome(model(note, [mark(90, 'STEP', 306, 'REMOVE')]), 306).reason!.code).toBe('NOTE_STEP');
    expect(
      outcome(model(RESIDENCE, [mark(91, 'STEP', 302, 'SIMPLIFY', 'nhanh hơn')]), 302).reason!.code,
    ).toBe('NEEDS_VALUE');
    expect(outcome(model(RESIDENCE, [mark(92, 'STEP', 304, 'MERGE', '', 302)]), 304).reason!.code).toBe(
      'MERGE_KEEPS',
    );
    // Office steps whose stated days take the channel's whole time leave nothing to share: the reason says so.
    const stated = {
      ...RESIDENCE,
      steps: [
        ...RESIDENCE.steps!,
        {
          ...RESIDENCE.steps![2]!,
          id: 307,
          text: 'Trong thời hạn 07 ngày làm việc, cán bộ đăng ký thẩm định hồ sơ.',
        },
      ],
    };
    expect(outcome(model(stated, [mark(93, 'STEP', 303, 'REMOVE')]), 303).reason).toMatchObject({
      code: 'NO_PROCESS',
      days: 7,
    });
  });
});
