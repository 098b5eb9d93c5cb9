import { FIELDS, fieldForHeader, headerKey, roleOfSheetName, type SheetRole } from './fields';
import type { RawSheet } from './raw-workbook';

/**
 * How one sheet is read: its role, which row holds the headers (title blocks above are skipped) and which
 * field each column feeds. Detected automatically; the user may change any part in the wizard.
 */
export interface SheetPlan {
  sheet: string;
  role: SheetRole;
  /** Excel row number of the header row (1-based). */
  headerRow: number;
  /** fields[c] is the field fed by column c+1, or null (ignored column). */
  fields: (string | null)[];
}

/** The header row is looked for among the first rows (a title block above it is skipped). */
export const HEADER_SCAN_ROWS = 30;

export function rowTexts(sheet: RawSheet, row: number): string[] {
  const cells = sheet.rows[row - 1] ?? [];
  return Array.from({ length: sheet.colCount }, (_, c) => cells[c]?.v ?? '');
}

/** Columns mapped from a header row's texts, each field used once (the first matching column wins). */
export function mapHeaders(role: SheetRole, headers: string[]): (string | null)[] {
  const used = new Set<string>();
  return headers.map((h) => {
    const key = fieldForHeader(role, h.split('\n')[0] ?? h) ?? fieldForHeader(role, h.replace(/\n/g, ' '));
    if (!key || used.has(key)) return null;
    used.add(key);
    return key;
  });
}

function score(role: SheetRole, fields: (string | null)[]): number {
  // Two recognised headers, one of them a required one, make a header row; a missing required column is then
  // reported by name (IMPORT_MISSING_COLUMN) instead of "no header found".
  const required = FIELDS[role].filter((s) => s.required).map((s) => s.key);
  const mapped = fields.filter(Boolean).length;
  if (mapped < 2 || !required.some((k) => fields.includes(k))) return 0;
  return mapped + required.filter((k) => fields.includes(k)).length;
}

/** The best (role, header row) for a sheet; the sheet name decides the role when it is a known one. */
export function detectPlan(sheet: RawSheet, forcedRole?: SheetRole): SheetPlan | null {
  const named = forcedRole ?? roleOfSheetName(sheet.name);
  const roles: SheetRole[] = named ? [named] : (Object.keys(FIELDS) as SheetRole[]);
  let best: SheetPlan | null = null;
  let bestScore = 0;
  const last = Math.min(sheet.rows.length, HEADER_SCAN_ROWS);
  for (let r = 1; r <= last; r++) {
    const headers = rowTexts(sheet, r);
    for (const role of roles) {
      const fields = mapHeaders(role, headers);
      const base = score(role, fields);
      const s = base > 0 && role === 'list' ? base + 0.5 : base;
      if (s > bestScore) {
        bestScore = s;
        best = { sheet: sheet.name, role, headerRow: r, fields };
      }
    }
  }
  return best;
}

/** A plan for a header row the user picked. */
export function planAt(sheet: RawSheet, role: SheetRole, headerRow: number): SheetPlan {
  return { sheet: sheet.name, role, headerRow, fields: mapHeaders(role, rowTexts(sheet, headerRow)) };
}

/** Fingerprint of a layout (sheet name + header cells, folded) under which a user's mapping is remembered. */
export function layoutKey(sheet: RawSheet, headerRow: number): string {
  return [headerKey(sheet.name), ...rowTexts(sheet, headerRow).map(headerKey)].join('|');
}
