/**
 * The province's plan (phương án của tỉnh) joins the units' proposals for one procedure into one block: its
 * figures are the proposing units' sums, and a draft from any of them makes the block a draft.
 */
import { describe, expect, it } from 'vitest';
import { decodeSubmission } from '../../../electron/backend/submission/package-file';
import { mergeByProcedure, modelOfResult } from '../../../electron/server/reports';
import { WORKED_EXAMPLE_PROCEDURE_CODE } from '../../../electron/shared/cost/worked-example';
import { workedExampleSubmission } from '../../support/synthetic-submission';

function workedExample(unitName: string, population: number) {
  const bytes = workedExampleSubmission({
    unitCode: 'XA-1',
    unitName,
    planKey: 'KH-2026-test',
    population,
    createdAt: '2026-06-01T08:00:00.000Z',
  });
  const item = decodeSubmission(bytes).content.items.find((i) => i.code === WORKED_EXAMPLE_PROCEDURE_CODE)!;
  return { unitName, model: modelOfResult(item, 1) };
}

describe('mergeByProcedure', () => {
  it('sums only the proposing units, names them, and keeps a reviewer-only unit out of the block', () => {
    const a = workedExample('UBND xã A', 600);
    const b = workedExample('UBND xã B', 900);
    const quiet = workedExample('UBND xã C', 2000);
    quiet.model = { ...quiet.model, marks: [], proposals: [], kind: null };
    quiet.model.item = { ...quiet.model.item, status: 'NOT_STARTED' };
    const [block] = mergeByProcedure([quiet, a, b]);
    expect(block!.totals).toMatchObject({
      count: 2,
      beforePerYearMilli: a.model.totals!.beforePerYearMilli + b.model.totals!.beforePerYearMilli,
      afterPerYearMilli: a.model.totals!.afterPerYearMilli + b.model.totals!.afterPerYearMilli,
      savingMilli:
        a.model.totals!.beforePerYearMilli -
        a.model.totals!.afterPerYearMilli +
        b.model.totals!.beforePerYearMilli -
        b.model.totals!.afterPerYearMilli,
      reductionBp: 6840,
    });
    expect(block!.item.status).toBe('APPROVED');
    expect(block!.proposals).toHaveLength(1);
    expect(block!.proposals[0]!.reason).toMatch(/Đơn vị đề xuất: UBND xã A; UBND xã B$/);
  });

  it('is a draft when one proposing unit has not finished its review', () => {
    const a = workedExample('UBND xã A', 600);
    const b = workedExample('UBND xã B', 900);
    b.model.item = { ...b.model.item, status: 'IN_PROGRESS' };
    expect(mergeByProcedure([a, b])[0]!.item.status).toBe('IN_PROGRESS');
  });
});
