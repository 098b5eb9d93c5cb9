import { readFileSync, renameSync, writeFileSync } from 'node:fs';

/**
 * The main window's size and position, remembered in a small JSON file in userData. Bounds saved on a monitor
 * that is gone (laptop undocked, projector unplugged) must not put the window off screen, so they are clamped
 * to the displays present now by a pure function.
 */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface WindowState {
  bounds: Rect;
  maximized: boolean;
}

export const DEFAULT_SIZE = { width: 1280, height: 800 };
export const MIN_SIZE = { width: 800, height: 560 };
/** How much of the title bar must be on a display for the user to grab the window. */
const VISIBLE_GRIP = { width: 120, height: 40 };

function isFiniteRect(r: unknown): r is Rect {
  const o = r as Partial<Rect> | null;
  return !!o && [o.x, o.y, o.width, o.height].every((v) => typeof v === 'number' && Number.isFinite(v));
}

export function parseWindowState(text: string): WindowState | null {
  try {
    const data = JSON.parse(text) as { bounds?: unknown; maximized?: unknown };
    if (!isFiniteRect(data.bounds)) return null;
    return { bounds: data.bounds, maximized: data.maximized === true };
  } catch {
    return null;
  }
}

function overlap(a: Rect, b: Rect): { width: number; height: number } {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return { width: Math.max(0, width), height: Math.max(0, height) };
}

function centred(area: Rect, width: number, height: number): Rect {
  const w = Math.min(width, area.width);
  const h = Math.min(height, area.height);
  return {
    x: Math.round(area.x + (area.width - w) / 2),
    y: Math.round(area.y + (area.height - h) / 2),
    width: w,
    height: h,
  };
}

/**
 * Where to open the window. `workAreas` are the displays' work areas now, the primary first. Saved bounds are
 * kept when their title bar strip is visible on some display (size shrunk to fit that display); otherwise the
 * saved size, or the default, is centred on the primary display.
 */
export function clampWindowBounds(saved: Rect | null, workAreas: readonly Rect[]): Rect {
  const primary = workAreas[0] ?? { x: 0, y: 0, ...DEFAULT_SIZE };
  if (!saved || !isFiniteRect(saved)) return centred(primary, DEFAULT_SIZE.width, DEFAULT_SIZE.height);
  const width = Math.max(MIN_SIZE.width, Math.round(saved.width));
  const height = Math.max(MIN_SIZE.height, Math.round(saved.height));
  const titleBar: Rect = { x: saved.x, y: saved.y, width, height: VISIBLE_GRIP.height };
  const host = workAreas.find((area) => {
    const o = overlap(titleBar, area);
    return o.width >= VISIBLE_GRIP.width && o.height >= VISIBLE_GRIP.height / 2;
  });
  if (!host) return centred(primary, width, height);
  const w = Math.min(width, host.width);
  const h = Math.min(height, host.height);
  const x = Math.min(Math.max(Math.round(saved.x), host.x), host.x + host.width - w);
  const y = Math.min(Math.max(Math.round(saved.y), host.y), host.y + host.height - h);
  return { x, y, width: w, height: h };
}

export function loadWindowState(file: string): WindowState | null {
  try {
    return parseWindowState(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

/** Best effort: a failed write only loses the remembered size. Written via a temp file so it is never half. */
export function saveWindowState(file: string, state: WindowState): void {
  try {
    writeFileSync(`${file}.tmp`, JSON.stringify(state));
    renameSync(`${file}.tmp`, file);
  } catch {
    // ignore: remembering the window is a convenience
  }
}
