/**
 * What the worker hands back: every sheet as a grid of cleaned text cells (NFC, trimmed, legacy fonts decoded,
 * formulas replaced by their cached results). Structured-clone friendly: plain objects and arrays only.
 */
export type CellKind =
  /** text (also rich text, hyperlinks) */
  | 's'
  /** a number: `v` is its shortest decimal form, e.g. "1.0012" */
  | 'n'
  /** a date: `v` is YYYY-MM-DD */
  | 'd'
  | 'b'
  /** a formula error (#N/A, #REF!…) or a formula without a cached result: `v` is the error text */
  | 'e';

export interface RawCell {
  v: string;
  k: CellKind;
  /** Set when the cell was typed in a legacy font/encoding and converted to Unicode. */
  enc?: 'TCVN3' | 'VNI';
  /** The cell held a formula (its cached result is `v`). */
  f?: true;
}

export interface RawSheet {
  name: string;
  /** rows[r] is Excel row r+1; cells[c] is column c+1; merged non-master cells are null. */
  rows: ((RawCell | null)[] | null)[];
  colCount: number;
}

export interface RawWorkbook {
  sheets: RawSheet[];
}

export { columnLetter } from '../../shared/text/column-letter';
