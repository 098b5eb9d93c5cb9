import type { importContract } from '../../shared/contract/import';
import type { HandlersFor } from '../handler-types';

export const importHandlers: HandlersFor<typeof importContract> = {};
