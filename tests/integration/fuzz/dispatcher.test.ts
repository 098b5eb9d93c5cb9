import { describe, expect, it } from 'vitest';
import { fuzzDispatcher } from '../../../electron/tools/drill/fuzz';
import { testBackend } from '../../support/backend';
import { useTempDir } from '../../support/temp';

const tmp = useTempDir('tinhgon-fuzz-');

describe('dispatcher fuzzing (fast-check, 10,000 cases)', () => {
  it('every call returns an envelope; refusals carry no stack trace and leave the database unchanged', async () => {
    const { backend } = testBackend(tmp(), { log: () => undefined });
    const before = backend.ctx.db.pragma('quick_check', { simple: true });
    // A fixed seed keeps CI reproducible; `npm run drill` fuzzes with a new seed each run.
    const result = await fuzzDispatcher(backend, 10_000, [Number(process.env.TINHGON_FUZZ_SEED ?? 20261126)]);
    expect(result.cases).toBe(10_000);
    expect(result.accepted).toBeGreaterThan(200); // real handlers ran, not only the schemas
    expect(result.failures).toEqual([]);
    expect(result.crashes).toBe(0);
    expect(result.writesOnRejection).toBe(0);
    expect(result.internalErrors).toBe(0);
    expect(before).toBe('ok');
    expect(backend.ctx.db.pragma('integrity_check', { simple: true })).toBe('ok');
    backend.close();
  }, 180_000);
});
