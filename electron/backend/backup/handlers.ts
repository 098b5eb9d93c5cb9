import type { backupContract } from '../../shared/contract/backup';
import type { HandlersFor } from '../handler-types';

export const backupHandlers: HandlersFor<typeof backupContract> = {};
