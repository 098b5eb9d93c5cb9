import { ApiFailure } from '../api-failure';
import { attachChildren, type ChildSheet } from './child-rows';
import { fieldSpec, FIELDS, type SheetRole } from './fields';
import { detectPlan, layoutKey, type SheetPlan } from './layout';
import { readListRows, type Candidate } from './list-rows';
import type { Problem } from './problems';
import type { RawWorkbook } from './raw-workbook';

/**
 * The engine shared by the wizard and the CLI: which sheets feed which role (detected, remembered per layout,
 * or given by the user), then every row turned into a candidate with its problems.
 */
export type ImportFormat = 'dvcqg-list' | 'multi-sheet' | 'tinhgon' | 'free-form' | 'list';

export interface Analysis {
  format: ImportFormat;
  plans: SheetPlan[];
}

const DVCQG_HEADERS = ['code', 'name', 'issuingAgency', 'executingAgencies', 'field'];

/**
 * The column mapping remembered for a sheet layout (import_mappings, by layoutKey), if any: read from the
 * database on the main thread, or from a copy of the table in the import worker (list-read-ahead.ts).
 */
export type MappingLookup = (layoutKey: string) => { fields: (string | null)[] } | undefined;

/** Detects a plan per sheet; a remembered mapping for the same layout replaces the detected columns. */
export function detectPlans(
  remembered: MappingLookup,
  raw: RawWorkbook,
  listSheet?: string,
  fileName = '',
): SheetPlan[] {
  if (listSheet && !raw.sheets.some((s) => s.name === listSheet))
    throw new ApiFailure('IMPORT_NO_SHEET', { file: fileName, sheet: listSheet });
  const plans: SheetPlan[] = [];
  const seen = new Set<SheetRole>();
  for (const sheet of raw.sheets) {
    const forced = listSheet === sheet.name ? 'list' : undefined;
    let plan = detectPlan(sheet, forced);
    if (!plan || (listSheet && plan.role === 'list' && sheet.name !== listSheet)) continue;
    const mapping = remembered(layoutKey(sheet, plan.headerRow));
    if (mapping) plan = { ...plan, fields: mapping.fields };
    if (seen.has(plan.role)) continue;
    seen.add(plan.role);
    plans.push(plan);
  }
  return plans;
}

export function formatOf(plans: SheetPlan[]): ImportFormat {
  const list = plans.find((p) => p.role === 'list');
  if (plans.some((p) => p.role === 'fees')) return 'tinhgon';
  if (plans.length > 1) return 'multi-sheet';
  if (!list) return 'list';
  const mapped = list.fields.filter(Boolean);
  if (mapped.length === DVCQG_HEADERS.length && DVCQG_HEADERS.every((k) => mapped.includes(k)))
    return 'dvcqg-list';
  if (list.fields.includes('stt') || list.fields.includes('time') || list.fields.includes('fee'))
    return 'free-form';
  return 'list';
}

export interface Built {
  candidates: Candidate[];
  /** Child-sheet rows whose code is not in the list (they belong to no candidate). */
  orphanProblems: Problem[];
}

/** Candidates from the plans; refuses the whole file when the list sheet lacks a required column. */
export function buildCandidates(raw: RawWorkbook, plans: SheetPlan[], fileName: string): Built {
  const list = listPlanOf(raw, plans, fileName);
  const sheetOf = (name: string) => raw.sheets.find((s) => s.name === name)!;
  const candidates = readListRows(sheetOf(list.sheet), list);
  const children: ChildSheet[] = plans
    .filter((p) => p.role !== 'list')
    .map((plan) => ({ sheet: sheetOf(plan.sheet), plan }));
  const orphanProblems = attachChildren(candidates, children);
  return { candidates, orphanProblems };
}

/** The list sheet's plan; refuses a workbook without one, or with a required column missing from a sheet. */
export function listPlanOf(raw: RawWorkbook, plans: SheetPlan[], fileName: string): SheetPlan {
  const list = plans.find((p) => p.role === 'list');
  if (!list) throw new ApiFailure('IMPORT_NO_HEADER', { file: fileName, sheet: raw.sheets[0]?.name ?? '' });
  for (const plan of plans) {
    for (const spec of FIELDS[plan.role].filter((s) => s.required)) {
      if (!plan.fields.includes(spec.key))
        throw new ApiFailure('IMPORT_MISSING_COLUMN', {
          file: fileName,
          sheet: plan.sheet,
          column: spec.vi,
          row: plan.headerRow,
        });
    }
  }
  return list;
}

export function fieldLabel(role: SheetRole, key: string, locale: 'vi' | 'en'): string {
  const spec = fieldSpec(role, key);
  return spec ? spec[locale] : key;
}
