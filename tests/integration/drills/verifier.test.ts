import Database from 'better-sqlite3';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { backupName } from '../../../db/backup';
import { openDatabase } from '../../../db/open';
import { seedDemo } from '../../../db/seed/demo';
import { drillExportDir, editValue, importCode } from '../../../electron/tools/drill/child';
import { verifyAfterKill } from '../../../electron/tools/drill/runner';
import { useTempDir } from '../../support/temp';

const tmp = useTempDir('tinhgon-verifier-');

function demoDb(dir: string): string {
  const file = join(dir, 'drill.sqlite');
  const db = openDatabase(file);
  seedDemo(db);
  db.close();
  return file;
}

/** The drill's checker must be able to fail: each kind of damage it looks for is planted and must be counted. */
describe('crash-drill verifier', () => {
  it('counts an acknowledged edit that is not in the database as lost, and accepts a later committed one', () => {
    const dir = tmp();
    const file = demoDb(dir);
    const db = new Database(file);
    const [a, b] = db.prepare('SELECT id FROM procedures ORDER BY id LIMIT 2').all() as { id: number }[];
    db.prepare('UPDATE procedures SET name = ? WHERE id = ?').run(editValue('r1', 5), a!.id); // acked 3, stored 5: fine
    db.prepare('UPDATE procedures SET name = ? WHERE id = ?').run(editValue('r1', 1), b!.id); // acked 4, stored 1: lost
    db.close();
    const report = verifyAfterKill(file, dir, 'edits', 'r1', [`3 ${a!.id}`, `4 ${b!.id}`]);
    expect(report.lostEdits).toBe(1);
    expect(report.integrity).toBe('ok');
  });

  it('counts a half-written export under a final name; a hidden temp left by a kill is removed', () => {
    const dir = tmp();
    const file = demoDb(dir);
    const out = drillExportDir(dir);
    mkdirSync(out, { recursive: true });
    // A zip that starts well but has no end record: what a writer killed mid-way leaves behind.
    writeFileSync(
      join(out, 'danh-muc-0.xlsx'),
      Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(200)]),
    );
    writeFileSync(join(out, '.danh-muc-1.xlsx.abcd1234.tmp'), 'half');
    const report = verifyAfterKill(file, dir, 'export', 'r4', []);
    expect(report.partialImports).toBe(1);
    expect(readdirSync(out)).toEqual(['danh-muc-0.xlsx']);
  });

  it('counts a partial import batch and a missing acknowledged batch', () => {
    const dir = tmp();
    const file = demoDb(dir);
    const db = new Database(file);
    const ids = db.prepare('SELECT id FROM procedures ORDER BY id LIMIT 10').all() as { id: number }[];
    ids.forEach(({ id }, i) =>
      db.prepare('UPDATE procedures SET code = ? WHERE id = ?').run(importCode(0, i), id),
    );
    db.close();
    const report = verifyAfterKill(file, dir, 'import', 'r2', ['0', '1']);
    expect(report.partialImports).toBe(1);
    expect(report.lostEdits).toBe(1); // batch 1 was acknowledged but is absent
  });

  it('counts a backup under a final name that fails quick_check; temp leftovers are cleared by the next start', () => {
    const dir = tmp();
    const file = demoDb(dir);
    mkdirSync(join(dir, 'backups'));
    writeFileSync(
      join(dir, 'backups', backupName(file, new Date(), 'auto')),
      'SQLite format 3\0 but not really',
    );
    writeFileSync(join(dir, 'backups', 'x.sqlite.123.tmp'), 'half');
    const report = verifyAfterKill(file, dir, 'backup', 'r3', []);
    expect(report.badBackups).toBe(1);
    expect(report.strayTemps).toBe(0);
    expect(readdirSync(join(dir, 'backups')).some((n) => n.endsWith('.tmp'))).toBe(false);
  });
});
