/**
 * CSV for the grid export: UTF-8 with a BOM (Excel detects the encoding), CRLF rows, RFC 4180 quoting,
 * and formula neutralisation (OWASP / reliability-perf.md §2.4): a field starting with = + - @ tab or CR
 * gets a leading apostrophe, so a spreadsheet opens it as text, never as a formula.
 */
const DANGEROUS_START = /^[=+\-@\t\r]/;

export function neutralise(field: string): string {
  return DANGEROUS_START.test(field) ? `'${field}` : field;
}

export function csvField(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const safe = neutralise(value.normalize('NFC'));
  return /[",\r\n]/.test(safe) || safe !== safe.trim() ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function csvLine(fields: readonly (string | number | null)[]): string {
  return fields.map(csvField).join(',') + '\r\n';
}

export const BOM = '\uFEFF';
