/**
 * Column widths that fit the content: each column's spec width is the most it may take (long text wraps
 * inside it); a column whose content is shorter shrinks to it, never below its header's longest word.
 * The streaming writer needs widths before the first row, so builders fit from the data they already hold.
 */
import type { ColumnSpec } from '../xlsx/sink';

/** A procedure code column must show a whole code on one line. */
export const CODE_SAMPLE = '1.000000';

function longestLine(v: string | number | null | undefined): number {
  if (v === null || v === undefined) return 0;
  const s = typeof v === 'number' ? v.toLocaleString('vi-VN') : v;
  return s.split('\n').reduce((m, line) => Math.max(m, line.length), 0);
}

function longestWord(s: string): number {
  return s.split(/\s+/).reduce((m, w) => Math.max(m, w.length), 0);
}

/** `rows` are samples of the cells (any number of rows; undefined entries leave a column at its spec width). */
export function fitColumns(
  columns: readonly ColumnSpec[],
  rows: readonly (readonly (string | number | null | undefined)[])[],
  only?: readonly number[],
): ColumnSpec[] {
  return columns.map((c, i) => {
    if (only && !only.includes(i)) return c;
    const natural = rows.reduce<number>((m, r) => Math.max(m, longestLine(r[i])), 0);
    const floor = Math.max(longestWord(c.header) + 2, 6);
    return { ...c, width: Math.min(c.width, Math.max(floor, Math.ceil(natural * 1.1) + 2)) };
  });
}
