import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCrashDrills } from '../../../electron/tools/drill/runner';
import { buildDrillScript } from './build-drill';

let script: string;
let work: string;
beforeAll(async () => {
  script = await buildDrillScript();
  work = mkdtempSync(join(tmpdir(), 'tinhgon-crash-'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

/**
 * SIGKILL drills (reliability-perf.md §1.8 idea 1): a child edits through the dispatcher (with automatic backups
 * every 40 ms), imports 150-procedure batches in one transaction, or backs up and restores; it is killed at a
 * random moment after it is ready. After every kill the next start must find: integrity_check ok, no recovery
 * needed, every acknowledged edit and batch present, no partial batch, no leftover temp file, no bad backup.
 * `npm run drill` runs the same drills 120+ times.
 */
describe('crash drills (SIGKILL at random moments)', () => {
  it('survives 33 kills: nothing lost, nothing half-written', async () => {
    const seed = Number(process.env.TINHGON_DRILL_SEED ?? Date.now() % 2 ** 31);
    const result = await runCrashDrills({ script, workDir: join(work, 'kills'), kills: 33, seed });
    const why = `seed ${seed}: ${result.failures.join('\n')}`;
    expect(result.kills, why).toBe(33);
    expect(result.integrityFailures, why).toBe(0);
    expect(result.lostEdits, why).toBe(0);
    expect(result.partialImports, why).toBe(0);
    expect(result.strayFiles, why).toBe(0);
    // The drill is only meaningful if the children got work acknowledged before they were killed.
    expect(result.acked.edits).toBeGreaterThan(0);
    expect(result.acked.import).toBeGreaterThan(0);
    expect(result.acked.backup).toBeGreaterThan(0);
  }, 300_000);
});
