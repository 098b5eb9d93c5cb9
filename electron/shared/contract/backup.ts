import { z } from 'zod';
import { Empty } from './common';
import { method } from './define';

export const BackupReason = z.enum(['auto', 'manual', 'import', 'bulk', 'restore', 'migration']);
export type BackupReason = z.infer<typeof BackupReason>;

/** A backup as the UI sees it: a file name (never a path), its time (ISO UTC), size in bytes and why it exists. */
export const BackupEntry = z.object({
  name: z.string(),
  createdAt: z.string(),
  size: z.number().int().min(0),
  reason: BackupReason,
});
export type BackupEntry = z.infer<typeof BackupEntry>;

/** Retention (Actual Budget's rule) and the automatic-backup interval while there are edits. */
export const BackupSettings = z.object({
  keepToday: z.number().int().min(1).max(50),
  keepPerDay: z.number().int().min(0).max(10),
  maxTotal: z.number().int().min(1).max(200),
  autoMinutes: z.number().int().min(0).max(1440),
});
export type BackupSettings = z.infer<typeof BackupSettings>;

/**
 * What happened when the database was opened: restored from a backup after damage, opened read-only
 * (reason DB_READ_ONLY: the file or folder cannot be written; DB_CORRUPT: damaged and no good backup exists), or
 * opened read-only because another instance writes it (lockedBy: who, on which machine, since when (ISO), and
 * what: app, browser, cli).
 */
export const OpenNotice = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('recovered'), damagedName: z.string(), restoredFrom: z.string() }),
  z.object({ kind: z.literal('readOnly'), reason: z.string() }),
  z.object({
    kind: z.literal('lockedBy'),
    user: z.string(),
    host: z.string(),
    since: z.string(),
    app: z.string(),
  }),
]);
export type OpenNotice = z.infer<typeof OpenNotice>;

/** A backup's file name exactly as `backups.list` gave it: no folders, no traversal. */
const BackupName = z
  .string()
  .max(200)
  .regex(/^[^\\/:\0]+\.sqlite$/)
  .refine((s) => !s.startsWith('.'));

export const backupContract = {
  'backups.list': method(
    Empty,
    z.object({
      backups: z.array(BackupEntry),
      settings: BackupSettings,
      notice: OpenNotice.nullable(),
      readOnly: z.boolean(),
    }),
  ),
  /**
   * The integrity check (quick_check) of the open database. Small files are checked before the first screen;
   * large ones right after it, in the background: the renderer calls this once it has painted and gets the answer
   * when the check is done — a damaged file has by then been set aside and the newest good backup opened, or,
   * with no good backup, the file reopened read-only (notice). Writes wait for a pending check.
   */
  'backups.openCheck': method(
    Empty,
    z.object({ deferred: z.boolean(), ok: z.boolean(), notice: OpenNotice.nullable() }),
  ),
  /** A backup now (reason "manual"). */
  'backups.create': method(Empty, BackupEntry),
  /** Replace the current data with a backup; the current state is backed up first, so a restore is undoable. */
  'backups.restore': method(
    z.object({ name: BackupName }).strict(),
    z.object({ restored: BackupEntry, safetyBackup: BackupEntry }),
    { mutates: true },
  ),
  /** Read (empty input) or change the retention settings. */
  'backups.settings': method(BackupSettings.partial().strict(), BackupSettings, { mutates: true }),
};
