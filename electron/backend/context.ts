import type { Database } from 'better-sqlite3';
import type { Locale } from '../shared/errors';

/** What only the host (Electron main or the browser-mode server) can do with files the backend produced. */
export interface HostServices {
  /** Hand a finished file to the user: desktop → save dialog; browser → a one-time download URL. */
  deliverFile(
    file: string,
    suggestedName: string,
  ): Promise<{ kind: 'saved'; name: string } | { kind: 'download'; url: string } | { kind: 'cancelled' }>;
  /** Desktop only: the window's page as PDF (A4, its print stylesheet), for documents.savePdf. */
  printPageToPdf?(): Promise<Uint8Array>;
}

export type RunMode = 'electron' | 'browser' | 'cli' | 'test';

/**
 * Everything a handler may use. `db` is a getter because the user can switch databases (new, open, restore);
 * handlers must never keep it across calls.
 */
export interface BackendContext {
  readonly db: Database;
  readonly dbFile: string;
  readonly dataDir: string;
  readonly mode: RunMode;
  readonly host: HostServices;
  /** The Electron-ABI better-sqlite3 build (desktop app); undefined under plain Node. Pass it to every open. */
  readonly nativeBinding: string | undefined;
  locale: Locale;
  /** Changes whenever the open database is replaced (new, open, restore, recovery); per-database memory keys on it. */
  readonly openId: string;
  /** How long a manager may send nothing before the role ends (backend/system/profile-session.ts). */
  readonly managerIdleMs: number;
  /** The clock of timeouts such as the manager's idle time (tests set it). */
  now(): number;
  /** The local profile name written into the audit log. */
  actor(): string;
  /** Closes the current database and opens another (already migrated/validated by the caller's flow). */
  switchDatabase(file: string): void;
}
