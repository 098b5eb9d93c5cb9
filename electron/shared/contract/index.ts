/**
 * THE MAP OF EVERY CAPABILITY. Each feature declares its methods in its own file beside this one; this file
 * joins them. Find any feature here: the method name says its domain and verb, the file says its folder in
 * electron/backend/<feature>/ (handlers) and renderer/src/features/<feature>/ (screens).
 *
 *   system.ts    app.info, settings.*, database.*          → electron/backend/system
 *   units.ts     units.*                                   → electron/backend/inventory
 *   inventory.ts inventory.*, procedures.*, (views, trash, history, undo)  → electron/backend/inventory
 *   review.ts    campaigns.*, review.*, cost.*, profiles.* → electron/backend/review, electron/backend/cost
 *   import.ts    import.*                                  → electron/backend/import
 *   reports.ts   reports.*, dashboard.*, exports.*         → electron/backend/reports
 *   backup.ts    backups.*                                 → electron/backend/backup
 *   process.ts   process.* (quy trình nội bộ)              → electron/backend/process
 *   decisions.ts decisions.*, national.*                  → electron/backend/decisions
 *   merges.ts    merges.*                                  → electron/backend/merges
 *   submission.ts submission.* (unit ↔ province packages)  → electron/backend/submission
 *
 * The province server (electron/server) serves a contract of its own, province.ts (province.*), never this map.
 */
import type { z } from 'zod';
import { backupContract } from './backup';
import { decisionsContract } from './decisions';
import { mergesContract } from './merges';
import { importContract } from './import';
import { inventoryContract } from './inventory';
import { processContract } from './process';
import { reportsContract } from './reports';
import { reviewContract } from './review';
import { submissionContract } from './submission';
import { systemContract } from './system';
import { unitsContract } from './units';

export const contract = {
  ...systemContract,
  ...unitsContract,
  ...inventoryContract,
  ...reviewContract,
  ...importContract,
  ...reportsContract,
  ...backupContract,
  ...submissionContract,
  ...processContract,
  ...decisionsContract,
  ...mergesContract,
} as const;

export type Contract = typeof contract;
export type Method = keyof Contract;
/** What a caller passes (before defaults and transforms). */
export type InputOf<M extends Method> = z.input<Contract[M]['input']>;
/** What a handler receives (after validation, defaults and NFC transforms). */
export type ParsedInputOf<M extends Method> = z.output<Contract[M]['input']>;
export type OutputOf<M extends Method> = z.output<Contract[M]['output']>;

export function isMethod(name: unknown): name is Method {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(contract, name);
}

export * from './envelope';
