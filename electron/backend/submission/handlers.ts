import { writeFileSync } from 'node:fs';
import { listCampaigns } from '../../../db/queries/review-campaigns';
import type { submissionContract } from '../../shared/contract/submission';
import { ApiFailure } from '../api-failure';
import type { BackendContext } from '../context';
import type { HandlersFor } from '../handler-types';
import { exportsDir } from '../reports/jobs';
import { pathInside } from '../reports/file-names';
import { publishTemp, tempPathFor } from '../reports/atomic-file';
import { buildSubmission } from './build-package';
import { provinceState, recordSent, updateProvinceState } from './links';
import { decodePlan } from './package-file';
import { normaliseServerUrl, ProvinceSession, submitWithRetry, TransientFailure } from './province-client';
import { receivePlan } from './receive-plan';

/** The app waits this long for the server before telling the officer to save the package to a file instead. */
const APP_GIVE_UP_MS = 60_000;

function remember(ctx: BackendContext, serverUrl: string, user: string): void {
  updateProvinceState(ctx.db, (s) => {
    s.serverUrl = normaliseServerUrl(serverUrl);
    s.user = user;
  });
}

export const submissionHandlers: HandlersFor<typeof submissionContract> = {
  'submission.state': ({ unitId }, ctx) => {
    const state = provinceState(ctx.db);
    const count = ctx.db.prepare('SELECT count(*) AS n FROM campaign_items WHERE campaign_id = ?');
    return {
      serverUrl: state.serverUrl,
      user: state.user,
      campaigns: listCampaigns(ctx.db, unitId).map((c) => {
        const link = state.links[String(c.id)];
        return {
          campaignId: c.id,
          title: c.title,
          year: c.year,
          planKey: link?.planKey ?? null,
          planVersion: link?.planVersion ?? null,
          receivedAt: link?.receivedAt ?? null,
          items: (count.get(c.id) as { n: number }).n,
          sent: state.sent[String(c.id)] ?? [],
        };
      }),
    };
  },

  'submission.receiveFromServer': async (input, ctx) => {
    const session = new ProvinceSession({ ...input, locale: ctx.locale, timeoutMs: 30_000 });
    try {
      const plans = await session.plans();
      const received = [];
      for (const p of plans) {
        const { content } = decodePlan(await session.planPackage(p.key), p.title);
        received.push(receivePlan(ctx.db, content, 'server', ctx.actor()));
      }
      remember(ctx, input.serverUrl, input.user);
      return received;
    } catch (err) {
      if (err instanceof TransientFailure)
        throw new ApiFailure('SUBMISSION_SERVER_UNREACHABLE', { url: session.base, detail: err.message });
      throw err;
    }
  },

  'submission.receiveFile': ({ fileName, dataBase64 }, ctx) => {
    const { content } = decodePlan(Buffer.from(dataBase64, 'base64'), fileName);
    return receivePlan(ctx.db, content, 'file', ctx.actor());
  },

  'submission.saveFile': async ({ campaignId }, ctx) => {
    const built = buildSubmission(ctx.db, campaignId);
    const target = pathInside(exportsDir(ctx.dataDir), built.fileName);
    const temp = tempPathFor(target);
    writeFileSync(temp, built.bytes);
    publishTemp(temp, target);
    const delivery = await ctx.host.deliverFile(target, built.fileName);
    if (delivery.kind !== 'cancelled')
      recordSent(ctx.db, campaignId, {
        at: built.manifest.createdAt,
        contentHash: built.manifest.contentHash,
        version: null,
        outcome: 'saved-file',
      });
    return { fileName: built.fileName, contentHash: built.manifest.contentHash, delivery };
  },

  'submission.send': async ({ campaignId, serverUrl, user, password }, ctx) => {
    const built = buildSubmission(ctx.db, campaignId);
    const ack = await submitWithRetry(
      { serverUrl, user, password, locale: ctx.locale, timeoutMs: 30_000 },
      built.bytes,
      built.fileName,
      { giveUpAfterMs: APP_GIVE_UP_MS },
    );
    remember(ctx, serverUrl, user);
    recordSent(ctx.db, campaignId, {
      at: new Date().toISOString(),
      contentHash: built.manifest.contentHash,
      version: ack.version,
      outcome: ack.outcome,
    });
    return ack;
  },

  'submission.forgetServer': (_input, ctx) => {
    updateProvinceState(ctx.db, (s) => {
      s.serverUrl = '';
      s.user = '';
    });
    return { ok: true };
  },
};
