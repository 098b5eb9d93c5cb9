import { basename } from 'node:path';
import { eventsOfProcedure, listDecisions } from '../../../db/queries/decisions';
import type { decisionsContract } from '../../shared/contract/decisions';
import { readAppendixTables } from '../../shared/decisions/appendix-table';
import { ApiFailure } from '../api-failure';
import type { HandlersFor } from '../handler-types';
import { withLimits } from '../import/limits';
import { parseInWorker } from '../import/parse-in-worker';
import { exportDecisionDocx } from './appendix-docx';
import { compareNational, applyNational } from './national';
import { applyDecision, deleteDecision, previewDecision, requireDecision, saveDecision } from './service';
import './messages';

/** Reads the appendix workbook in the import worker (type, size, zip-bomb and encoding checks included). */
async function parseAppendixFile(fileName: string, dataBase64: string) {
  const file = basename(fileName.replace(/\\/g, '/'));
  const bytes = Buffer.from(dataBase64, 'base64');
  const limits = withLimits(undefined);
  if (bytes.length > limits.maxFileBytes)
    throw new ApiFailure('IMPORT_FILE_TOO_BIG', {
      file,
      size: (bytes.length / 1048576).toFixed(1),
      limit: (limits.maxFileBytes / 1048576).toFixed(1),
    });
  const raw = await parseInWorker(bytes, file, limits).promise;
  const parsed = readAppendixTables(
    raw.sheets.map((s) => ({
      sheet: s.name,
      rows: s.rows.map((r) => Array.from({ length: s.colCount }, (_, c) => r?.[c]?.v ?? '')),
    })),
  );
  return parsed;
}

export const decisionsHandlers: HandlersFor<typeof decisionsContract> = {
  'decisions.list': (input, ctx) => listDecisions(ctx.db, input.unitId),
  'decisions.get': (input, ctx) => requireDecision(ctx, input.decisionId),
  'decisions.save': (input, ctx) =>
    saveDecision(ctx, input.unitId, input.decisionId, input.head, input.items),
  'decisions.delete': (input, ctx) => {
    deleteDecision(ctx, input.decisionId);
    return { ok: true as const };
  },
  'decisions.parseRows': (input) => readAppendixTables([{ sheet: input.source, rows: input.rows }]),
  'decisions.parseFile': (input) => parseAppendixFile(input.fileName, input.dataBase64),
  'decisions.preview': (input, ctx) => previewDecision(ctx, input.decisionId),
  'decisions.apply': (input, ctx) => applyDecision(ctx, input.decisionId),
  'decisions.ofProcedure': (input, ctx) => eventsOfProcedure(ctx.db, input.unitId, input.procedureId),
  'decisions.exportDocx': (input, ctx) => exportDecisionDocx(ctx, input.decisionId),
  'national.compare': (input, ctx) => compareNational(ctx, input.token, input.unitId, input.plans),
  'national.apply': (input, ctx) =>
    applyNational(ctx, input.token, input.unitId, input.keys, input.effectiveDate),
};
