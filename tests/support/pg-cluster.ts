/** The throw-away PostgreSQL cluster of the tests is the bench's (electron/tools/pg-cluster.ts). */
import { findPgBin, pgUnavailableReason } from '../../electron/tools/pg-cluster';

export * from '../../electron/tools/pg-cluster';

/**
 * Why a PostgreSQL test file skips, printed once; null when it runs. Only missing binaries skip, and never
 * under CI (.ci/run installs postgresql): anything else that stops the cluster fails the tests with the reason.
 */
export function pgSkipReason(file: string): string | null {
  const why = pgUnavailableReason();
  if (!why) return null;
  if (findPgBin() || process.env['CI']) throw new Error(`${file}: PostgreSQL cannot run here: ${why}`);
  console.log(`${file} skipped: ${why}`);
  return why;
}
