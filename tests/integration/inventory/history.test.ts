import { describe, expect, it } from 'vitest';
import { testBackend } from '../../support/backend';
import { useTempDir } from '../../support/temp';

const tmp = useTempDir();

async function demo() {
  const t = testBackend(tmp());
  const [unit] = await t.call('units.list', {});
  const rows = (await t.call('inventory.list', { unitId: unit!.id })).rows;
  return { ...t, unitId: unit!.id, rows };
}

describe('app-wide undo/redo', () => {
  it('undoes and redoes a cell edit, a paste block with new rows, and a delete, each as one step', async () => {
    const { call, unitId, rows, backend } = await demo();
    const [a, b, c] = rows;
    await call('procedures.updateField', {
      unitId,
      procedureId: a!.procedureId,
      field: 'name',
      value: 'Tên mới',
    });
    const paste = await call('procedures.applyCells', {
      unitId,
      kind: 'paste',
      cells: [
        { procedureId: b!.procedureId, field: 'dossiersPerYear', value: '1.500' },
        { procedureId: c!.procedureId, field: 'dossiersPerYear', value: 7 },
      ],
      newRows: [{ code: '9.999001', name: 'Thủ tục dán thêm', field: 'Hộ tịch' }],
    });
    expect(paste.created[0]).toMatchObject({ code: '9.999001', field: 'Hộ tịch' });
    await call('procedures.trash', { unitId, procedureIds: [a!.procedureId] });
    let list = await call('history.list', {});
    expect(list.undo.map((e) => e.kind)).toEqual(['trash', 'paste', 'edit']);

    await call('history.undo', {}); // trash
    expect((await call('inventory.list', { unitId })).rows.some((r) => r.id === a!.id)).toBe(true);
    const undone = await call('history.undo', {}); // paste
    expect(undone.moved?.kind).toBe('paste');
    const afterUndo = (await call('inventory.list', { unitId })).rows;
    expect(afterUndo.find((r) => r.id === b!.id)?.dossiersPerYear).toBe(b!.dossiersPerYear);
    expect(afterUndo.some((r) => r.code === '9.999001')).toBe(false);
    expect(afterUndo.find((r) => r.id === a!.id)?.name).toBe('Tên mới');

    await call('history.redo', {}); // paste again
    const afterRedo = (await call('inventory.list', { unitId })).rows;
    expect(afterRedo.find((r) => r.id === b!.id)?.dossiersPerYear).toBe(1500);
    expect(afterRedo.some((r) => r.code === '9.999001')).toBe(true);
    list = await call('history.list', {});
    expect(list.redo.map((e) => e.kind)).toEqual(['trash']);

    const audit = await call('audit.list', { limit: 50 });
    expect(audit.some((e) => e.action === 'undo')).toBe(true);
    expect(audit.some((e) => e.action === 'redo' && e.field === 'dossiers_per_year')).toBe(true);
    backend.close();
  });

  it('refuses a whole pasted block when one value is invalid; nothing changes and nothing enters the stack', async () => {
    const { call, unitId, rows, backend } = await demo();
    const before = await call('audit.list', {});
    const err = await call('procedures.applyCells', {
      unitId,
      kind: 'paste',
      cells: [
        { procedureId: rows[0]!.procedureId, field: 'dossiersPerYear', value: '10' },
        { procedureId: rows[1]!.procedureId, field: 'dossiersPerYear', value: 'mười' },
      ],
    }).catch((e: Error & { code: string }) => e);
    expect(err).toMatchObject({ code: 'CELL_INVALID' });
    expect((err as Error).message).toMatch(/Dòng 2, cột Hồ sơ\/năm/);
    const after = (await call('inventory.list', { unitId })).rows;
    expect(after[0]!.dossiersPerYear).toBe(rows[0]!.dossiersPerYear);
    expect((await call('history.list', {})).undo).toHaveLength(0);
    expect(await call('audit.list', {})).toHaveLength(before.length);
    backend.close();
  });

  it('refuses to undo over a change made outside the history (never clobbers newer work)', async () => {
    const { call, unitId, rows, backend } = await demo();
    const p = rows[0]!;
    await call('procedures.updateField', { unitId, procedureId: p.procedureId, field: 'note', value: 'x' });
    backend.ctx.db.prepare("UPDATE unit_procedures SET note = 'y' WHERE id = ?").run(p.id);
    await expect(call('history.undo', {})).rejects.toMatchObject({ code: 'HISTORY_STALE' });
    backend.close();
  });
});

describe('record editor sections', () => {
  it('adds, edits, reorders and deletes steps keeping ids; each save is one undo step; reorder persists', async () => {
    const { call, unitId, backend } = await demo();
    const row = (await call('inventory.list', { unitId, search: '1.001612' })).rows[0]!;
    const d = await call('procedures.get', { unitId, procedureId: row.procedureId });
    const ids = d.steps.map((s) => s.id);
    expect(ids.length).toBeGreaterThan(1);
    const reversed = [...ids].reverse();
    const r = await call('steps.reorder', { unitId, procedureId: row.procedureId, stepIds: reversed });
    expect(r.steps.map((s) => s.id)).toEqual(reversed);
    const strip = ({ id: _id, ...s }: (typeof d.steps)[number]) => s;
    const saved = await call('procedures.saveSection', {
      unitId,
      procedureId: row.procedureId,
      data: {
        section: 'steps',
        steps: [
          ...r.steps.slice(1),
          {
            title: 'Bước mới',
            text: 'Nội dung',
            actor: 'UBND xã',
            durationValue: 2,
            durationUnit: 'WORKING_DAY',
          },
        ],
      },
    });
    expect(saved.steps).toHaveLength(ids.length);
    expect(saved.steps.at(-1)).toMatchObject({ title: 'Bước mới', durationValue: 2 });
    expect(saved.steps.slice(0, -1).map((s) => s.id)).toEqual(reversed.slice(1));
    await call('history.undo', {});
    const back = await call('procedures.get', { unitId, procedureId: row.procedureId });
    expect(back.steps.map((s) => s.id)).toEqual(reversed);
    expect(back.steps.map(strip)).toEqual(r.steps.map(strip));
    await call('history.undo', {});
    expect(
      (await call('procedures.get', { unitId, procedureId: row.procedureId })).steps.map((s) => s.id),
    ).toEqual(ids);
    await expect(
      call('steps.reorder', { unitId, procedureId: row.procedureId, stepIds: ids.slice(1) }),
    ).rejects.toMatchObject({ code: 'STEP_ORDER_MISMATCH' });
    backend.close();
  });

  it('saves general values, channels with fees (HĐND), documents with copy requirements, legal bases, results, unit fields', async () => {
    const { call, unitId, rows, backend } = await demo();
    const pid = rows[0]!.procedureId;
    await expect(
      call('procedures.saveSection', {
        unitId,
        procedureId: pid,
        data: { section: 'general', values: { code: '12' } },
      }),
    ).rejects.toMatchObject({ code: 'INVALID_CODE' });
    let d = await call('procedures.saveSection', {
      unitId,
      procedureId: pid,
      data: { section: 'general', values: { conditions: 'Điều kiện\nthứ hai', decisionDate: '05/03/2024' } },
    });
    expect(d).toMatchObject({ conditions: 'Điều kiện\nthứ hai', decisionDate: '2024-03-05' });
    d = await call('procedures.saveSection', {
      unitId,
      procedureId: pid,
      data: {
        section: 'channels',
        channels: [
          {
            method: 'TRUC_TUYEN',
            timeValue: 3,
            timeUnit: 'WORKING_DAY',
            timeText: '',
            description: '',
            fees: [
              { kind: 'LE_PHI', amount: null, setBy: 'HDND_TINH', currency: 'VND', perUnit: '', text: '' },
            ],
          },
        ],
      },
    });
    expect(d.channels).toHaveLength(1);
    expect(d.channels[0]!.fees[0]).toMatchObject({ setBy: 'HDND_TINH', amount: null });
    d = await call('procedures.saveSection', {
      unitId,
      procedureId: pid,
      data: {
        section: 'documents',
        groups: [
          {
            heading: 'Giấy tờ phải xuất trình',
            components: [
              {
                name: 'Căn cước',
                code: '',
                originalQty: 1,
                copyQty: 0,
                copyRequirement: 'PRESENT_ONLY',
                formName: '',
                isNote: false,
                required: true,
              },
            ],
          },
        ],
      },
    });
    expect(d.componentGroups[0]!.components[0]!.copyRequirement).toBe('PRESENT_ONLY');
    d = await call('procedures.saveSection', {
      unitId,
      procedureId: pid,
      data: {
        section: 'legal',
        legalBases: [
          {
            code: '123/2015/NĐ-CP',
            name: 'Nghị định',
            issuer: 'Chính phủ',
            issuedDate: '2015-11-15',
            effectiveDate: '',
          },
        ],
      },
    });
    expect(d.legalBases).toHaveLength(1);
    d = await call('procedures.saveSection', {
      unitId,
      procedureId: pid,
      data: { section: 'results', results: [{ name: 'Giấy chứng nhận', code: '' }] },
    });
    expect(d.results.map((r) => r.name)).toEqual(['Giấy chứng nhận']);
    d = await call('procedures.saveSection', {
      unitId,
      procedureId: pid,
      data: { section: 'unit', values: { dossiersPerYear: 42, oneStop: false } },
    });
    expect(d.unitFields).toMatchObject({ dossiersPerYear: 42, oneStop: false });
    const audit = await call('audit.list', { procedureId: pid });
    expect(audit.map((a) => a.field)).toEqual(
      expect.arrayContaining([
        'conditions',
        'channels',
        'documents',
        'legalBases',
        'results',
        'dossiersPerYear',
      ]),
    );
    expect((await call('history.list', {})).undo).toHaveLength(6);
    backend.close();
  });
});

describe('create, duplicate, trash, restore, purge', () => {
  it('duplicates under a .BS code, trashes, lists the trash, restores and purges (undoable)', async () => {
    const { call, unitId, rows, backend } = await demo();
    const src = rows.find((r) => r.code === '1.001612')!;
    const copy = await call('procedures.duplicate', { unitId, procedureId: src.procedureId });
    expect(copy.code).toBe('1.001612.BS');
    expect(copy.stepCount).toBe(src.stepCount);
    const created = await call('procedures.create', { unitId, code: '9.123456', name: 'Thủ tục mới' });
    await call('procedures.trash', { unitId, procedureIds: [copy.procedureId, created.procedureId] });
    const trash = await call('inventory.list', { unitId, trashed: true });
    expect(trash.rows.map((r) => r.code).sort()).toEqual(['1.001612.BS', '9.123456']);
    await call('procedures.restore', { unitId, procedureIds: [copy.procedureId] });
    await expect(
      call('procedures.purge', { unitId, procedureIds: [copy.procedureId] }),
    ).rejects.toMatchObject({ code: 'NOT_IN_TRASH' });
    await call('procedures.purge', { unitId, procedureIds: [created.procedureId] });
    expect((await call('inventory.list', { unitId, trashed: true })).total).toBe(0);
    await call('history.undo', {});
    expect((await call('inventory.list', { unitId, trashed: true })).rows.map((r) => r.code)).toEqual([
      '9.123456',
    ]);
    const actions = (await call('audit.list', { limit: 100 })).map((a) => a.action);
    expect(actions).toEqual(expect.arrayContaining(['create', 'delete', 'restore', 'purge', 'undo']));
    backend.close();
  });
});
