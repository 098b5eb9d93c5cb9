/**
 * A report for a past day prints what was true that day, from what the database keeps: the record version
 * kept when a plan was implemented, head fields edited since (audit log), procedures trashed since, and the
 * status review items had. The period's line is printed under the title; a period after today is refused.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { isoToday } from '../../../electron/backend/reports/builders/text';
import { previewReport } from '../../../electron/backend/reports/generate';
import type { Backend } from '../../../electron/backend/session';
import type { ReportId, ReportPeriod } from '../../../electron/shared/contract/reports';
import { testBackend } from '../../support/backend';

let dir = '';
let backend: Backend;
let call: ReturnType<typeof testBackend>['call'];
let unitId = 0;
const today = isoToday();
const daysAgo = (n: number) => {
  const d = new Date(`${today}T12:00:00`);
  d.setDate(d.getDate() - n);
  return isoToday(d);
};

const preview = (report: ReportId, period: ReportPeriod, codes: string[] = []) =>
  previewReport(
    backend.ctx.db,
    { report, unitId, campaignId: null, filters: { fields: [], codes }, period, appendix: null },
    200,
  );
const asOf = (date: string): ReportPeriod => ({ kind: 'asOf', date });

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'tinhgon-asof-'));
  ({ backend, call } = testBackend(dir));
  unitId = (backend.ctx.db.prepare("SELECT id FROM units WHERE code = 'DEMO-XA'").get() as { id: number }).id;
});

afterAll(() => {
  backend?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('reports as of a past day', () => {
  test('a name edited today prints as it was yesterday; a procedure trashed today was still listed', async () => {
    const rows = (await call('inventory.list', { unitId })).rows.filter((r) => r.code !== '1.001612');
    const [edited, trashed] = rows as [(typeof rows)[0], (typeof rows)[0]];
    await call('procedures.saveSection', {
      unitId,
      procedureId: edited.procedureId,
      data: { section: 'general', values: { name: 'Tên đã sửa hôm nay' } },
    });
    await call('procedures.trash', { unitId, procedureIds: [trashed.procedureId] });

    const yesterday = await preview('inventory', asOf(daysAgo(1)));
    const now = await preview('inventory', null);
    const names = (p: typeof now) => p.rows.map((r) => r[2]);
    expect(names(yesterday)).toContain(edited.name);
    expect(names(yesterday)).not.toContain('Tên đã sửa hôm nay');
    expect(names(now)).toContain('Tên đã sửa hôm nay');
    expect(yesterday.totalRows).toBe(54);
    expect(now.totalRows).toBe(53);
    expect(yesterday.notes).toContain(`Số liệu tính đến ngày ${daysAgo(1).split('-').reverse().join('/')}`);
  });

  test('a record changed by an implemented plan prints its kept version for a day before the decision', async () => {
    const db = backend.ctx.db;
    const item = db
      .prepare(
        `SELECT ci.id FROM campaign_items ci JOIN procedures p ON p.id = ci.procedure_id WHERE p.code = '1.001612'`,
      )
      .get() as { id: number };
    const manager = (await call('profiles.list', {})).profiles.find((p) => p.role === 'manager')!;
    await call('review.transition', { itemId: item.id, action: 'submit' });
    await call('profiles.switch', { profileId: manager.id, pin: '1234' });
    await call('review.transition', { itemId: item.id, action: 'approve', pin: '1234' });
    await call('review.transition', {
      itemId: item.id,
      action: 'implement',
      pin: '1234',
      decisionNo: '99/QĐ-UBND',
      decisionDate: today,
    });
    const timeOf = (p: Awaited<ReturnType<typeof preview>>) =>
      p.rows.find((r) => r[0] === 'd) Thời hạn giải quyết')![1];
    const before = await preview('details', asOf(daysAgo(1)), ['1.001612']);
    const after = await preview('details', null, ['1.001612']);
    expect(timeOf(before)).toBe('3 ngày làm việc');
    // Every channel's time follows the internal steps the plan shortened (3 → 2 days).
    expect(timeOf(after)).toBe('2 ngày làm việc');
  });

  test('a review item prints the status it had on the day (the audit log of its transitions)', async () => {
    const db = backend.ctx.db;
    // An item added to the campaign a month ago, submitted today.
    const campaign = (db.prepare('SELECT id FROM campaigns ORDER BY id LIMIT 1').get() as { id: number }).id;
    const procedureId = (
      db
        .prepare(
          `SELECT up.procedure_id AS id FROM unit_procedures up WHERE up.unit_id = ? AND up.deleted_at IS NULL
           AND up.procedure_id NOT IN (SELECT procedure_id FROM campaign_items) LIMIT 1`,
        )
        .get(unitId) as { id: number }
    ).id;
    const month = `${daysAgo(30)}T08:00:00.000Z`;
    const itemId = Number(
      db
        .prepare(
          `INSERT INTO campaign_items (campaign_id, procedure_id, reviewer, status, frequency, created_at, updated_at)
           VALUES (?, ?, 'Cán bộ', 'IN_PROGRESS', 1, ?, ?)`,
        )
        .run(campaign, procedureId, month, month).lastInsertRowid,
    );
    await call('review.setMark', {
      itemId,
      targetKind: 'PROCEDURE',
      targetId: null,
      action: 'REMOVE',
      reason: 'Không còn cần thiết',
      legalDocument: 'Nghị định 1/2026/NĐ-CP',
      legalAuthority: 'Chính phủ',
      legalArticle: '1',
    });
    const officer = (await call('profiles.list', {})).profiles.find((p) => p.role === 'officer')!;
    await call('profiles.switch', { profileId: officer.id });
    await call('review.transition', { itemId, action: 'submit' });
    const counts = (p: Awaited<ReturnType<typeof preview>>) => p.rows.find((r) => r[0] === 'TỔNG CỘNG')!;
    const earlier = counts(await preview('review-results', asOf(daysAgo(10))));
    const now = counts(await preview('review-results', null));
    // Columns: planned, reviewed, proposed, bãi bỏ. Ten days ago the campaign held only this item (the demo's
    // were added today), planned but not yet submitted; now it is reviewed with its abolition, beside
    // 1.001612 implemented by the test above.
    expect(earlier.slice(2, 6)).toEqual(['1', '0', '0', '0']);
    expect(now.slice(3, 6)).toEqual(['2', '2', '1']);
  });

  test('a period that has not started is refused; one not yet ended reads as of today', async () => {
    await expect(preview('statistics', asOf('2999-01-01'))).rejects.toMatchObject({
      code: 'REPORT_PERIOD_INVALID',
    });
    const year = Number(today.slice(0, 4));
    await expect(preview('statistics', { kind: 'year', year: year + 2 })).rejects.toMatchObject({
      code: 'REPORT_PERIOD_INVALID',
    });
    const ends = `${year}-12-14`;
    const current = await preview('statistics', { kind: 'year', year });
    const line = `Kỳ báo cáo: năm ${year} (từ ngày 15/12/${year - 1} đến ngày 14/12/${year})`;
    const shown = today.split('-').reverse().join('/');
    expect(current.notes.at(-1)).toBe(today < ends ? `${line}; số liệu tính đến ngày ${shown}` : line);
  });
});
