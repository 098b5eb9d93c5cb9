import Database from 'better-sqlite3';
import { execFileSync, spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { testBackend } from '../../support/backend';
import { useTempDir } from '../../support/temp';

const root = resolve(__dirname, '../../..');
const tmp = useTempDir('tinhgon-invalid-text-');
const changes = (db: Database.Database) =>
  (db.prepare('SELECT total_changes() AS n').get() as { n: number }).n;

describe('invalid text through the contract and in a stored file', () => {
  beforeAll(() => {
    execFileSync(process.execPath, [join(root, 'scripts/ensure-build.mjs')], { cwd: root, stdio: 'ignore' });
  }, 240_000);

  it('the contract refuses NUL, other control characters and lone surrogates in every text field', async () => {
    const { backend, call } = testBackend(tmp());
    const [unit] = await call('units.list', {});
    const { rows } = await call('inventory.list', { unitId: unit!.id });
    const procedureId = rows[0]!.procedureId;
    const before = changes(backend.ctx.db);
    const refused = [
      [
        'procedures.updateField',
        { unitId: unit!.id, procedureId, field: 'name', value: 'Đăng ký\u0000 khai sinh' },
      ],
      ['procedures.updateField', { unitId: unit!.id, procedureId, field: 'name', value: 'Đăng ký \uD800' }],
      ['procedures.updateField', { unitId: unit!.id, procedureId, field: 'field', value: 'Hộ\u001B tịch' }],
      [
        'procedures.saveSection',
        {
          unitId: unit!.id,
          procedureId,
          data: { section: 'general', values: { executingAgencies: 'UBND\u0007 xã' } },
        },
      ],
      [
        'procedures.saveSection',
        { unitId: unit!.id, procedureId, data: { section: 'general', values: { kind: 'x\uDC00' } } },
      ],
      ['units.create', { name: 'Xã\u0000 Mới', level: 'XA' }],
    ] as const;
    for (const [method, input] of refused) {
      const answer = await backend.dispatch(method, input);
      expect(answer, `${method} ${JSON.stringify(input)}`).toMatchObject({
        ok: false,
        error: {
          code: 'VALIDATION',
          message: expect.stringMatching(/chứa ký tự điều khiển \(như NUL\) hoặc ký tự hỏng/) as string,
        },
      });
    }
    expect(changes(backend.ctx.db)).toBe(before);
    // Tab and line breaks are text; a CRLF pasted from Windows is stored as LF.
    const ok = await backend.dispatch('procedures.saveSection', {
      unitId: unit!.id,
      procedureId,
      data: { section: 'unit', values: { note: 'dòng 1\r\ndòng 2\tcột' } },
    });
    expect(ok.ok).toBe(true);
    const note = backend.ctx.db
      .prepare('SELECT note FROM unit_procedures WHERE procedure_id = ? AND unit_id = ?')
      .pluck()
      .get(procedureId, unit!.id);
    expect(note).toBe('dòng 1\ndòng 2\tcột');
    backend.close();
  });

  it('`check` reports text stored by older versions or other tools: bytes of a lone surrogate, NUL, U+FFFD', () => {
    const dir = tmp();
    const file = join(dir, 'cu.sqlite');
    const cli = join(root, 'out/main/cli.js');
    expect(spawnSync(process.execPath, [cli, 'demo', '--db', file]).status).toBe(0);
    const clean = spawnSync(process.execPath, [cli, 'check', '--db', file, '--json'], { encoding: 'utf8' });
    expect(JSON.parse(clean.stdout)).toMatchObject({ ok: true, invalidText: 0 });
    const db = new Database(file);
    // better-sqlite3 stores a lone surrogate as the bytes ED A0 80, which quick_check does not mind.
    db.prepare("UPDATE procedures SET name = 'Đăng ký \uD800' WHERE code = '1.001193'").run();
    db.prepare("UPDATE procedures SET field = 'Hộ' || char(0) || ' tịch' WHERE code = '1.000894'").run();
    db.prepare("UPDATE procedures SET kind = 'x\uFFFDy' WHERE code = '1.001612'").run();
    db.close();
    const res = spawnSync(process.execPath, [cli, 'check', '--db', file, '--json'], { encoding: 'utf8' });
    expect(res.status).toBe(1);
    const report = JSON.parse(res.stdout) as {
      ok: boolean;
      integrity: string;
      invalidText: number;
      invalidTextExamples: unknown[];
    };
    expect(report).toMatchObject({ ok: false, integrity: 'ok', invalidText: 3 });
    expect(report.invalidTextExamples).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ table: 'procedures', column: 'name', fault: 'invalidUtf8' }),
        expect.objectContaining({ table: 'procedures', column: 'field', fault: 'control' }),
        expect.objectContaining({ table: 'procedures', column: 'kind', fault: 'replacement' }),
      ]),
    );
  });
});
