import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from '../../../electron/tools/cli/cli-kit';
import { compareCommand } from '../../../electron/tools/cli/commands/compare';
import { sha256 } from '../../fixtures/import/helpers';
import { describe, expect, it } from 'vitest';
import { testBackend } from '../../support/backend';
import { newerList } from '../../support/national-list';
import { useTempDir } from '../../support/temp';

const tmp = useTempDir();

describe('national list in compare mode', () => {
  it('compares (new / changed field by field / gone) without writing, then applies selected rows as one undoable step', async () => {
    const t = testBackend(tmp());
    const [unit] = await t.call('units.list', {});
    const { token } = await t.call('import.upload', {
      fileName: 'BTP-moi.xlsx',
      dataBase64: await newerList(),
    });
    const { plans } = await t.call('import.inspect', { token });
    const before = (await t.call('inventory.list', { unitId: unit!.id })).total;
    const cmp = await t.call('national.compare', { token, unitId: unit!.id, plans });
    expect(cmp.summary.gone).toBe(1);
    expect(cmp.rows.find((r) => r.status === 'gone')).toMatchObject({
      code: '1.004837',
      key: 'gone:1.004837',
    });
    const renamed = cmp.rows.find((r) => r.code === '2.001019')!;
    expect(renamed.status).toBe('changed');
    expect(renamed.diffs.find((d) => d.field === 'name')).toMatchObject({
      old: 'Chứng thực di chúc',
      new: 'Chứng thực di chúc (tên mới)',
    });
    const added = cmp.rows.find((r) => r.status === 'new')!;
    expect((await t.call('inventory.list', { unitId: unit!.id })).total).toBe(before);

    // 1.004873 is under review in the demo plan: its new version flags the review.
    const keys = [added.key, '2.001019', '1.004873', 'gone:1.004837'];
    const done = await t.call('national.apply', {
      token,
      unitId: unit!.id,
      keys,
      effectiveDate: '2026-01-01',
    });
    expect(done).toEqual({ created: 1, amended: 2, repealed: 1 });
    const codes = (await t.call('inventory.list', { unitId: unit!.id })).rows.map((r) => r.code);
    expect(codes).toContain(added.code);
    expect(codes).not.toContain('1.004837');
    const pid = (code: string) =>
      t.backend.ctx.db.prepare('SELECT id FROM procedures WHERE code = ?').pluck().get(code) as number;
    expect((await t.call('procedures.get', { unitId: unit!.id, procedureId: pid('2.001019') })).version).toBe(
      2,
    );

    const [campaign] = await t.call('campaigns.list', { unitId: unit!.id });
    const item = (await t.call('campaigns.get', { campaignId: campaign!.id })).items.find(
      (i) => i.code === '1.004873',
    )!;
    expect(item.outdated).toEqual({ from: 1, to: 2 });
    const view = await t.call('review.get', { itemId: item.id });
    expect(view.outdatedChanges.find((c) => c.part === 'executingAgencies')).toMatchObject({
      before: '',
      after: 'Ủy ban nhân dân cấp xã',
    });
    const settled = await t.call('review.settleOutdated', { itemId: item.id, redo: false });
    expect(settled.item.outdated).toBeNull();
    expect(settled.outdatedChanges).toEqual([]);

    const undo = await t.call('history.undo', {});
    expect(undo.moved).toMatchObject({ kind: 'national' });
    expect((await t.call('inventory.list', { unitId: unit!.id })).total).toBe(before);
    expect((await t.call('procedures.get', { unitId: unit!.id, procedureId: pid('2.001019') })).name).toBe(
      'Chứng thực di chúc',
    );
    t.backend.close();
  });

  it('CLI: compare prints new / changed / gone as JSON and leaves the database file unchanged', async () => {
    const dir = tmp();
    const t = testBackend(dir);
    t.backend.close();
    const list = join(dir, 'BTP-moi.xlsx');
    writeFileSync(list, Buffer.from(await newerList(), 'base64'));
    const before = sha256(t.file);
    const lines: string[] = [];
    await compareCommand.run(parseArgs([list, '--db', t.file, '--json']), (l) => lines.push(l));
    const out = JSON.parse(lines[0]!) as {
      summary: Record<string, number>;
      rows: { code: string; status: string }[];
    };
    expect(out.summary).toMatchObject({ gone: 1, rejected: 0 });
    expect(out.summary.changed).toBeGreaterThan(0);
    expect(out.rows.find((r) => r.code === '1.004837')!.status).toBe('gone');
    expect(sha256(t.file)).toBe(before);
  });
});
