import { basename } from 'node:path';
import { classifySqliteError, DbError } from '../../../db/errors';
import { renderError, type Locale } from '../../shared/errors';
import '../messages'; // registers EXPORT_TARGET_IN_USE
import { isFileBusyError } from './atomic-copy';

/**
 * The message a main-process file dialog shows when opening or writing a database fails: the catalogue's
 * DB_* text for the DbError code (naming the file, without its folder), disk-full and in-use cases from raw
 * file system errors, INTERNAL otherwise. Returns the code too so callers can log it.
 */
export function describeFileError(
  err: unknown,
  file: string,
  locale: Locale,
): { code: string; message: string } {
  const db = err instanceof DbError ? err : classifySqliteError(err, file);
  if (db) {
    const code = db.code;
    return { code, message: renderError(code, { ...db.detail, file: basename(db.file) }, locale) };
  }
  const fsCode = (err as { code?: unknown } | null)?.code;
  if (fsCode === 'ENOSPC')
    return { code: 'DB_DISK_FULL', message: renderError('DB_DISK_FULL', { file: basename(file) }, locale) };
  if (fsCode === 'ENOENT')
    return { code: 'DB_UNREADABLE', message: renderError('DB_UNREADABLE', { file: basename(file) }, locale) };
  if (isFileBusyError(err))
    return {
      code: 'EXPORT_TARGET_IN_USE',
      message: renderError('EXPORT_TARGET_IN_USE', { file: basename(file) }, locale),
    };
  return { code: 'INTERNAL', message: renderError('INTERNAL', {}, locale) };
}
