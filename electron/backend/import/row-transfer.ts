import type { CellKind, RawCell, RawSheet } from './raw-workbook';

/**
 * Rows sent from the import worker to the main thread as a few flat arrays instead of one object per cell:
 * structured clone copies an array of strings far faster than as many small objects. `unpackRows(packRows(rows))`
 * equals `rows`.
 */
export interface PackedRows {
  /** Per row: 'R' (no row) or '[' (a row follows); per cell: '0' (none) or its CellKind. */
  shape: string;
  /** The value of every cell, in order. */
  values: string[];
  /** For cells with extras: [cell index, enc ('' when none), 1 when a formula], flattened. */
  extras: (string | number)[];
}

export function packRows(rows: RawSheet['rows']): PackedRows {
  let shape = '';
  const values: string[] = [];
  const extras: (string | number)[] = [];
  for (const row of rows) {
    if (!row) {
      shape += 'R';
      continue;
    }
    shape += '[';
    for (const cell of row) {
      if (!cell) {
        shape += '0';
        continue;
      }
      shape += cell.k;
      if (cell.enc || cell.f) extras.push(values.length, cell.enc ?? '', cell.f ? 1 : 0);
      values.push(cell.v);
    }
  }
  return { shape, values, extras };
}

export function unpackRows({ shape, values, extras }: PackedRows): RawSheet['rows'] {
  const rows: RawSheet['rows'] = [];
  let row: (RawCell | null)[] | null = null;
  let at = 0;
  let extra = 0;
  for (let i = 0; i < shape.length; i++) {
    const k = shape[i]!;
    if (k === 'R') rows.push((row = null));
    else if (k === '[') rows.push((row = []));
    else if (k === '0') row!.push(null);
    else {
      const v = values[at]!;
      let cell: RawCell = { v, k: k as CellKind };
      if (extras[extra] === at) {
        const enc = extras[extra + 1] as RawCell['enc'] | '';
        const f = extras[extra + 2] === 1;
        cell = enc ? (f ? { v, k: cell.k, f: true, enc } : { v, k: cell.k, enc }) : { v, k: cell.k, f: true };
        extra += 3;
      }
      row!.push(cell);
      at++;
    }
  }
  return rows;
}
