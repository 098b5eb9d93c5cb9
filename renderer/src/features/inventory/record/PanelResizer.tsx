import { useCallback, useState, type ReactNode } from 'react';
import { useI18n } from '../../../i18n';

const KEY = 'tinhgon.recordPanelWidth';
const MIN = 320;
const DEFAULT = 420;
/** The grid keeps at least this much beside the panel (its pinned code and name plus a useful column or two). */
const GRID_MIN = 700;
/** The gaps on both sides of the resizer bar. */
const GAPS = 12;

function clamp(width: number, room: number): number {
  return Math.round(Math.max(MIN, Math.min(width, Math.max(MIN, room - GRID_MIN - GAPS))));
}

/** The record panel's width: remembered between sessions, never so wide that the grid drops under GRID_MIN. */
export function usePanelWidth() {
  const [width, setWidth] = useState(() => {
    const stored = Number(localStorage.getItem(KEY));
    return Number.isFinite(stored) && stored >= MIN ? stored : DEFAULT;
  });
  const resize = useCallback((next: number, room: number) => {
    const w = clamp(next, room);
    setWidth(w);
    try {
      localStorage.setItem(KEY, String(w));
    } catch {
      // Remembering the width is a convenience.
    }
  }, []);
  return { width, resize };
}

/**
 * The bar between the grid and the record panel: drag it, or focus it and use ← / →, to give the grid or the
 * record more room. `room` is the width shared by the two.
 */
export function PanelResizer(p: {
  width: number;
  room: () => number;
  onResize: (w: number, room: number) => void;
}) {
  const { t } = useI18n();
  const start = (e: React.PointerEvent<HTMLDivElement>) => {
    e.preventDefault();
    const el = e.currentTarget;
    el.setPointerCapture(e.pointerId);
    const x0 = e.clientX;
    const w0 = p.width;
    const room = p.room();
    const move = (m: PointerEvent) => p.onResize(w0 + (x0 - m.clientX), room);
    const up = () => {
      el.removeEventListener('pointermove', move);
      el.removeEventListener('pointerup', up);
    };
    el.addEventListener('pointermove', move);
    el.addEventListener('pointerup', up);
  };
  return (
    <div
      className="panel-resizer"
      role="separator"
      aria-orientation="vertical"
      aria-label={t('inventory.panel.resize')}
      aria-valuenow={p.width}
      title={t('inventory.panel.resize')}
      tabIndex={0}
      onPointerDown={start}
      onKeyDown={(e) => {
        if (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight') return;
        e.preventDefault();
        p.onResize(p.width + (e.key === 'ArrowLeft' ? 40 : -40), p.room());
      }}
    />
  );
}

/** The record panel with its resizer: `room()` is the width it shares with the grid; `children` gets its width. */
export function ResizablePanel(p: { room: () => number; children: (width: number) => ReactNode }) {
  const { width, resize } = usePanelWidth();
  return (
    <>
      <PanelResizer width={width} room={p.room} onResize={resize} />
      {p.children(width)}
    </>
  );
}
