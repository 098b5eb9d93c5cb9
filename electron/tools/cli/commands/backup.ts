import Database from 'better-sqlite3';
import { existsSync, rmSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import {
  backupName,
  checkCopy,
  copyDatabaseFile,
  swapInStaged,
  TEMP_SUFFIX,
  vacuumInto,
} from '../../../../db/backup';
import { classifySqliteError, DbError } from '../../../../db/errors';
import { LATEST_SCHEMA_VERSION } from '../../../../db/migrations';
import { openDatabase } from '../../../../db/open';
import { makeOwnerOnlyDir } from '../../../../db/owner-only';
import { renderError } from '../../../shared/errors';
import {
  bool,
  InputError,
  lockForWriting,
  requiredFlag,
  requireRegularFile,
  type CliCommand,
} from '../cli-kit';

function asInputError(err: unknown, file: string): never {
  if (err instanceof DbError) throw new InputError(renderError(err.code, { file, ...err.detail }, 'vi'));
  throw err;
}

/** A consistent copy of a database that may be in use: opened read-only, `VACUUM INTO`, checked. */
function snapshot(dbFile: string, out: string): void {
  let db;
  try {
    db = openDatabase(dbFile, { readonly: true, create: false });
  } catch (err) {
    asInputError(err, dbFile);
  }
  try {
    vacuumInto(db, out);
  } catch (err) {
    asInputError(err, out);
  } finally {
    db.close();
  }
}

export const backupCommand: CliCommand = {
  name: 'backup',
  usage: 'backup --db FILE --out COPY [--json]   (bản sao một tệp để gửi đi / a single-file copy to send)',
  flags: ['db', 'out', 'json'],
  run(args, out) {
    const dbFile = resolve(requiredFlag(args, 'db'));
    const target = resolve(requiredFlag(args, 'out'));
    if (!existsSync(dbFile))
      throw new InputError(
        `Không tìm thấy tệp dữ liệu "${args.flags.get('db') as string}". / Database not found.`,
      );
    requireRegularFile(dbFile, 'Database');
    if (existsSync(target))
      throw new InputError(
        `Tệp "${basename(target)}" đã tồn tại; TinhGọn không ghi đè. / File exists; not overwritten.`,
      );
    snapshot(dbFile, target);
    const check = checkCopy(target);
    out(
      bool(args, 'json')
        ? JSON.stringify({
            ok: true,
            out: target,
            quickCheck: check.quickCheck,
            schemaVersion: check.schemaVersion,
          })
        : `Đã sao lưu vào ${target} (kiểm tra: ${check.quickCheck}). / Backed up.`,
    );
  },
};

export const restoreCommand: CliCommand = {
  name: 'restore',
  usage:
    'restore --db FILE --from COPY [--json]   (bản hiện tại được sao lưu trước / the current file is backed up first)',
  flags: ['db', 'from', 'json'],
  async run(args, out) {
    const dbFile = resolve(requiredFlag(args, 'db'));
    const source = resolve(requiredFlag(args, 'from'));
    if (!existsSync(source))
      throw new InputError(`Không tìm thấy bản sao "${basename(source)}". / Copy not found.`);
    requireRegularFile(source, 'Copy');
    if (existsSync(dbFile)) requireRegularFile(dbFile, 'Database');
    const check = checkCopy(source);
    if (check.schemaVersion > LATEST_SCHEMA_VERSION)
      throw new InputError(
        renderError(
          'DB_FROM_NEWER_VERSION',
          { file: basename(source), version: check.schemaVersion, supported: LATEST_SCHEMA_VERSION },
          'vi',
        ),
      );
    if (!check.ok)
      throw new InputError(
        `Bản sao "${basename(source)}" bị hỏng (${check.quickCheck.slice(0, 120)}); không khôi phục. / Damaged copy; nothing restored.`,
      );
    // Never under an instance that writes this file (db/write-lock.ts): it would go on writing the old data.
    const lock = await lockForWriting(dbFile);
    try {
      out(restoreLocked(dbFile, source, bool(args, 'json')));
    } finally {
      lock.release();
    }
  },
};

/** The restore itself, under the write lock: a safety backup of the current file, then the checked copy swapped in. */
function restoreLocked(dbFile: string, source: string, json: boolean): string {
  let safety: string | null = null;
  if (existsSync(dbFile)) {
    const dir = join(dirname(dbFile), 'backups');
    makeOwnerOnlyDir(dir);
    safety = join(dir, backupName(dbFile, new Date(), 'restore'));
    snapshot(dbFile, safety);
    // Folds a WAL left by a crash into the file (the last connection to close checkpoints and removes it).
    try {
      new Database(dbFile, { fileMustExist: true }).close();
    } catch (err) {
      asInputError(classifySqliteError(err, dbFile) ?? err, dbFile);
    }
  }
  const staged = `${dbFile}.restore${TEMP_SUFFIX}`;
  rmSync(staged, { force: true });
  try {
    copyDatabaseFile(source, staged);
    swapInStaged(staged, dbFile);
  } catch (err) {
    rmSync(staged, { force: true });
    asInputError(err, dbFile);
  }
  return json
    ? JSON.stringify({ ok: true, db: dbFile, safetyBackup: safety })
    : `Đã khôi phục ${basename(dbFile)} từ ${basename(source)}.${safety ? ` Bản trước đó: ${safety}` : ''} / Restored.`;
}
