import { z } from 'zod';
import { Empty, Id, nfc, Ok } from './common';
import { method } from './define';

/**
 * Capabilities of the "import" feature (Excel → inventory). The wizard and the CLI share one engine
 * (electron/backend/import). Flow: upload → inspect → preview → dryRun → commit → errorReport; progress and
 * cancel at any time. The renderer sends bytes, never paths.
 */
export const ImportToken = z.string().regex(/^[a-f0-9-]{36}$/);

export const SheetRole = z.enum(['list', 'channels', 'fees', 'steps', 'components', 'results', 'legal']);
export type SheetRole = z.infer<typeof SheetRole>;

/** How one sheet is read: its role, its header row (1-based) and the field each column feeds (null = ignored). */
export const SheetPlan = z.object({
  sheet: nfc(200),
  role: SheetRole,
  headerRow: z.number().int().min(1).max(1000),
  fields: z.array(nfc(60).nullable()).max(200),
});
export type SheetPlan = z.infer<typeof SheetPlan>;

export const ImportFormat = z.enum(['dvcqg-list', 'multi-sheet', 'tinhgon', 'free-form', 'list']);
export type ImportFormat = z.infer<typeof ImportFormat>;

export const FieldOption = z.object({ key: z.string(), label: z.string(), required: z.boolean() });
export type FieldOption = z.infer<typeof FieldOption>;

export const SheetInfo = z.object({
  name: z.string(),
  rowCount: z.number().int(),
  colCount: z.number().int(),
  /** The first rows as text (for picking the header row). */
  sample: z.array(z.array(z.string())),
});
export type SheetInfo = z.infer<typeof SheetInfo>;

export const Inspection = z.object({
  fileName: z.string(),
  format: ImportFormat,
  sheets: z.array(SheetInfo),
  /** Detected (or remembered) plans: one list sheet and any child sheets. */
  plans: z.array(SheetPlan),
  fields: z.record(SheetRole, z.array(FieldOption)),
});
export type Inspection = z.infer<typeof Inspection>;

export const CellProblem = z.object({
  sheet: z.string(),
  row: z.number().int(),
  column: z.string(),
  field: z.string(),
  severity: z.enum(['error', 'warning']),
  message: z.string(),
});
export type CellProblem = z.infer<typeof CellProblem>;

export const PreviewRow = z.object({
  sheet: z.string(),
  row: z.number().int(),
  /** Field key → the value as it will be stored, shown as text. */
  values: z.record(z.string(), z.string()),
  problems: z.array(CellProblem),
});
export type PreviewRow = z.infer<typeof PreviewRow>;

export const RowStatus = z.enum(['new', 'updated', 'unchanged', 'rejected']);
export type RowStatus = z.infer<typeof RowStatus>;

export const FieldDiff = z.object({ field: z.string(), label: z.string(), old: z.string(), new: z.string() });
export type FieldDiff = z.infer<typeof FieldDiff>;

export const DryRunRow = z.object({
  /** mã TTHC (the upsert key); for a rejected row without a readable code, "sheet!row". */
  key: z.string(),
  sheet: z.string(),
  row: z.number().int(),
  name: z.string(),
  status: RowStatus,
  diffs: z.array(FieldDiff),
  problems: z.array(CellProblem),
});
export type DryRunRow = z.infer<typeof DryRunRow>;

/** A level of government a row is carried out at (from its level column or its agencies); NONE: the file does not say. */
export const RowLevel = z.enum(['BO', 'TINH', 'HUYEN', 'XA', 'NONE']);
export type RowLevel = z.infer<typeof RowLevel>;

/**
 * Which rows of the file to bring in: only these lĩnh vực ('' = rows without one) and only rows at one of these
 * levels; a list left out means every value. Rows left out are not planned, not written, not reported.
 */
export const RowPick = z
  .object({
    fields: z.array(nfc(500)).max(2000).optional(),
    levels: z.array(RowLevel).max(5).optional(),
  })
  .strict();
export type RowPick = z.infer<typeof RowPick>;

/** What the file holds, to pick from (counted over every row, picked or not), and how it fits the unit. */
export const RowSelection = z.object({
  fields: z.array(z.object({ name: z.string(), count: z.number().int() })),
  levels: z.array(z.object({ level: RowLevel, count: z.number().int() })),
  /** Where the rows' levels come from: a "Cấp thực hiện" column, the agencies' names, or nowhere. */
  levelSource: z.enum(['column', 'agencies', 'none']),
  fit: z.object({
    level: RowLevel,
    fitting: z.number().int(),
    notFitting: z.number().int(),
    unknown: z.number().int(),
    /** Most rows whose level is known are not at the unit's level. */
    warn: z.boolean(),
  }),
  /** Rows the pick leaves out. */
  excluded: z.number().int(),
});
export type RowSelection = z.infer<typeof RowSelection>;

export const DryRunSummary = z.object({
  total: z.number().int(),
  new: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  rejected: z.number().int(),
});
export type DryRunSummary = z.infer<typeof DryRunSummary>;

export const ImportResult = z.object({
  /** False when there was nothing to write: then nothing was written, not even a backup. */
  committed: z.boolean(),
  created: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  conflicts: z.number().int(),
  rejected: z.number().int(),
  /** File name (no folders) of the backup taken just before writing; null when nothing was written. */
  backupName: z.string().nullable(),
  /** Rows left out by the officer's pick at the dry run. */
  excluded: z.number().int(),
});
export type ImportResult = z.infer<typeof ImportResult>;

export const ImportProgress = z.object({
  phase: z.enum([
    'upload',
    'check',
    'parse',
    'sheets',
    'ready',
    'plan',
    'commit',
    'done',
    'failed',
    'cancelled',
  ]),
  percent: z.number().min(0).max(100),
});
export type ImportProgress = z.infer<typeof ImportProgress>;

const Token = z.object({ token: ImportToken });
const WithPlans = Token.extend({ unitId: Id, plans: z.array(SheetPlan).min(1).max(20) });

/** The largest workbook the importer reads (limits.ts); the wizard checks a picked file's size against it first. */
export const MAX_IMPORT_FILE_BYTES = 30 * 1024 * 1024;
/** 30 MB file cap → at most 40 MiB of base64. */
export const MAX_UPLOAD_BASE64 = 42 * 1024 * 1024;

export const importContract = {
  /** Sent when the Import screen opens: loads an import worker ahead, so the file picked next is read at once. */
  'import.prepare': method(Empty, Ok),
  /** Receives the workbook bytes, refuses wrong/dangerous files at once, and starts parsing in a worker. */
  'import.upload': method(
    z.object({ fileName: nfc(260), dataBase64: z.string().max(MAX_UPLOAD_BASE64) }),
    z.object({ token: ImportToken, size: z.number().int() }),
  ),
  /** Waits for parsing; sheets, sample rows, the detected format and plans (header row + column mapping). */
  'import.inspect': method(
    Token.extend({
      /** The sheet holding the procedure list, when the user picks another one than detected. */
      listSheet: nfc(200).optional(),
      /** The header row of the list sheet, when the user moves it; columns are re-mapped from that row. */
      headerRow: z.number().int().min(1).max(1000).optional(),
    }),
    Inspection,
  ),
  /** The first rows as they will be stored, with per-cell problems. */
  'import.preview': method(
    WithPlans.extend({ limit: z.number().int().min(1).max(500).default(50) }),
    z.object({ rows: z.array(PreviewRow), total: z.number().int(), problemCount: z.number().int() }),
  ),
  /**
   * Compares the picked rows with the database: new / updated (with field diffs) / unchanged / rejected; and what
   * the file holds by lĩnh vực and level, with a warning when most rows are not at the unit's level. Writes nothing.
   */
  'import.dryRun': method(
    WithPlans.extend({ pick: RowPick.optional() }),
    z.object({
      summary: DryRunSummary,
      rows: z.array(DryRunRow),
      truncated: z.boolean(),
      selection: RowSelection,
    }),
  ),
  /**
   * Backs up, then writes in ONE transaction: the rows picked at the dry run — new ones, and only the updated ones
   * whose key is in `accept`. Remembers the mapping of each sheet layout. Nothing to write: writes nothing.
   */
  'import.commit': method(Token.extend({ accept: z.array(nfc(60)).max(100_000) }), ImportResult, {
    mutates: true,
  }),
  /** The rejected rows and their reasons as an .xlsx, handed to the host (save dialog or download). */
  'import.errorReport': method(
    Token,
    z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('saved'), name: z.string() }),
      z.object({ kind: z.literal('download'), url: z.string() }),
      z.object({ kind: z.literal('cancelled') }),
    ]),
  ),
  /** Polled by the wizard while a long step runs. */
  'import.progress': method(Token, ImportProgress),
  /** Stops parsing and forgets the upload. */
  'import.cancel': method(Token, Ok),
};
