import type { reviewContract } from '../../shared/contract/review';
import type { HandlersFor } from '../handler-types';

export const reviewHandlers: HandlersFor<typeof reviewContract> = {};
