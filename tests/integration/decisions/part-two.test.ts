import { describe, expect, it } from 'vitest';
import { recordOfItem } from '../../../electron/backend/decisions/apply';
import { readAppendixTables } from '../../../electron/shared/decisions/appendix-table';
import { testBackend } from '../../support/backend';
import { appendixRows, appendixWorkbook } from '../../support/decision-appendix';
import { useTempDir } from '../../support/temp';

const tmp = useTempDir();

/**
 * The real Lai Châu 2926 appendix as published — Phần I (four Dược phẩm procedures, no codes) and Phần II, whose
 * heading the Word conversion ran into Phần I's last row — under an amendment heading: a province that already
 * holds the four procedures receives their amended content.
 */
function amendedLaiChau(): string[][] {
  const rows = appendixRows('2926', '\u0000 (to the end)');
  const header = rows.findIndex((r) => r.includes('Tên thủ tục hành chính'));
  return [
    ...rows.slice(0, header),
    ['A. DANH MỤC THỦ TỤC HÀNH CHÍNH ĐƯỢC SỬA ĐỔI, BỔ SUNG'],
    ['THỦ TỤC HÀNH CHÍNH CẤP TỈNH'],
    ...rows.slice(header),
  ];
}

const FIRST =
  'Cho phép nhập khẩu thuốc, nguyên liệu làm thuốc có hạn dùng còn lại tại thời điểm thông quan ngắn hơn quy định';

describe('Phần II of an amended decision', () => {
  it('reads each procedure’s content from the real Lai Châu 2926 appendix', () => {
    const p = readAppendixTables([{ sheet: 'Phụ lục', rows: amendedLaiChau() }]);
    expect(p.items).toHaveLength(4);
    expect(p.items.every((i) => i.change === 'AMENDED' && i.level === 'TINH')).toBe(true);
    const c = p.items.find((i) => i.name === FIRST)!.content!;
    expect(c.steps).toHaveLength(4);
    expect(c.steps[0]).toMatch(
      /^Cơ sở đề nghị cấp phép nhập khẩu nộp hồ sơ trực tiếp hoặc qua dịch vụ bưu chính/,
    );
    expect(c.steps[3]).toMatch(/^Sau khi nhận hồ sơ sửa đổi, bổ sung, Sở Y tế trả cơ sở Phiếu tiếp nhận/);
    expect(c.components.map((x) => [x.name.slice(0, 40), x.originals, x.copies])).toEqual([
      ['Đơn đề nghị của cơ sở nhập khẩu, bao gồm', 1, 0],
      ['Văn bản đề nghị, cam kết của cơ sở khám ', 1, 1],
    ]);
    expect([c.timeText, c.feeText]).toEqual(['15 ngày.', 'Không.']);
    expect(c.result).toMatch(/^Văn bản chấp thuận\/Văn bản yêu cầu sửa đổi, bổ sung hồ sơ/);
    expect(c.legalText.split('\n')).toEqual([
      'Luật Dược ngày 06 tháng 4 năm 2016;',
      'Luật sửa đổi, bổ sung một số điều của Luật Dược ngày 21 tháng 11 năm 2024;',
      expect.stringMatching(/^Nghị định số 163\/2025\/NĐ-CP ngày 29 tháng 6 năm 2025/),
    ]);
    // The second block starts at its own heading: its steps are its own.
    const second = p.items[1]!.content!;
    expect(second.steps[0]).toMatch(/^Cơ sở đề nghị mua thuốc nộp hồ sơ/);
    // The fourth block's heading ran into the last row of the third's form (Mẫu số 27): it is a block of its own,
    // and the third keeps only its own time.
    expect(p.items[2]!.content!.timeText).toBe('07 ngày làm việc');
    const fourth = p.items[3]!.content!;
    expect(fourth.steps[0]).toMatch(/^Tổ chức, cá nhân đề nghị cấp phép xuất khẩu/);
    expect(fourth.timeText).toMatch(/^07 ngày làm việc đối với trường hợp không có yêu cầu sửa đổi/);
  });

  it('a new procedure published with its Phần II is created with those steps, documents and result', () => {
    const p = readAppendixTables([{ sheet: 'Phụ lục', rows: amendedLaiChau() }]);
    const { sheet: _s, row: _r, ...item } = p.items[0]!;
    const rec = recordOfItem(
      { ...item, change: 'NEW', code: '1.900001', id: 0, procedureId: null },
      {
        id: 0,
        unitId: 1,
        number: '2926/QĐ-UBND',
        signedDate: '2025-11-19',
        effectiveDate: '2025-11-19',
        issuer: 'Chủ tịch Ủy ban nhân dân tỉnh Lai Châu',
        signer: '',
        title: '',
        source: '',
        appliedAt: null,
        counts: { NEW: 1, AMENDED: 0, REPLACED: 0, ABOLISHED: 0 },
        items: [],
      },
    );
    expect(rec.steps).toHaveLength(4);
    expect(
      rec.componentGroups[0]!.components.map((c) => [c.originalQty, c.copyQty, c.copyRequirement]),
    ).toEqual([
      [1, 0, 'ORIGINAL'],
      [1, 1, null],
    ]);
    expect(rec.results[0]!.name).toMatch(/^Văn bản chấp thuận/);
    expect(rec.channels[0]).toMatchObject({ timeText: '15 ngày.', timeValue: 15 });
  });

  it('applying it writes the steps, components, time and fee into the record, shown in the preview; undo restores', async () => {
    const t = testBackend(tmp());
    const unit = await t.call('units.create', { name: 'UBND tỉnh Lai Châu (thử)', level: 'TINH' });
    const parsed = await t.call('decisions.parseFile', {
      fileName: 'phu-luc-2926.xlsx',
      dataBase64: (await appendixWorkbook(amendedLaiChau())).toString('base64'),
    });
    const db = t.backend.ctx.db;
    let code = 1;
    for (const it of parsed.items)
      await t.call('procedures.create', { unitId: unit.id, code: `1.90000${code++}`, name: it.name });
    const pid = db.prepare('SELECT id FROM procedures WHERE name = ?').pluck().get(FIRST) as number;
    // The record as the province held it before: two steps, one component.
    db.prepare(
      "INSERT INTO steps (procedure_id, ord, title, text) VALUES (?, 1, 'Nộp hồ sơ', 'Nộp hồ sơ'), (?, 2, 'Trả kết quả', 'Trả kết quả')",
    ).run(pid, pid);
    const g = db
      .prepare("INSERT INTO component_groups (procedure_id, ord, heading) VALUES (?, 1, '')")
      .run(pid);
    db.prepare(
      "INSERT INTO components (group_id, ord, name, original_qty, copy_qty) VALUES (?, 1, 'Đơn đề nghị', 1, 0)",
    ).run(g.lastInsertRowid);
    const saved = await t.call('decisions.save', {
      unitId: unit.id,
      head: {
        number: '2926/QĐ-UBND',
        signedDate: '2025-11-19',
        effectiveDate: '2025-11-19',
        source: 'phu-luc-2926.xlsx',
      },
      items: parsed.items.map(({ sheet: _s, row: _r, ...it }) => it),
    });
    const plan = await t.call('decisions.preview', { decisionId: saved.id });
    expect(plan.summary).toMatchObject({ amend: 4, error: 0 });
    const row = plan.rows.find((r) => r.name === FIRST)!;
    expect(row.diffs.find((d) => d.field === 'steps')).toMatchObject({
      label: 'Trình tự thực hiện',
      old: '1. Nộp hồ sơ\n2. Trả kết quả',
      new: expect.stringMatching(/^1\. Cơ sở đề nghị cấp phép nhập khẩu/),
    });
    expect(row.diffs.find((d) => d.field === 'components')).toMatchObject({
      old: '1. Đơn đề nghị (bản chính: 1, bản sao: 0)',
      new: expect.stringMatching(
        /\(bản chính: 1, bản sao: 0\)\n2\. Văn bản đề nghị.*\(bản chính: 1, bản sao: 1\)$/,
      ),
    });
    expect(row.diffs.find((d) => d.field === 'time')!.new).toBe('15 ngày.');

    await t.call('decisions.apply', { decisionId: saved.id });
    const rec = await t.call('procedures.get', { unitId: unit.id, procedureId: pid });
    expect(rec.steps).toHaveLength(4);
    expect(rec.steps[2]!.text).toMatch(
      /^Trường hợp không có yêu cầu sửa đổi, bổ sung, trong thời hạn 15 ngày/,
    );
    expect(rec.componentGroups[0]!.components.map((c) => [c.originalQty, c.copyQty])).toEqual([
      [1, 0],
      [1, 1],
    ]);
    expect(rec.channels[0]).toMatchObject({ timeText: '15 ngày.', timeValue: 15 });
    expect(rec.legalBases.some((l) => l.code === '163/2025/NĐ-CP')).toBe(true);
    expect(rec.version).toBe(2);

    await t.call('history.undo', {});
    const back = await t.call('procedures.get', { unitId: unit.id, procedureId: pid });
    expect(back.steps.map((s) => s.text)).toEqual(['Nộp hồ sơ', 'Trả kết quả']);
    expect(back.componentGroups[0]!.components).toHaveLength(1);
    t.backend.close();
  });
});
