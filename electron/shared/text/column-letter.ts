/** The spreadsheet letter of a 1-based column number (1 → A, 27 → AA), as Excel names cells in messages and formulas. */
export function columnLetter(col: number): string {
  let s = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}
