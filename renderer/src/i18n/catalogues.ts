/**
 * Every UI string catalogue, joined. Each feature keeps its strings beside its screens in
 * `features/<feature>/messages.ts` exporting `<feature>Vi` (as const) and `<feature>En` (typed against it);
 * add one import and one spread per feature below. The English table is checked for completeness by the type.
 */
import { coreEn } from './core-en';
import { coreVi } from './core-vi';
import { appEn, appVi } from '../app/messages';
import { reviewEn, reviewVi } from '../features/review/messages';
import { processEn, processVi } from '../features/review/process-messages';
import { stepEn, stepVi } from '../features/review/step-messages';
import { inventoryEn, inventoryVi } from '../features/inventory/messages';
import { inventoryRecordEn, inventoryRecordVi } from '../features/inventory/record/messages';
import { unitsEn, unitsVi } from '../features/units/messages';
import { backupEn, backupVi } from '../features/backup/messages';
import { reportsEn, reportsVi } from '../features/reports/messages';
import { dashboardEn, dashboardVi } from '../features/dashboard/messages';
import { importEn, importVi } from '../features/import/messages';
import { provinceEn, provinceVi } from '../features/province/messages';
import { submissionEn, submissionVi } from '../features/submission/messages';
import { decisionsEn, decisionsVi } from '../features/decisions/messages';

export const vi = {
  ...coreVi,
  ...appVi,
  ...reviewVi,
  ...processVi,
  ...stepVi,
  ...inventoryVi,
  ...inventoryRecordVi,
  ...unitsVi,
  ...backupVi,
  ...reportsVi,
  ...dashboardVi,
  ...importVi,
  ...provinceVi,
  ...submissionVi,
  ...decisionsVi,
} as const;

export type MessageKey = keyof typeof vi;

export const en: Record<MessageKey, string> = {
  ...coreEn,
  ...appEn,
  ...reviewEn,
  ...processEn,
  ...stepEn,
  ...inventoryEn,
  ...inventoryRecordEn,
  ...unitsEn,
  ...backupEn,
  ...reportsEn,
  ...dashboardEn,
  ...importEn,
  ...provinceEn,
  ...submissionEn,
  ...decisionsEn,
};
