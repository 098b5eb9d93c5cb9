import type { reportsContract } from '../../shared/contract/reports';
import type { HandlersFor } from '../handler-types';

export const reportsHandlers: HandlersFor<typeof reportsContract> = {};
