/**
 * Receiving a unit's package (an upload, or a file an officer brings): every check of the package and of the
 * caller first, then ONE PostgreSQL transaction that stores the package, its inventory, item and per-lĩnh vực sum rows
 * and makes it the unit's current submission. A crash, a lost connection or a restart of PostgreSQL at any
 * point leaves either all of it or none of it; sending the same package again is acknowledged without storing
 * anything twice (unique per content hash, and the same data as the current version is "unchanged").
 */
import { findProvinceUnit } from '../../db/pg/queries/accounts';
import { appendPgAudit } from '../../db/pg/queries/audit';
import { isUnitInPlan, planHeadByKey } from '../../db/pg/queries/plans';
import {
  currentSubmission,
  findByContentHash,
  insertFieldTotals,
  insertContentRows,
  insertSubmission,
  lockUnitPlan,
  nextVersion,
  retireCurrent,
  setSupersededBy,
} from '../../db/pg/queries/submissions';
import { ApiFailure } from '../backend/api-failure';
import { proposalText } from '../backend/reports/builders/text';
import { decodeSubmission, type DecodedSubmission } from '../backend/submission/package-file';
import type { SubmissionAck } from '../shared/contract/province';
import type { Caller, ServerContext } from './context';
import { inTransaction } from './pg-transaction';
import './messages';

/** Test drills only: hold the transaction open this long before COMMIT, to crash the server inside it. */
const DRILL_PAUSE_MS = Number(process.env['TINHGON_DRILL_CONSOLIDATE_PAUSE_MS'] ?? 0);

/** Checks that need the province's data: the unit, the caller's right to send for it, the plan. */
async function authorise(ctx: ServerContext, d: DecodedSubmission, caller: Caller) {
  const { unitCode, planKey } = d.manifest;
  if (caller.role === 'unit' && caller.unitCode !== unitCode)
    throw new ApiFailure('PROVINCE_NOT_YOUR_UNIT', {
      account: caller.name,
      own: caller.unitCode ?? '',
      unit: unitCode,
    });
  if (!(await findProvinceUnit(ctx.pg, unitCode)))
    throw new ApiFailure('PROVINCE_UNKNOWN_UNIT', { unit: unitCode });
  const plan = await planHeadByKey(ctx.pg, planKey);
  if (!plan) throw new ApiFailure('PROVINCE_UNKNOWN_PLAN', { plan: planKey });
  if (!(await isUnitInPlan(ctx.pg, plan.id, unitCode)))
    throw new ApiFailure('PROVINCE_UNIT_NOT_IN_PLAN', { plan: plan.title, unit: unitCode });
  return plan;
}

export async function consolidate(
  ctx: ServerContext,
  bytes: Buffer,
  fileName: string,
  caller: Caller,
): Promise<SubmissionAck> {
  let decoded: DecodedSubmission;
  let plan: Awaited<ReturnType<typeof authorise>>;
  try {
    decoded = decodeSubmission(bytes, fileName);
    plan = await authorise(ctx, decoded, caller);
  } catch (err) {
    if (err instanceof ApiFailure)
      await appendPgAudit(ctx.pg, {
        actor: caller.name,
        action: 'submission.refused',
        entity: 'submission',
        entityKey: fileName.slice(0, 200),
        detail: { code: err.code, bytes: bytes.length },
        remote: caller.remote,
      });
    throw err;
  }
  const { manifest, content, contentHash, dataHash } = decoded;
  const unitCode = manifest.unitCode;
  const ack = (
    outcome: SubmissionAck['outcome'],
    s: { id: number; version: number; isCurrent: boolean; receivedAt: string },
  ) => ({
    outcome,
    submissionId: s.id,
    version: s.version,
    current: s.isCurrent,
    unitCode,
    planKey: manifest.planKey,
    receivedAt: s.receivedAt,
  });

  return inTransaction(ctx, async (c) => {
    await lockUnitPlan(c, plan.id, unitCode);
    const audit = (action: string, detail: Record<string, unknown>) =>
      appendPgAudit(c, {
        actor: caller.name,
        action,
        entity: 'submission',
        entityKey: `${unitCode}/${manifest.planKey}`,
        detail: { contentHash, ...detail },
        remote: caller.remote,
      });
    const same = await findByContentHash(c, plan.id, unitCode, contentHash);
    if (same) {
      await audit('submission.duplicate', { version: same.version });
      return ack('duplicate', same);
    }
    const current = await currentSubmission(c, plan.id, unitCode);
    if (current && current.dataHash === dataHash) {
      await audit('submission.unchanged', { version: current.version });
      return ack('unchanged', current);
    }
    const version = await nextVersion(c, plan.id, unitCode);
    // The unit's newest package wins, whatever the order of arrival (a USB stick may come after an upload).
    const becomesCurrent = !current || manifest.createdAt > current.createdAt;
    if (current && becomesCurrent) await retireCurrent(c, current.id);
    const stored = await insertSubmission(c, {
      planId: plan.id,
      unitCode,
      version,
      contentHash,
      dataHash,
      manifest,
      packageBytes: bytes,
      createdAt: manifest.createdAt,
      receivedBy: caller.name,
      isCurrent: becomesCurrent,
      supersededBy: current && !becomesCurrent ? current.id : null,
    });
    if (current && becomesCurrent) await setSupersededBy(c, current.id, stored.id);
    await insertContentRows(
      c,
      stored.id,
      decoded.body,
      content.items.map((i) => i.marks.filter((m) => m.action !== 'KEEP').map(proposalText)),
    );
    await insertFieldTotals(c, stored.id);
    await audit('submission.stored', {
      version,
      current: becomesCurrent,
      supersedes: becomesCurrent ? (current?.version ?? null) : null,
      items: content.items.length,
      procedures: content.inventory.length,
    });
    if (DRILL_PAUSE_MS > 0) {
      process.stderr.write(`drill: consolidating ${unitCode} v${version}\n`);
      await c.query('SELECT pg_sleep($1)', [DRILL_PAUSE_MS / 1000]);
    }
    return ack('stored', {
      id: stored.id,
      version,
      isCurrent: becomesCurrent,
      receivedAt: stored.receivedAt,
    });
  });
}
