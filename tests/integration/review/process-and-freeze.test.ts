import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { testBackend } from '../../support/backend';
import { QTNB, qtnbTable } from '../../support/qtnb-table';
import { useTempDir } from '../../support/temp';

const tmp = useTempDir();

async function xlsxOf(rows: string[][], sheets = 1): Promise<string> {
  const wb = new ExcelJS.Workbook();
  for (let i = 0; i < sheets; i++) wb.addWorksheet(`Quy trình ${i + 1}`).addRows(rows);
  return Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
}

async function demo(dir: string) {
  const t = testBackend(dir);
  const [unit] = await t.call('units.list', {});
  const [campaign] = await t.call('campaigns.list', { unitId: unit!.id });
  const detail = await t.call('campaigns.get', { campaignId: campaign!.id });
  return { ...t, unit: unit!, detail };
}

describe('approval freezes the figures', () => {
  it('an approved plan keeps its cost after a later hourly income; "tính lại" is the manager\'s audited action', async () => {
    const { backend, call, unit, detail } = await demo(tmp());
    const item = detail.items.find((i) => i.code === '1.001612')!;
    await call('review.transition', { itemId: item.id, action: 'submit' });
    const managers = (await call('profiles.list', {})).profiles.filter((p) => p.role === 'manager');
    await call('profiles.switch', { profileId: managers[0]!.id, pin: '1234' });
    const approved = await call('review.transition', { itemId: item.id, action: 'approve', pin: '1234' });
    expect(approved.frozen).toMatchObject({ hourlyIncome: 28409, newer: null });

    // A later parameter and a record edit: the approved figures stay to the đồng, here and in the report model.
    await call('cost.setParams', { validFrom: '2026-01-01', monthlyIncome: 6_000_000 });
    const rec = await call('procedures.get', { unitId: unit.id, procedureId: item.procedureId });
    await call('procedures.saveSection', {
      unitId: unit.id,
      procedureId: item.procedureId,
      data: {
        section: 'channels',
        channels: rec.channels.map((c) => ({ ...c, fees: c.fees.map((f) => ({ ...f, amount: 999_000 })) })),
      },
    });
    const later = await call('review.get', { itemId: item.id });
    expect(later.cost!.before.perYear.dong).toBe(243_285_900);
    expect(later.cost!.after.perYear.dong).toBe(76_874_850);
    expect([later.item.daysBefore, later.item.daysAfter]).toEqual([3, 2]);
    expect(later.frozen!.newer).toMatchObject({ hourlyIncome: 34091 });
    const board = await call('campaigns.get', { campaignId: detail.campaign.id });
    expect(board.items.find((i) => i.id === item.id)!.costBefore).toBe(243_285_900);
    const byCode = await call('cost.byCode', { unitId: unit.id, code: '1.001612' });
    expect([byCode.frozen, byCode.cost.saving.dong]).toEqual([true, 166_411_050]);

    await expect(call('review.recompute', { itemId: item.id, pin: '0000' })).rejects.toThrow();
    const again = await call('review.recompute', { itemId: item.id, pin: '1234' });
    expect(again.frozen!.hourlyIncome).toBe(34091);
    expect(again.frozen!.newer).toBeNull();
    expect(again.cost!.before.perYear.dong).not.toBe(243_285_900);
    const audit = backend.ctx.db
      .prepare("SELECT actor, old_value AS o, new_value AS n FROM audit_log WHERE action = 'recompute'")
      .all() as { actor: string; o: string; n: string }[];
    expect(audit).toHaveLength(1);
    expect(audit[0]!.actor).toBe('Lãnh đạo');
    expect(JSON.parse(audit[0]!.o)).toMatchObject({ hourlyIncome: 28409, before: 243_285_900 });
    backend.close();
  });
});

describe('quy trình nội bộ: import, edit, undo, marks', () => {
  it('imports the real Nghệ An table all-or-nothing; a hostile table changes nothing and names the column', async () => {
    const { backend, call, unit } = await demo(tmp());
    const row = (await call('inventory.list', { unitId: unit.id, search: '1.013225' })).rows[0]!;
    const target = { unitId: unit.id, procedureId: row.procedureId };
    expect((await call('process.get', target)).processes).toEqual([]);

    const dry = await call('process.import', {
      ...target,
      fileName: 'qtnb.xlsx',
      dataBase64: await xlsxOf(qtnbTable(QTNB.ngheAn)),
      dryRun: true,
    });
    expect([dry.committed, dry.stepCount]).toEqual([false, 7]);
    expect((await call('process.get', target)).processes).toEqual([]);

    const hostile = qtnbTable(QTNB.ngheAn).map((r, i) => [...r, i === 0 ? 'Mật khẩu' : 'x']);
    await expect(
      call('process.import', { ...target, fileName: 'xau.xlsx', dataBase64: await xlsxOf(hostile) }),
    ).rejects.toThrow(
      /xau\.xlsx, trang “Quy trình 1”, dòng 1, cột F: cột “Mật khẩu” không thuộc bảng quy trình nội bộ/,
    );
    await expect(
      call('process.import', {
        ...target,
        fileName: 'hai.xlsx',
        dataBase64: await xlsxOf(qtnbTable(QTNB.ngheAn), 2),
      }),
    ).rejects.toThrow(/đúng một trang/);
    await expect(
      call('process.import', {
        ...target,
        fileName: 'rac.xlsx',
        dataBase64: Buffer.from('không phải excel').toString('base64'),
      }),
    ).rejects.toThrow(/rac\.xlsx/);
    expect((await call('process.get', target)).processes).toEqual([]);

    const done = await call('process.import', {
      ...target,
      fileName: 'qtnb.xlsx',
      dataBase64: await xlsxOf(qtnbTable(QTNB.ngheAn)),
    });
    expect(done.processes[0]!.hoursMilli).toBe(168_000);
    // The GPXD's legal limit is in calendar days: shown as a problem of units, never "fixed".
    expect(done.channels.find((c) => c.method === 'TRUC_TIEP')!.problems[0]!.code).toBe('UNITS_DIFFER');
    await call('history.undo', {});
    expect((await call('process.get', target)).processes).toEqual([]);
    backend.close();
  });

  it('the editor refuses a bad time with nothing saved; a mark on a step removed by an edit is refused and reported stale', async () => {
    const { backend, call, unit, detail } = await demo(tmp());
    const item = detail.items.find((i) => i.code === '1.001612')!;
    const target = { unitId: unit.id, procedureId: item.procedureId };
    const before = await call('process.get', target);
    const steps = before.processes[0]!.steps;
    const input = (time: (i: number) => string, keep = steps) => ({
      ...target,
      processes: [
        {
          id: before.processes[0]!.id,
          steps: keep.map((s, i) => ({ id: s.id, work: s.work, responsible: s.responsible, time: time(i) })),
        },
      ],
    });
    await expect(
      call(
        'process.save',
        input((i) => (i === 2 ? '-1 ngày' : steps[i]!.timeText)),
      ),
    ).rejects.toThrow(/Quy trình 1, bước 3: Thời gian “-1 ngày” không hợp lệ: thời gian không được âm/);
    expect(await call('process.get', target)).toEqual(before);

    // Drop the lãnh đạo phòng's review step (marked "Bãi bỏ" in the demo plan): the mark goes stale.
    const kept = steps.filter((_, i) => i !== 3);
    const saved = await call(
      'process.save',
      input((i) => kept[i]!.timeText, kept),
    );
    expect(saved.processes[0]!.hoursMilli).toBe(22_000);
    const view = await call('review.get', { itemId: item.id });
    expect(view.staleMarkIds).toHaveLength(1);
    expect(view.item.daysBefore).toBe(2.75);
    await expect(
      call('review.setMark', {
        itemId: item.id,
        targetKind: 'INTERNAL_STEP',
        targetId: steps[3]!.id,
        action: 'REMOVE',
        reason: 'x',
      }),
    ).rejects.toThrow(/không còn trong quy trình nội bộ/);
    backend.close();
  });
});
