import { describe, expect, it } from 'vitest';
import { deriveAfter, type Activity, type Mark } from '../../../electron/shared/cost';
import { act, unwrap } from './helpers';

const mark = (over: Partial<Mark> & Pick<Mark, 'targetKind' | 'action'>): Mark => ({
  targetId: null,
  mergeIntoId: null,
  ...over,
});

// Step 10 (nộp hồ sơ), step 11 (nhận kết quả); component 20 (bản sao CCCD), component 21 (tờ khai).
const BEFORE: Activity[] = [
  act(1, { name: 'Tìm hiểu thông tin' }),
  act(2, { name: 'Chuẩn bị tờ khai', linkedKind: 'COMPONENT', linkedId: 21 }),
  act(3, { name: 'Chuẩn bị bản sao CCCD', linkedKind: 'COMPONENT', linkedId: 20 }),
  act(4, { name: 'Chứng thực bản sao CCCD', linkedKind: 'COMPONENT', linkedId: 20, otherCost: 4000 }),
  act(5, { name: 'Đi nộp hồ sơ', linkedKind: 'STEP', linkedId: 10, otherCost: 30_000 }),
  act(6, { name: 'Đi nhận kết quả', linkedKind: 'STEP', linkedId: 11, otherCost: 30_000, fee: 100_000 }),
];

const ords = (list: readonly Activity[]) => list.map((a) => a.ord);

describe('deriveAfter: marks remove linked activities', () => {
  it('no marks: everything carries over unchanged, not flagged as override', () => {
    const d = unwrap(deriveAfter(BEFORE, [], []));
    expect(d.activities).toEqual(BEFORE);
    expect(d.removed).toEqual([]);
    expect(d.overridden).toEqual([]);
  });

  it.each(['REMOVE', 'REPLACE_BY_DATA'] as const)(
    'COMPONENT %s removes its preparation and copy activities',
    (action) => {
      const m = mark({ targetKind: 'COMPONENT', targetId: 20, action });
      const d = unwrap(deriveAfter(BEFORE, [m], []));
      expect(ords(d.activities)).toEqual([1, 2, 5, 6]);
      expect(d.removed.map((r) => [r.activity.ord, r.byMark])).toEqual([
        [3, m],
        [4, m],
      ]);
    },
  );

  it('STEP REMOVE removes the step’s activities', () => {
    const m = mark({ targetKind: 'STEP', targetId: 11, action: 'REMOVE' });
    const d = unwrap(deriveAfter(BEFORE, [m], []));
    expect(ords(d.activities)).toEqual([1, 2, 3, 4, 5]);
    expect(d.removed).toEqual([{ activity: BEFORE[5], byMark: m }]);
  });

  it('STEP MERGE removes the merged step’s activities; the merge target keeps its own', () => {
    const m = mark({ targetKind: 'STEP', targetId: 11, action: 'MERGE', mergeIntoId: 10 });
    const d = unwrap(deriveAfter(BEFORE, [m], []));
    expect(ords(d.activities)).toEqual([1, 2, 3, 4, 5]);
    expect(d.removed.map((r) => r.activity.ord)).toEqual([6]);
  });

  it('COMPONENT MERGE removes the merged component’s activities (two papers become one)', () => {
    const m = mark({ targetKind: 'COMPONENT', targetId: 20, action: 'MERGE', mergeIntoId: 21 });
    const d = unwrap(deriveAfter(BEFORE, [m], []));
    expect(ords(d.activities)).toEqual([1, 2, 5, 6]);
  });

  it('STEP REPLACE_BY_DATA removes the step’s activities (the office looks the data up)', () => {
    const m = mark({ targetKind: 'STEP', targetId: 10, action: 'REPLACE_BY_DATA' });
    const d = unwrap(deriveAfter(BEFORE, [m], []));
    expect(ords(d.activities)).toEqual([1, 2, 3, 4, 6]);
  });

  it.each(['SIMPLIFY', 'KEEP'] as const)('%s changes nothing', (action) => {
    const marks = [
      mark({ targetKind: 'STEP', targetId: 10, action }),
      mark({ targetKind: 'COMPONENT', targetId: 20, action }),
    ];
    const d = unwrap(deriveAfter(BEFORE, marks, []));
    expect(d.activities).toEqual(BEFORE);
    expect(d.removed).toEqual([]);
  });

  it('marks on other targets (copy requirement, fee, time) change nothing by themselves', () => {
    const marks = [
      mark({ targetKind: 'COMPONENT_COPY_REQ', targetId: 20, action: 'REMOVE' }),
      mark({ targetKind: 'FEE', targetId: 1, action: 'REMOVE' }),
      mark({ targetKind: 'CHANNEL_TIME', targetId: 1, action: 'SIMPLIFY' }),
    ];
    expect(unwrap(deriveAfter(BEFORE, marks, [])).activities).toEqual(BEFORE);
  });

  it('a mark on another element with the same id but another kind does not apply', () => {
    const m = mark({ targetKind: 'STEP', targetId: 20, action: 'REMOVE' }); // step 20 ≠ component 20
    expect(ords(unwrap(deriveAfter(BEFORE, [m], [])).activities)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('PROCEDURE REMOVE (bãi bỏ) removes every activity, linked or not', () => {
    const m = mark({ targetKind: 'PROCEDURE', action: 'REMOVE' });
    const d = unwrap(deriveAfter(BEFORE, [m], []));
    expect(d.activities).toEqual([]);
    expect(d.removed.map((r) => r.activity.ord)).toEqual([1, 2, 3, 4, 5, 6]);
  });
});

describe('deriveAfter: overrides win and are reported', () => {
  it('replaces a carried-over activity by ord and flags it', () => {
    const o = act(5, { name: 'Nộp trực tuyến', hoursMilli: 500, isOverride: false });
    const d = unwrap(deriveAfter(BEFORE, [], [o]));
    expect(d.activities.find((a) => a.ord === 5)).toEqual({ ...o, isOverride: true });
    expect(d.overridden).toEqual([{ override: o, replaced: BEFORE[4], removedByMark: null }]);
  });

  it('reinstates an activity a mark removed, and says which mark', () => {
    const m = mark({ targetKind: 'COMPONENT', targetId: 20, action: 'REPLACE_BY_DATA' });
    const o = act(4, { name: 'Tra cứu dữ liệu dân cư', hoursMilli: 100, isOverride: true });
    const d = unwrap(deriveAfter(BEFORE, [m], [o]));
    expect(ords(d.activities)).toEqual([1, 2, 4, 5, 6]);
    expect(d.removed.map((r) => r.activity.ord)).toEqual([3]);
    expect(d.overridden).toEqual([{ override: o, replaced: BEFORE[3], removedByMark: m }]);
  });

  it('an override with a new ord adds an activity, in ord order', () => {
    const o = act(7, { name: 'Xác thực VNeID', hoursMilli: 250, isOverride: true });
    const o0 = act(0, { name: 'Đăng nhập Cổng DVCQG', hoursMilli: 100, isOverride: true });
    const d = unwrap(deriveAfter(BEFORE, [], [o, o0]));
    expect(ords(d.activities)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(d.overridden.map((x) => [x.override.ord, x.replaced])).toEqual([
      [7, null],
      [0, null],
    ]);
  });

  it('overrides apply even after the whole procedure is abolished', () => {
    const m = mark({ targetKind: 'PROCEDURE', action: 'REMOVE' });
    const o = act(1, { name: 'Tìm hiểu thông báo bãi bỏ', hoursMilli: 100 });
    const d = unwrap(deriveAfter(BEFORE, [m], [o]));
    expect(ords(d.activities)).toEqual([1]);
    expect(d.overridden[0]?.removedByMark).toBe(m);
  });

  it('rejects duplicate ords with a typed error instead of guessing', () => {
    const r = deriveAfter([act(1), act(1)], [], [act(2), act(2)]);
    expect(r).toEqual({
      ok: false,
      errors: [
        {
          code: 'COST_INVALID',
          field: 'before[1].ord',
          message_vi: 'Số thứ tự 1 bị trùng trong các hoạt động trước đơn giản hóa.',
          message_en: 'Order number 1 is used twice in the before activities.',
        },
        expect.objectContaining({ field: 'overrides[1].ord' }),
      ],
    });
  });

  it('does not mutate its inputs', () => {
    const before = structuredClone(BEFORE);
    const o = act(5, { hoursMilli: 1 });
    deriveAfter(before, [mark({ targetKind: 'STEP', targetId: 10, action: 'REMOVE' })], [o]);
    expect(before).toEqual(BEFORE);
    expect(o.isOverride).toBe(false);
  });
});
