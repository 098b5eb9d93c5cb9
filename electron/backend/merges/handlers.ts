import type { mergesContract } from '../../shared/contract/merges';
import type { HandlersFor } from '../handler-types';
import { commitMerge } from './commit';
import { checkRequest, previewOf, readMergeData } from './plan';
import './messages';

export const mergesHandlers: HandlersFor<typeof mergesContract> = {
  'merges.preview': (input, ctx) => previewOf(readMergeData(ctx.db, checkRequest(ctx.db, input)), ctx.locale),
  'merges.commit': (input, ctx) => commitMerge(ctx, input),
};
