import type { Pool } from 'pg';
import type { AccountRole } from '../shared/contract/province';
import type { Locale } from '../shared/errors';
import type { createDownloadHost } from '../node-host/server';

/** What every province handler may use (one per server process). */
export interface ServerContext {
  pg: Pool;
  /** Printed on the province's reports ("UBND tỉnh …"). */
  provinceName: string;
  /** One-time download URLs for the files the server writes (reports, plan packages). */
  downloads: ReturnType<typeof createDownloadHost>;
  /** Where those files are written (a folder of the server's own, never a unit's file). */
  workDir: string;
  log: (err: unknown) => void;
}

/** Who is calling, from their session (or from the login the CLI just made). */
export interface Caller {
  accountId: number;
  name: string;
  role: AccountRole;
  unitCode: string | null;
  remote: string;
  locale: Locale;
}
