/** A rectangular cell selection tracked by the app (Enterprise range selection is not used). */
export interface CellPos {
  rowIndex: number;
  colId: string;
}

export interface CellRange {
  anchor: CellPos;
  focus: CellPos;
}

export interface RangeBounds {
  top: number;
  bottom: number;
  /** Column ids in display order, left to right. */
  colIds: string[];
}

/** The rows and displayed columns a range covers (order of `displayedColIds`). */
export function rangeBounds(range: CellRange, displayedColIds: readonly string[]): RangeBounds {
  const a = displayedColIds.indexOf(range.anchor.colId);
  const b = displayedColIds.indexOf(range.focus.colId);
  const left = Math.min(a, b);
  const right = Math.max(a, b);
  return {
    top: Math.min(range.anchor.rowIndex, range.focus.rowIndex),
    bottom: Math.max(range.anchor.rowIndex, range.focus.rowIndex),
    colIds: left < 0 ? [] : displayedColIds.slice(left, right + 1),
  };
}

export function inRange(bounds: RangeBounds | null, rowIndex: number, colId: string): boolean {
  return !!bounds && rowIndex >= bounds.top && rowIndex <= bounds.bottom && bounds.colIds.includes(colId);
}

/** Moves the focus end of a range by one cell (shift+arrow), clamped to the grid. */
export function extendRange(
  range: CellRange,
  key: 'ArrowUp' | 'ArrowDown' | 'ArrowLeft' | 'ArrowRight',
  displayedColIds: readonly string[],
  rowCount: number,
): CellRange {
  const { rowIndex, colId } = range.focus;
  const col = displayedColIds.indexOf(colId);
  const next: CellPos =
    key === 'ArrowUp'
      ? { rowIndex: Math.max(0, rowIndex - 1), colId }
      : key === 'ArrowDown'
        ? { rowIndex: Math.min(rowCount - 1, rowIndex + 1), colId }
        : key === 'ArrowLeft'
          ? { rowIndex, colId: displayedColIds[Math.max(0, col - 1)] ?? colId }
          : { rowIndex, colId: displayedColIds[Math.min(displayedColIds.length - 1, col + 1)] ?? colId };
  return { anchor: range.anchor, focus: next };
}

/**
 * Fill-down (Ctrl+D) as Excel does it: with several rows selected, the top row's values go into the rows below;
 * with one row selected, the value of the row above comes down into it. Returns [targetRow, sourceRow] pairs.
 */
export function fillDownPairs(bounds: RangeBounds): [target: number, source: number][] {
  if (bounds.bottom > bounds.top) {
    const out: [number, number][] = [];
    for (let r = bounds.top + 1; r <= bounds.bottom; r++) out.push([r, bounds.top]);
    return out;
  }
  return bounds.top > 0 ? [[bounds.top, bounds.top - 1]] : [];
}
