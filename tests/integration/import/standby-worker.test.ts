import { describe, expect, it } from 'vitest';
import {
  hasStandbyImportWorker,
  warmImportWorker,
} from '../../../electron/backend/import/import-worker-pool';
import { withLimits } from '../../../electron/backend/import/limits';
import { parseInWorker } from '../../../electron/backend/import/parse-in-worker';
import { testBackend } from '../../support/backend';
import { useTempDir } from '../../support/temp';
import { BTP, parse, readBytes } from '../../fixtures/import/helpers';

const temp = useTempDir('tinhgon-import-standby-');

describe('the standby import worker', () => {
  it('is loaded when the Import screen opens (desktop and browser), used by the upload, and loaded again', async () => {
    const { backend, call } = testBackend(temp(), { mode: 'browser', demo: false });
    try {
      const bytes = readBytes(BTP);
      const rows = (await parse(bytes, 'a.xlsx')).sheets[0]!.rows.length;
      expect(hasStandbyImportWorker()).toBe(false);
      await call('import.prepare', {}); // what the Import screen asks first
      expect(hasStandbyImportWorker()).toBe(true);
      expect(await warmImportWorker()).toBe(true); // the same worker, loaded and waiting
      const { token } = await call('import.upload', {
        fileName: 'a.xlsx',
        dataBase64: bytes.toString('base64'),
      });
      expect(hasStandbyImportWorker()).toBe(false); // taken by the upload
      const inspection = await call('import.inspect', { token });
      expect(inspection.sheets[0]!.rowCount).toBe(rows);
      await new Promise((r) => setTimeout(r, 0));
      expect(hasStandbyImportWorker()).toBe(true); // ready for the next file
    } finally {
      backend.close();
    }
    expect(hasStandbyImportWorker()).toBe(false);
  }, 60_000);

  it('is not loaded by the CLI and tests, whose parse spawns its own worker', async () => {
    const { backend, call } = testBackend(temp(), { demo: false });
    await call('import.prepare', {});
    expect(hasStandbyImportWorker()).toBe(false);
    backend.close();
  });

  it('parses exactly as a fresh worker, keeps the caller’s bytes, and is skipped by a job with other heap caps', async () => {
    const bytes = readBytes(BTP);
    const fresh = await parse(bytes, 'x.xlsx');
    expect(await warmImportWorker()).toBe(true);
    const viaStandby = await parseInWorker(bytes, 'x.xlsx', withLimits(undefined)).promise;
    expect(viaStandby).toEqual(fresh);
    expect(bytes.equals(readBytes(BTP))).toBe(true);
    expect(await warmImportWorker()).toBe(true);
    const otherCaps = withLimits({ maxMemoryMb: 256 });
    expect(await parseInWorker(bytes, 'x.xlsx', otherCaps).promise).toEqual(fresh);
    expect(hasStandbyImportWorker()).toBe(true); // left for a job it fits
    expect(await parseInWorker(bytes, 'x.xlsx', withLimits(undefined)).promise).toEqual(fresh);
    expect(hasStandbyImportWorker()).toBe(false);
  }, 60_000);
});
