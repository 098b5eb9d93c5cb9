import { describe, expect, it } from 'vitest';
import { ApiCallError } from '../../../electron/backend/direct-client';
import { testBackend } from '../../support/backend';
import { appendixRows, appendixWorkbook, mixedDecisionRows } from '../../support/decision-appendix';
import { useTempDir } from '../../support/temp';

const tmp = useTempDir();
async function setup() {
  const t = testBackend(tmp());
  const [unit] = await t.call('units.list', {});
  const parsed = await t.call('decisions.parseFile', {
    fileName: 'phu-luc-2637.xlsx',
    dataBase64: (await appendixWorkbook(mixedDecisionRows())).toString('base64'),
  });
  const saved = await t.call('decisions.save', {
    unitId: unit!.id,
    head: {
      number: parsed.head.number,
      signedDate: parsed.head.signedDate,
      effectiveDate: parsed.head.signedDate,
      issuer: parsed.head.issuer,
      signer: 'KT. CHỦ TỊCH, PHÓ CHỦ TỊCH Nguyễn Quỳnh Thiện',
      source: 'phu-luc-2637.xlsx',
    },
    items: parsed.items.map(({ sheet: _s, row: _r, ...it }) => it),
  });
  const codes = async () =>
    (await t.call('inventory.list', { unitId: unit!.id })).rows.map((r) => r.code).sort();
  return { ...t, unitId: unit!.id, parsed, saved, codes };
}

const pidOf = (t: Awaited<ReturnType<typeof setup>>, code: string) =>
  t.backend.ctx.db.prepare('SELECT id FROM procedures WHERE code = ?').pluck().get(code) as number;

describe('publication decisions on the demo commune', () => {
  it('previews, applies (new, amended with a kept version, repealed hidden) and undoes as one step', async () => {
    const t = await setup();
    expect(t.saved.counts).toEqual({ NEW: 1, AMENDED: 6, REPLACED: 0, ABOLISHED: 1 });
    const before = await t.codes();
    const plan = await t.call('decisions.preview', { decisionId: t.saved.id });
    expect(plan.errors).toEqual([]);
    expect(plan.summary).toMatchObject({ create: 1, amend: 6, repeal: 1, error: 0 });
    const amend = plan.rows.find((r) => r.code.startsWith('2.000908'))!;
    expect(amend.diffs.find((d) => d.field === 'name')).toMatchObject({
      old: 'Thủ tục cấp bản sao từ sổ gốc',
      new: 'Cấp bản sao từ sổ gốc',
    });

    await t.call('decisions.apply', { decisionId: t.saved.id });
    const after = await t.codes();
    expect(after).toContain('2.000282');
    expect(after).not.toContain('2.000927');
    expect(after).toHaveLength(before.length);
    const copyPid = pidOf(t, '2.000908');
    const detail = await t.call('procedures.get', { unitId: t.unitId, procedureId: copyPid });
    expect(detail).toMatchObject({ name: 'Cấp bản sao từ sổ gốc', version: 2, decisionNo: '2637/QĐ-UBND' });
    expect(detail.legalBases.some((l) => l.code === '280/2025/NĐ-CP')).toBe(true);
    const versions = await t.call('review.versions', { procedureId: copyPid });
    expect(versions[0]).toMatchObject({ version: 1, decisionNo: '2637/QĐ-UBND' });
    const events = await t.call('decisions.ofProcedure', {
      unitId: t.unitId,
      procedureId: pidOf(t, '2.000927'),
    });
    expect(events[0]).toMatchObject({
      kind: 'ABOLISHED',
      decisionNo: '2637/QĐ-UBND',
      effectiveDate: '2025-11-16',
    });
    // Repealed, never deleted: the unit's row is still there with its end date.
    const repealed = t.backend.ctx.db
      .prepare('SELECT valid_to FROM unit_procedures WHERE unit_id = ? AND procedure_id = ?')
      .pluck()
      .get(t.unitId, pidOf(t, '2.000927'));
    expect(repealed).toBe('2025-11-16');
    expect((await t.call('decisions.get', { decisionId: t.saved.id })).appliedAt).not.toBeNull();

    const step = await t.call('history.undo', {});
    expect(step.moved).toMatchObject({ kind: 'decision', code: '2637/QĐ-UBND' });
    expect(await t.codes()).toEqual(before);
    expect(pidOf(t, '2.000282')).toBeUndefined();
    expect((await t.call('procedures.get', { unitId: t.unitId, procedureId: copyPid })).version).toBe(1);
    expect(await t.call('review.versions', { procedureId: copyPid })).toEqual([]);
    expect((await t.call('decisions.get', { decisionId: t.saved.id })).appliedAt).toBeNull();

    await t.call('history.redo', {});
    expect(await t.codes()).toEqual(after);
    t.backend.close();
  });

  it('refuses the real 2637 on the demo (it repeals and amends procedures the commune does not have); nothing written', async () => {
    const t = testBackend(tmp());
    const [unit] = await t.call('units.list', {});
    const parsed = await t.call('decisions.parseFile', {
      fileName: '2637.xlsx',
      dataBase64: (await appendixWorkbook(appendixRows('2637', 'FILE ĐƯỢC ĐÍNH KÈM'))).toString('base64'),
    });
    const d = await t.call('decisions.save', {
      unitId: unit!.id,
      head: { number: '2637/QĐ-UBND', signedDate: '2025-11-16', effectiveDate: '2025-11-16' },
      items: parsed.items.map(({ sheet: _s, row: _r, ...it }) => it),
    });
    const before = (await t.call('inventory.list', { unitId: unit!.id })).total;
    const err = await t.call('decisions.apply', { decisionId: d.id }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiCallError);
    expect((err as ApiCallError).code).toBe('DECISION_REFUSED');
    expect((err as Error).message).toMatch(/6 dòng không hợp lệ/);
    expect((err as Error).message).toMatch(/không có thủ tục này/);
    expect((err as Error).message.length).toBeLessThan(300);
    const plan = await t.call('decisions.preview', { decisionId: d.id });
    expect(plan.errors.some((m) => /bãi bỏ TTHC 2\.001009/.test(m))).toBe(true);
    expect((await t.call('inventory.list', { unitId: unit!.id })).total).toBe(before);
    expect((await t.call('decisions.get', { decisionId: d.id })).appliedAt).toBeNull();
    t.backend.close();
  });

  it('refuses a decision dated before the record’s current text', async () => {
    const t = await setup();
    await t.call('decisions.apply', { decisionId: t.saved.id });
    const old = await t.call('decisions.save', {
      unitId: t.unitId,
      head: { number: '12/QĐ-UBND', signedDate: '2025-03-01', effectiveDate: '2025-03-01' },
      items: [{ change: 'AMENDED', level: 'XA', code: '2.000908', name: 'Cấp bản sao từ sổ gốc (cũ)' }],
    });
    const err = (await t.call('decisions.apply', { decisionId: old.id }).catch((e: unknown) => e)) as Error;
    expect(err.message).toMatch(
      /cũ hơn nội dung hiện hành của TTHC 2\.000908 \(theo 2637\/QĐ-UBND ngày 16\/11\/2025\)/,
    );
    t.backend.close();
  });

  it('a repealed procedure stays in reports for dates before its repeal', async () => {
    const t = await setup();
    await t.call('decisions.apply', { decisionId: t.saved.id });
    const codesIn = async (asOf?: string) =>
      (
        await t.call('reports.preview', {
          report: 'inventory',
          unitId: t.unitId,
          limit: 200,
          filters: { fields: ['Chứng thực'], codes: [] },
          period: asOf ? { kind: 'asOf' as const, date: asOf } : null,
        })
      ).rows.map((r) => r[1]);
    expect(await codesIn()).not.toContain('2.000927');
    expect(await codesIn('2025-11-15')).toContain('2.000927');
    expect(await codesIn('2025-11-16')).not.toContain('2.000927');
    t.backend.close();
  });
});
