import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCrashDrills } from '../../../electron/tools/drill/runner';
import { buildDrillScript } from './build-drill';

let script: string;
let work: string;
beforeAll(async () => {
  script = await buildDrillScript();
  work = mkdtempSync(join(tmpdir(), 'tinhgon-crash-'));
});
afterAll(() => {
  rmSync(work, { recursive: true, force: true });
  rmSync(join(dirname(script), '..', '..'), { recursive: true, force: true }); // the build's own folder
});

/**
 * SIGKILL drills (reliability-perf.md §1.8 idea 1): a child edits through the dispatcher (with automatic backups
 * every 40 ms), imports generated 500-row workbooks with the real importer, or backs up and restores; it is
 * killed at a random moment after it is ready. After every kill the next start must find: integrity_check ok, no
 * recovery needed, every acknowledged edit and import present, no partial import, no leftover temp file, no
 * backup (of the backup feature) that fails quick_check. `npm run drill` runs the same drills 120+ times and
 * also reports half-written copies other code leaves in backups/.
 */
describe('crash drills (SIGKILL at random moments)', () => {
  it('survives 36 kills (edits, imports, backups, exports): integrity ok, nothing acknowledged lost, no partial import or export, no bad backup or leftover', async () => {
    const seed = Number(process.env.TINHGON_DRILL_SEED ?? Date.now() % 2 ** 31);
    const result = await runCrashDrills({ script, workDir: join(work, 'kills'), kills: 36, seed });
    const why = `seed ${seed}: ${result.failures.join('\n')}`;
    expect(result.childErrors, why).toBe(0);
    expect(result.kills, why).toBe(36);
    expect(result.integrityFailures, why).toBe(0);
    expect(result.lostEdits, why).toBe(0);
    expect(result.partialImports, why).toBe(0);
    expect(result.strayFiles, why).toBe(0);
    // The drill is only meaningful if the children got work acknowledged before they were killed.
    expect(result.acked.edits).toBeGreaterThan(0);
    expect(result.acked.import).toBeGreaterThan(0);
    expect(result.acked.backup).toBeGreaterThan(0);
    expect(result.acked.export).toBeGreaterThan(0);
  }, 300_000);
});
