import type { Database as Db } from 'better-sqlite3';
import { closeSync, existsSync, openSync, readSync } from 'node:fs';
import { dirname } from 'node:path';
import { connect } from './connection';
import { classifySqliteError, DbError } from './errors';
import { migrate } from './migrate';
import { LATEST_SCHEMA_VERSION } from './migrations';
import { isNetworkPath } from './network-path';
import { createOwnerOnlyFile } from './owner-only';

export interface OpenOptions {
  /** Path of an Electron-ABI build of better-sqlite3 (the app passes it; Node and tests use the default). */
  nativeBinding?: string;
  readonly?: boolean;
  /** Create the file when missing (default true). */
  create?: boolean;
  /** Milliseconds to wait for another writer before giving up. */
  busyTimeoutMs?: number;
  /**
   * Called before migrating a database that already holds data (0 < user_version < latest), outside any
   * transaction, so the caller can take a backup; if it throws, nothing is migrated and the open fails.
   */
  beforeMigrate?: (db: Db, fromVersion: number) => void;
}

const SQLITE_MAGIC = 'SQLite format 3\0';

/**
 * Opens a TinhGọn database with the settings the app depends on: WAL + synchronous=FULL (an acknowledged edit
 * survives a power cut; better-sqlite3 defaults WAL to NORMAL), foreign keys, a busy timeout; then migrates.
 * Every failure is a DbError naming the file; nothing is written to a file that is not ours.
 */
export function openDatabase(file: string, options: OpenOptions = {}): Db {
  if (isNetworkPath(file)) throw new DbError('DB_NETWORK_PATH', file);
  const exists = file !== ':memory:' && existsSync(file);
  if (exists) assertSqliteHeader(file);
  else if (options.create === false || (file !== ':memory:' && !existsSync(dirname(file))))
    throw new DbError('DB_UNREADABLE', file);
  // A new database is its owner's alone (0600); SQLite gives its -wal and -shm files the same mode.
  if (!exists && file !== ':memory:' && !options.readonly) createOwnerOnlyFile(file);
  let db: Db | undefined;
  try {
    db = connect(file, {
      readonly: options.readonly ?? false,
      timeout: options.busyTimeoutMs ?? 5000,
      ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
    });
    // Read the version before anything writes (switching to WAL rewrites the header): a database from a newer
    // TinhGọn must stay byte-identical.
    const version = db.pragma('user_version', { simple: true }) as number;
    if (version > LATEST_SCHEMA_VERSION)
      throw new DbError('DB_FROM_NEWER_VERSION', file, { version, supported: LATEST_SCHEMA_VERSION });
    if (!options.readonly) {
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = FULL');
    }
    db.pragma('foreign_keys = ON');
    if (!options.readonly) {
      if (options.beforeMigrate && version > 0 && version < LATEST_SCHEMA_VERSION)
        options.beforeMigrate(db, version);
      migrate(db, file);
    }
    return db;
  } catch (err) {
    db?.close();
    if (err instanceof DbError) throw err;
    throw classifySqliteError(err, file) ?? err;
  }
}

function assertSqliteHeader(file: string): void {
  let head: Buffer;
  try {
    head = readFirstBytes(file, 16);
  } catch {
    throw new DbError('DB_UNREADABLE', file);
  }
  // An empty file is a fresh database (SQLite treats it so); anything else must carry the SQLite magic.
  if (head.length > 0 && head.toString('latin1') !== SQLITE_MAGIC)
    throw new DbError('DB_NOT_A_DATABASE', file);
}

function readFirstBytes(file: string, n: number): Buffer {
  const fd = openSync(file, 'r');
  try {
    const buf = Buffer.alloc(n);
    return buf.subarray(0, readSync(fd, buf, 0, n, 0));
  } finally {
    closeSync(fd);
  }
}
