/**
 * Receiving a unit's package (an upload, or a file an officer brings): the package's envelope, hashes and the
 * caller first, then ONE PostgreSQL transaction that stores the package, its inventory, item and per-lĩnh vực sum
 * rows and makes it the unit's current submission. The content's schema is checked inside that transaction while
 * PostgreSQL reads the rows out of the same bytes (the server's two cores at once: ≈ 10 ms less per commune
 * package), and nothing commits unless the check passed: a refused package leaves nothing. A crash, a lost
 * connection or a restart of PostgreSQL at any point leaves either all of it or none of it; sending the same
 * package again is acknowledged without storing anything twice (unique per content hash, and the same data as the
 * current version is "unchanged").
 */
import { once } from 'node:events';
import { appendPgAudit } from '../../db/pg/queries/audit';
import { submissionTarget } from '../../db/pg/queries/plans';
import {
  insertFieldTotals,
  insertContentRows,
  insertSubmission,
  lockUnitPlan,
  retireCurrent,
  setSupersededBy,
  unitSubmissions,
} from '../../db/pg/queries/submissions';
import { ApiFailure } from '../backend/api-failure';
import { openSubmission, type OpenedSubmission } from '../backend/submission/package-file';
import type { SubmissionContent } from '../shared/submission/package-format';
import type { SubmissionAck } from '../shared/contract/province';
import type { Caller, ServerContext } from './context';
import { inTransaction } from './pg-transaction';
import './messages';

/** Test drills only: hold the transaction open this long before COMMIT, to crash the server inside it. */
const DRILL_PAUSE_MS = Number(process.env['TINHGON_DRILL_CONSOLIDATE_PAUSE_MS'] ?? 0);

/** Checks that need the province's data: the unit, the caller's right to send for it, the plan. */
async function authorise(ctx: ServerContext, d: OpenedSubmission, caller: Caller) {
  const { unitCode, planKey } = d.manifest;
  if (caller.role === 'unit' && caller.unitCode !== unitCode)
    throw new ApiFailure('PROVINCE_NOT_YOUR_UNIT', {
      account: caller.name,
      own: caller.unitCode ?? '',
      unit: unitCode,
    });
  const { unitListed, plan, unitInPlan } = await submissionTarget(ctx.pg, unitCode, planKey);
  if (!unitListed) throw new ApiFailure('PROVINCE_UNKNOWN_UNIT', { unit: unitCode });
  if (!plan) throw new ApiFailure('PROVINCE_UNKNOWN_PLAN', { plan: planKey });
  if (!unitInPlan) throw new ApiFailure('PROVINCE_UNIT_NOT_IN_PLAN', { plan: plan.title, unit: unitCode });
  return plan;
}

export async function consolidate(
  ctx: ServerContext,
  bytes: Buffer,
  fileName: string,
  caller: Caller,
): Promise<SubmissionAck> {
  try {
    const opened = openSubmission(bytes, fileName);
    const plan = await authorise(ctx, opened, caller).catch((refusal: unknown) => {
      opened.readContent(); // what is wrong with the package itself is said first, as for any package
      throw refusal;
    });
    return await store(ctx, bytes, opened, plan.id, caller);
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
}

/** The transaction: a duplicate or unchanged package is acknowledged, a new one stored; see the file's head. */
function store(
  ctx: ServerContext,
  bytes: Buffer,
  opened: OpenedSubmission,
  planId: number,
  caller: Caller,
): Promise<SubmissionAck> {
  const { manifest, contentHash, dataHash } = opened;
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
    await lockUnitPlan(c, planId, unitCode);
    const audit = (action: string, detail: Record<string, unknown>) =>
      appendPgAudit(c, {
        actor: caller.name,
        action,
        entity: 'submission',
        entityKey: `${unitCode}/${manifest.planKey}`,
        detail: { contentHash, ...detail },
        remote: caller.remote,
      });
    const { same, current, nextVersion: version } = await unitSubmissions(c, planId, unitCode, contentHash);
    // The same bytes as a package already stored (and checked then): nothing to read again.
    if (same) {
      await audit('submission.duplicate', { version: same.version });
      return ack('duplicate', same);
    }
    if (current && current.dataHash === dataHash) {
      opened.readContent(); // new bytes: refused if they are not a valid content, even though nothing is stored
      await audit('submission.unchanged', { version: current.version });
      return ack('unchanged', current);
    }
    // The unit's newest package wins, whatever the order of arrival (a USB stick may come after an upload).
    const becomesCurrent = !current || manifest.createdAt > current.createdAt;
    if (current && becomesCurrent) await retireCurrent(c, current.id);
    const stored = await insertSubmission(c, {
      planId,
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
    // PostgreSQL reads the rows while this process checks the content. A refusal waits for the statement to end
    // and rolls all back; its message wins over the statement's own error (content that is not even JSON).
    const rows = insertContentRows(c, stored.id, opened.body);
    const settled = rows.then(
      () => undefined,
      () => undefined,
    );
    // The ≈ 1 MB statement leaves through the socket only while this process is idle: let it go before the
    // check (or stop waiting when the statement ends, e.g. the connection dropped).
    const socket = c.connection.stream;
    if (socket.writableNeedDrain) await Promise.race([once(socket, 'drain').catch(() => undefined), settled]);
    let content: SubmissionContent;
    try {
      content = opened.readContent();
    } catch (refusal) {
      await settled;
      throw refusal;
    }
    await rows;
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
