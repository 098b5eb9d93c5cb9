import type { Contract } from '../shared/contract';
import { backupHandlers } from './backup/handlers';
import { decisionsHandlers } from './decisions/handlers';
import { mergesHandlers } from './merges/handlers';
import type { HandlersFor } from './handler-types';
import { importHandlers } from './import/handlers';
import { inventoryHandlers, unitsHandlers } from './inventory/handlers';
import { processHandlers } from './process/handlers';
import { reportsHandlers } from './reports/handlers';
import { reviewHandlers } from './review/handlers';
import { submissionHandlers } from './submission/handlers';
import { systemHandlers } from './system/handlers';

export type AllHandlers = HandlersFor<Contract>;

/** Every handler, one per contract method (a missing one fails the type check and the completeness test). */
export const handlers: AllHandlers = {
  ...systemHandlers,
  ...unitsHandlers,
  ...inventoryHandlers,
  ...reviewHandlers,
  ...importHandlers,
  ...reportsHandlers,
  ...backupHandlers,
  ...submissionHandlers,
  ...processHandlers,
  ...decisionsHandlers,
  ...mergesHandlers,
};
