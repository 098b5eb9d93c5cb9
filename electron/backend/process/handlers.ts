import type { processContract } from '../../shared/contract/process';
import type { HandlersFor } from '../handler-types';
import { importProcessTable } from './import-table';
import { processSummary, storeProcesses, toDrafts } from './service';
import './messages';

export const processHandlers: HandlersFor<typeof processContract> = {
  'process.get': (input, ctx) => processSummary(ctx, input.unitId, input.procedureId),
  'process.save': (input, ctx) =>
    storeProcesses(ctx, input.unitId, input.procedureId, toDrafts(input.processes)),
  'process.import': (input, ctx) => importProcessTable(ctx, input),
};
