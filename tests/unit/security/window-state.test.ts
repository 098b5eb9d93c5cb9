import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import {
  clampWindowBounds,
  DEFAULT_SIZE,
  loadWindowState,
  MIN_SIZE,
  parseWindowState,
  saveWindowState,
} from '../../../electron/main/window/window-state';

const laptop = { x: 0, y: 0, width: 1366, height: 728 };
const rightMonitor = { x: 1366, y: 0, width: 1920, height: 1040 };

describe('remembered window bounds are clamped to the displays present now', () => {
  test('bounds on a present display are kept', () => {
    expect(clampWindowBounds({ x: 1500, y: 100, width: 1200, height: 800 }, [laptop, rightMonitor])).toEqual({
      x: 1500,
      y: 100,
      width: 1200,
      height: 800,
    });
  });

  test('bounds on a monitor that was unplugged are centred on the primary display', () => {
    const r = clampWindowBounds({ x: 1500, y: 100, width: 1200, height: 700 }, [laptop]);
    expect(r).toEqual({ x: 83, y: 14, width: 1200, height: 700 });
  });

  test('a window larger than the display shrinks to it; one hanging off an edge is pulled back', () => {
    expect(clampWindowBounds({ x: 0, y: 0, width: 3000, height: 2000 }, [laptop])).toEqual(laptop);
    expect(clampWindowBounds({ x: 1000, y: -10, width: 1000, height: 600 }, [laptop])).toEqual({
      x: 366,
      y: 0,
      width: 1000,
      height: 600,
    });
  });

  test('a title bar above the top of every display (unreachable) is treated as off screen', () => {
    const r = clampWindowBounds({ x: 100, y: -700, width: 1000, height: 600 }, [laptop]);
    expect(r.y).toBeGreaterThanOrEqual(0);
  });

  test('nothing saved or garbage → default size centred; tiny sizes grow to the minimum', () => {
    expect(clampWindowBounds(null, [rightMonitor])).toEqual({
      x: 1366 + (1920 - DEFAULT_SIZE.width) / 2,
      y: (1040 - DEFAULT_SIZE.height) / 2,
      ...DEFAULT_SIZE,
    });
    expect(clampWindowBounds({ x: NaN, y: 0, width: 10, height: 10 }, [laptop]).width).toBe(
      DEFAULT_SIZE.width,
    );
    const tiny = clampWindowBounds({ x: 10, y: 10, width: 10, height: 10 }, [laptop]);
    expect([tiny.width, tiny.height]).toEqual([MIN_SIZE.width, MIN_SIZE.height]);
    expect(clampWindowBounds(null, [])).toMatchObject(DEFAULT_SIZE);
  });

  test('the state file round-trips and a damaged one is ignored', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tinhgon-ws-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));
    const file = join(dir, 'window-state.json');
    expect(loadWindowState(file)).toBeNull();
    saveWindowState(file, { bounds: { x: 1, y: 2, width: 900, height: 600 }, maximized: true });
    expect(loadWindowState(file)).toEqual({
      bounds: { x: 1, y: 2, width: 900, height: 600 },
      maximized: true,
    });
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ maximized: true });
    expect(parseWindowState('{"bounds":{"x":1}}')).toBeNull();
    expect(parseWindowState('not json')).toBeNull();
    saveWindowState(join(dir, 'missing-folder', 'w.json'), {
      bounds: { x: 0, y: 0, width: 1, height: 1 },
      maximized: false,
    });
  });
});
