import { listBackups } from '../../../db/backup';
import type { backupContract } from '../../shared/contract/backup';
import type { HandlersFor } from '../handler-types';
import './messages';
import {
  backupsDir,
  createBackup,
  readBackupSettings,
  restoreBackup,
  toEntry,
  writeBackupSettings,
} from './service';
import { sessionHooks } from './session-hooks';

export const backupHandlers: HandlersFor<typeof backupContract> = {
  'backups.list': (_input, ctx) => ({
    backups: listBackups(backupsDir(ctx.dataDir), ctx.dbFile).map(toEntry),
    settings: readBackupSettings(ctx),
    notice: sessionHooks(ctx)?.notice() ?? null,
    readOnly: ctx.db.readonly,
  }),

  'backups.openCheck': (_input, ctx) =>
    sessionHooks(ctx)?.openCheck() ?? Promise.resolve({ deferred: false, ok: true, notice: null }),

  'backups.create': (_input, ctx) => toEntry(createBackup(ctx, 'manual')),

  'backups.restore': (input, ctx) => {
    const { restored, safetyBackup } = restoreBackup(ctx, input.name);
    return { restored: toEntry(restored), safetyBackup: toEntry(safetyBackup) };
  },

  'backups.settings': (input, ctx) => writeBackupSettings(ctx, input),
};
