import { describe, expect, it } from 'vitest';
import { ApiCallError } from '../../../electron/backend/direct-client';
import { testBackend } from '../../support/backend';
import { useTempDir } from '../../support/temp';

const tmp = useTempDir();
const LEGAL = {
  legalArticle: 'Điều 88',
  legalDocument: 'Nghị định số 168/2025/NĐ-CP',
  legalAuthority: 'Chính phủ',
};

async function setup() {
  const t = testBackend(tmp());
  const [unit] = await t.call('units.list', {});
  const [campaign] = await t.call('campaigns.list', { unitId: unit!.id });
  const item = (await t.call('campaigns.get', { campaignId: campaign!.id })).items.find(
    (i) => i.code === '1.001612',
  )!;
  const { profiles } = await t.call('profiles.list', {});
  const manager = profiles.find((p) => p.role === 'manager')!;
  const officer = profiles.find((p) => p.role === 'officer')!;
  const failure = async (p: Promise<unknown>) => {
    const err = await p.then(
      () => null,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(ApiCallError);
    return err as ApiCallError;
  };
  const counts = () =>
    t.backend.ctx.db
      .prepare(
        `SELECT (SELECT count(*) FROM review_marks) AS m, (SELECT count(*) FROM cost_activities) AS a,
                       (SELECT group_concat(status) FROM campaign_items) AS s, (SELECT count(*) FROM procedure_versions) AS v`,
      )
      .get();
  return { ...t, unit: unit!, item, manager, officer, failure, counts };
}

describe('review workflow and roles', () => {
  it('submit → approve → implement: new record version, old one kept with its diff, every step audited', async () => {
    const { call, backend, unit, item, manager, officer, failure } = await setup();
    const submitted = await call('review.transition', { itemId: item.id, action: 'submit' });
    expect(submitted.item.status).toBe('PROPOSED');
    expect(submitted.item.locked).toBe(true);

    // An officer may not approve.
    expect(
      (await failure(call('review.transition', { itemId: item.id, action: 'approve', pin: '1234' }))).code,
    ).toBe('FORBIDDEN');
    await call('profiles.switch', { profileId: manager.id, pin: '1234' });
    const approved = await call('review.transition', { itemId: item.id, action: 'approve', pin: '1234' });
    expect(approved.item.status).toBe('APPROVED');
    expect(approved.item.approvedBy).toBe(manager.name);
    // Approval locks the marks.
    const cccd = approved.record.components.find((c) => c.name.includes('Căn cước'))!;
    expect(
      (
        await failure(
          call('review.setMark', {
            itemId: item.id,
            targetKind: 'COMPONENT',
            targetId: cccd.id,
            action: 'REMOVE',
            reason: 'x',
          }),
        )
      ).code,
    ).toBe('REVIEW_LOCKED');

    expect(
      (await failure(call('review.transition', { itemId: item.id, action: 'implement', pin: '1234' }))).code,
    ).toBe('REVIEW_DECISION_REQUIRED');
    const done = await call('review.transition', {
      itemId: item.id,
      action: 'implement',
      pin: '1234',
      decisionNo: '123/QĐ-UBND',
      decisionDate: '2026-10-01',
    });
    expect(done.item.status).toBe('IMPLEMENTED');
    expect(done.cost!.reductionPct).toBe('68.40'); // figures stay those of the approved plan

    const record = await call('procedures.get', { unitId: unit.id, procedureId: item.procedureId });
    expect(record.version).toBe(2);
    expect(record.status).toBe('AMENDED');
    const newCccd = record.componentGroups.flatMap((g) => g.components).find((c) => c.id === cccd.id)!;
    expect(newCccd.copyRequirement).toBe('DATA_LOOKUP');
    expect(record.channels.find((c) => c.method === 'TRUC_TIEP')!.timeValue).toBe(2);

    const versions = await call('review.versions', { procedureId: item.procedureId });
    expect(versions).toHaveLength(1);
    expect(versions[0]!.version).toBe(1);
    expect(versions[0]!.changes.map((c) => c.part)).toEqual(
      expect.arrayContaining(['status', 'component', 'time:TRUC_TIEP']),
    );
    expect(done.changes.length).toBeGreaterThan(0);

    const audit = backend.ctx.db
      .prepare(
        "SELECT actor, old_value AS o, new_value AS n FROM audit_log WHERE entity = 'campaign_item' AND action = 'transition' ORDER BY id",
      )
      .all() as { actor: string; o: string; n: string }[];
    expect(audit.map((a) => (JSON.parse(a.n) as { status: string }).status)).toEqual([
      'PROPOSED',
      'APPROVED',
      'IMPLEMENTED',
    ]);
    expect(audit[0]!.actor).toBe(officer.name);
    expect(audit[1]!.actor).toBe(manager.name);
    backend.close();
  });

  it('return needs a comment; the officer can then edit and resubmit', async () => {
    const { call, backend, item, manager, failure } = await setup();
    await call('review.transition', { itemId: item.id, action: 'submit' });
    await call('profiles.switch', { profileId: manager.id, pin: '1234' });
    expect(
      (await failure(call('review.transition', { itemId: item.id, action: 'return', pin: '1234' }))).code,
    ).toBe('REVIEW_COMMENT_REQUIRED');
    const returned = await call('review.transition', {
      itemId: item.id,
      action: 'return',
      pin: '1234',
      comment: 'Bổ sung căn cứ',
    });
    expect(returned.item.status).toBe('RETURNED');
    expect(returned.item.returnComment).toBe('Bổ sung căn cứ');
    const edited = await call('review.saveAnswers', {
      itemId: item.id,
      answers: [{ questionKey: 'legality', answerBool: true, answerText: 'Phù hợp' }],
    });
    expect(edited.item.status).toBe('IN_PROGRESS');
    expect(edited.answers).toContainEqual({
      questionKey: 'legality',
      answerBool: true,
      answerText: 'Phù hợp',
    });
    backend.close();
  });

  it('five wrong PINs in a row lock the manager for 60 s, persisted; the right PIN is then refused too', async () => {
    const { call, backend, item, manager, failure, counts } = await setup();
    await call('review.transition', { itemId: item.id, action: 'submit' });
    const before = counts();
    const first = await failure(call('profiles.switch', { profileId: manager.id, pin: '0000' }));
    expect(first.code).toBe('PIN_WRONG');
    expect(first.message).toMatch(/không đúng.*4 lần/);
    for (let i = 0; i < 3; i++)
      expect((await failure(call('profiles.switch', { profileId: manager.id, pin: '9999' }))).code).toBe(
        'PIN_WRONG',
      );
    const fifth = await failure(call('profiles.switch', { profileId: manager.id, pin: '9999' }));
    expect(fifth.code).toBe('PIN_LOCKED');
    expect(fifth.message).toMatch(/60 giây/);
    expect((await failure(call('profiles.switch', { profileId: manager.id, pin: '1234' }))).code).toBe(
      'PIN_LOCKED',
    );
    expect((await call('profiles.list', {})).currentRole).toBe('officer');
    expect(counts()).toEqual(before);

    // Persisted: a new session on the same file is still locked.
    const file = backend.ctx.dbFile;
    backend.close();
    const again = testBackend(tmp(), { dbFile: file });
    expect((await failure(again.call('profiles.switch', { profileId: manager.id, pin: '1234' }))).code).toBe(
      'PIN_LOCKED',
    );
    // Once the lockout has passed, the right PIN works and resets the counter.
    again.backend.ctx.db
      .prepare('UPDATE profiles SET locked_until = ? WHERE id = ?')
      .run(new Date(Date.now() - 1000).toISOString(), manager.id);
    await again.call('profiles.switch', { profileId: manager.id, pin: '1234' });
    expect((await again.call('profiles.list', {})).currentRole).toBe('manager');
    again.backend.close();
  });

  it('the manager role lasts one session: a new session on the file opens as the officer, idleness ends it', async () => {
    const dir = tmp();
    const idle = 15 * 60_000;
    // The backend's clock, moved by the test instead of sleeping 15 minutes.
    let now = Date.parse('2026-10-01T08:00:00Z');
    const clock = () => now;
    const first = testBackend(dir, { clock });
    const { profiles } = await first.call('profiles.list', {});
    const manager = profiles.find((p) => p.role === 'manager')!;
    await first.call('profiles.switch', { profileId: manager.id, pin: '1234' });
    expect((await first.call('app.info', {})).profileRole).toBe('manager');
    const file = first.backend.ctx.dbFile;
    first.backend.close();

    // A restart: the database never remembers the manager, so the PIN is asked again.
    const second = testBackend(dir, { dbFile: file, clock });
    expect(await second.call('app.info', {})).toMatchObject({
      profileRole: 'officer',
      profileName: 'Cán bộ',
    });
    await second.call('profiles.switch', { profileId: manager.id, pin: '1234' });
    // A call from the user keeps the role alive; the shell's app.info polling does not.
    now += idle - 1000;
    await second.call('units.list', {});
    now += idle - 1000;
    expect((await second.call('app.info', {})).profileRole).toBe('manager');
    now += 999;
    expect((await second.call('app.info', {})).profileRole).toBe('manager');
    now += 1;
    expect(await second.call('app.info', {})).toMatchObject({
      profileRole: 'officer',
      managerEndedIdle: true,
    });
    const [unit] = await second.call('units.list', {});
    const [campaign] = await second.call('campaigns.list', { unitId: unit!.id });
    const item = (await second.call('campaigns.get', { campaignId: campaign!.id })).items.find(
      (i) => i.code === '1.001612',
    )!;
    await second.call('review.transition', { itemId: item.id, action: 'submit' });
    const err = await second
      .call('review.transition', { itemId: item.id, action: 'approve', pin: '1234' })
      .catch((e: unknown) => e as ApiCallError);
    expect(err).toMatchObject({ code: 'MANAGER_SESSION_ENDED' });
    expect((err as ApiCallError).message).toMatch(/phiên Lãnh đạo đã kết thúc/);
    // Entering the PIN again starts a new manager session and clears the notice.
    await second.call('profiles.switch', { profileId: manager.id, pin: '1234' });
    expect(await second.call('app.info', {})).toMatchObject({
      profileRole: 'manager',
      managerEndedIdle: false,
    });
    second.backend.close();
  });

  it('refuses bad input with a clear message and saves nothing', async () => {
    const { call, backend, item, failure, counts } = await setup();
    const view = await call('review.get', { itemId: item.id });
    const step = view.record.steps[0]!;
    const before = counts();

    const noReason = await failure(
      call('review.setMark', { itemId: item.id, targetKind: 'STEP', targetId: step.id, action: 'REMOVE' }),
    );
    expect(noReason.code).toBe('REVIEW_REASON_REQUIRED');
    expect(noReason.message).toMatch(/lý do.*bãi bỏ/);

    const negative = await failure(
      call('cost.saveActivity', {
        itemId: item.id,
        scenario: 'BEFORE',
        ord: 9,
        name: 'Đi lại',
        hours: '-1',
        otherCost: 0,
      }),
    );
    expect(negative.code).toBe('COST_INVALID');
    expect(negative.message).toMatch(/Thời gian \(giờ\)/);
    const negativeCost = await failure(
      call('cost.saveActivity', {
        itemId: item.id,
        scenario: 'BEFORE',
        ord: 9,
        name: 'Đi lại',
        hours: 1,
        otherCost: -5,
      }),
    );
    expect(negativeCost.message).toMatch(/Chi phí khác/);

    const zero = await failure(call('campaigns.updateItem', { itemId: item.id, population: 0 }));
    expect(zero.code).toBe('REVIEW_POPULATION_INVALID');
    expect(zero.message).toMatch(/Số đối tượng tuân thủ\/năm/);

    const other = backend.ctx.db
      .prepare('SELECT id FROM steps WHERE procedure_id <> ? LIMIT 1')
      .get(item.procedureId) as { id: number };
    const foreign = await failure(
      call('review.setMark', {
        itemId: item.id,
        targetKind: 'STEP',
        targetId: other.id,
        action: 'REMOVE',
        reason: 'x',
      }),
    );
    expect(foreign.code).toBe('REVIEW_TARGET_NOT_IN_PROCEDURE');
    expect(counts()).toEqual(before);

    // A mark with a reason but no legal provision is saved, but blocks the submit.
    await call('review.setMark', {
      itemId: item.id,
      targetKind: 'STEP',
      targetId: step.id,
      action: 'REMOVE',
      reason: 'Trùng lặp',
    });
    const incomplete = await failure(call('review.transition', { itemId: item.id, action: 'submit' }));
    expect(incomplete.code).toBe('REVIEW_SUBMIT_INCOMPLETE');
    expect(incomplete.message).toMatch(/kiến nghị thực thi/);
    // Named as on screen (the step's number and title), never by an internal code or id.
    const ord =
      (await call('review.get', { itemId: item.id })).record.steps.findIndex((s) => s.id === step.id) + 1;
    expect(incomplete.message).toContain(`bước ${ord} của trình tự “`);
    expect(incomplete.message).not.toMatch(/STEP|#\d/);
    await call('review.setMark', {
      itemId: item.id,
      targetKind: 'STEP',
      targetId: step.id,
      action: 'REMOVE',
      reason: 'Trùng lặp',
      ...LEGAL,
    });
    expect((await call('review.transition', { itemId: item.id, action: 'submit' })).item.status).toBe(
      'PROPOSED',
    );
    backend.close();
  });

  it('derives the hourly income from the monthly one and keeps it dated; creates campaigns from an inventory search', async () => {
    const { call, backend, unit, failure } = await setup();
    const param = await call('cost.setParams', { validFrom: '2026-01-01', monthlyIncome: 6_000_000 });
    expect(param.hourlyIncome).toBe(34091); // 6,000,000 / 22 / 8 = 34,090.9
    expect((await call('cost.listParams', {})).map((p) => p.validFrom)).toEqual(['2026-01-01', '2025-01-01']);
    expect((await failure(call('cost.setParams', { validFrom: '2026-02-01', hourlyIncome: -3 }))).code).toBe(
      'COST_INVALID',
    );

    const created = await call('campaigns.create', {
      unitId: unit.id,
      year: 2027,
      title: 'Rà soát hộ tịch',
      search: 'ho tich',
      reviewer: 'Cán bộ',
    });
    expect(created.items.length).toBeGreaterThan(2);
    expect(created.items.every((i) => i.status === 'NOT_STARTED' && i.reviewer === 'Cán bộ')).toBe(true);
    expect(created.campaign.progressBp).toBe(0);
    expect(
      (
        await failure(
          call('campaigns.create', { unitId: unit.id, year: 2027, title: 'Trống', search: 'zzzzqqq' }),
        )
      ).code,
    ).toBe('REVIEW_NO_PROCEDURES');
    backend.close();
  });

  it('profiles: a manager needs a PIN; only a manager may add another manager', async () => {
    const { call, backend, manager, failure } = await setup();
    const officer2 = await call('profiles.create', { name: 'Nguyễn Văn An', role: 'officer' });
    expect(officer2).toMatchObject({ role: 'officer', hasPin: false });
    expect(
      (await failure(call('profiles.create', { name: 'Trần Thị Bình', role: 'manager', pin: '5678' }))).code,
    ).toBe('FORBIDDEN');
    await call('profiles.switch', { profileId: manager.id, pin: '1234' });
    expect((await failure(call('profiles.create', { name: 'Trần Thị Bình', role: 'manager' }))).code).toBe(
      'PIN_FORMAT',
    );
    const m2 = await call('profiles.create', { name: 'Trần Thị Bình', role: 'manager', pin: '5678' });
    expect(m2).toMatchObject({ role: 'manager', hasPin: true });
    const stored = backend.ctx.db.prepare('SELECT pin_hash AS h FROM profiles WHERE id = ?').get(m2.id) as {
      h: string;
    };
    expect(stored.h).toMatch(/^[0-9a-f]{64}$/); // the hash, never the PIN itself
    backend.close();
  });
});
