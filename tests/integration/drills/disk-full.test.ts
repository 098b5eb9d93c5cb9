import Database from 'better-sqlite3';
import { randomBytes } from 'node:crypto';
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { testBackend } from '../../support/backend';
import { useTempDir } from '../../support/temp';
import { mountTmpfs, type Tmpfs } from './tmpfs';

const tmp = useTempDir('tinhgon-full-');
let mounted: Tmpfs | null = null;
afterEach(() => {
  mounted?.unmount();
  mounted = null;
});

const probe = mountTmpfs('4m');
probe?.unmount();

/** Distinct, incompressible-ish Vietnamese text of about 12 kB, so each saved edit costs real pages. */
const bigName = (seq: number) => `Tên thủ tục số ${seq} — ${randomBytes(6000).toString('hex')}`;

/**
 * Fills the disk with acknowledged edits until a write fails, then checks: the failure is DB_DISK_FULL with its
 * message, the transaction was rolled back, every acknowledged edit is there, the file passes integrity_check,
 * and a backup attempt on the full disk fails cleanly without leaving a temp file.
 */
async function fillUntilFull(dataDir: string, dbFile: string, capPages?: number) {
  const t = testBackend(dataDir, { dbFile });
  if (capPages) t.backend.ctx.db.pragma(`max_page_count = ${capPages}`);
  const [unit] = await t.call('units.list', {});
  const { rows } = await t.call('inventory.list', { unitId: unit!.id });
  const acked = new Map<number, string>();
  let failure: { code: string; message: string } | null = null;
  for (let seq = 0; seq < 2000 && !failure; seq++) {
    const row = rows[seq % rows.length]!;
    const value = bigName(seq);
    const envelope = await t.backend.dispatch('procedures.updateField', {
      unitId: unit!.id,
      procedureId: row.procedureId,
      field: 'name',
      value,
    });
    if (envelope.ok) acked.set(row.procedureId, value);
    else failure = envelope.error;
  }
  const db = t.backend.ctx.db;
  expect(failure).toMatchObject({ code: 'DB_DISK_FULL' });
  expect(failure!.message).toMatch(/đã đầy.*nguyên vẹn/);
  expect(db.inTransaction).toBe(false);
  expect(acked.size).toBeGreaterThan(0);
  for (const [procedureId, name] of acked) {
    const stored = db.prepare('SELECT name FROM procedures WHERE id = ?').get(procedureId) as {
      name: string;
    };
    expect(stored.name).toBe(name);
  }
  expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
  return { t, acked };
}

describe('disk full', () => {
  it.runIf(probe !== null)(
    'on a 4 MiB tmpfs: DB_DISK_FULL, committed edits intact, the file still opens clean',
    async () => {
      mounted = mountTmpfs('4m')!;
      const dbFile = join(mounted.dir, 'so-lieu.sqlite');
      const { t, acked } = await fillUntilFull(mounted.dir, dbFile);
      const backup = await t.backend.dispatch('backups.create', {});
      expect(backup).toMatchObject({ ok: false, error: { code: 'DB_DISK_FULL' } });
      expect(readdirSync(join(mounted.dir, 'backups')).filter((n) => n.includes('.tmp'))).toEqual([]);
      t.backend.close();
      const reopened = new Database(dbFile, { readonly: true });
      expect(reopened.pragma('quick_check', { simple: true })).toBe('ok');
      for (const [procedureId, name] of acked)
        expect(
          (reopened.prepare('SELECT name FROM procedures WHERE id = ?').get(procedureId) as { name: string })
            .name,
        ).toBe(name);
      reopened.close();
    },
  );

  it('with a SQLite size cap (PRAGMA max_page_count, no mount needed): DB_DISK_FULL, committed edits intact', async () => {
    const dir = tmp();
    const { t } = await fillUntilFull(dir, join(dir, 'so-lieu.sqlite'), 700);
    t.backend.close();
  });

  it.runIf(probe !== null)(
    'an export onto a full disk fails with its Vietnamese message and leaves no partial file',
    async () => {
      mounted = mountTmpfs('1m')!;
      // The database is elsewhere; the exports folder is on the small disk, nearly filled.
      const t = testBackend(mounted.dir, { dbFile: join(tmp(), 'so-lieu.sqlite') });
      writeFileSync(join(mounted.dir, 'day.bin'), Buffer.alloc(1024 * 1024 - 24 * 1024));
      const [unit] = await t.call('units.list', {});
      const { jobId } = await t.call('reports.export', { report: 'details', unitId: unit!.id });
      let p = await t.call('reports.progress', { jobId });
      for (let i = 0; i < 600 && p.state === 'running'; i++) {
        await new Promise((r) => setTimeout(r, 50));
        p = await t.call('reports.progress', { jobId });
      }
      expect(p.state).toBe('failed');
      expect(p.error).toContain('Ổ đĩa đã đầy');
      expect(readdirSync(join(mounted.dir, 'exports'))).toEqual([]);
      t.backend.close();
    },
  );
});
