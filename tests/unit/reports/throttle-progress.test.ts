/**
 * Export progress leaves the worker at most once per interval, and the final count always does, so the
 * screen's last poll shows 100 % (a fake clock: no timing in tests).
 */
import { describe, expect, test } from 'vitest';
import { throttleProgress } from '../../../electron/backend/workers/throttle-progress';

describe('throttleProgress', () => {
  test('the first report, then one per interval, and always the last', () => {
    let clock = 0;
    const posted: [number, number][] = [];
    const progress = throttleProgress(
      (d, t) => posted.push([d, t]),
      100,
      () => clock,
    );
    for (let done = 50; done <= 1000; done += 50) {
      progress(done, 1000);
      clock += 30;
    }
    // 20 reports 30 ms apart: at 0, 120, 240, 360, 480 ms, then the last one (1000 of 1000) at 570 ms.
    expect(posted).toEqual([
      [50, 1000],
      [250, 1000],
      [450, 1000],
      [650, 1000],
      [850, 1000],
      [1000, 1000],
    ]);
  });

  test('slow reports all go through', () => {
    let clock = 0;
    const posted: number[] = [];
    const progress = throttleProgress(
      (d) => posted.push(d),
      100,
      () => clock,
    );
    for (const done of [1, 2, 3]) {
      progress(done, 10);
      clock += 150;
    }
    expect(posted).toEqual([1, 2, 3]);
  });
});
