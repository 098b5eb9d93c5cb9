/**
 * Builds a unit's submission (unit → province) from its SQLite database: the live inventory and one campaign's
 * results through the same review model the reports use (electron/backend/reports/review-model.ts), so the
 * figures the province receives are the figures the unit's own reports print. Read-only.
 */
import type { Database } from 'better-sqlite3';
import { schemaVersion } from '../../../db/migrate';
import { listCampaignItems } from '../../../db/queries/report-review';
import { getCampaign } from '../../../db/queries/review-campaigns';
import { costParamOn } from '../../../db/queries/review-cost';
import { inventoryRows, itemDeadlines } from '../../../db/queries/submission';
import { listUnits } from '../../../db/queries/units';
import pkg from '../../../package.json';
import type { Activity } from '../../shared/cost/engine';
import {
  PACKAGE_EXTENSION,
  PACKAGE_FORMAT_VERSION,
  SUBMISSION_MAGIC,
  type ItemResult,
  type SubmissionContent,
  type SubmissionManifest,
} from '../../shared/submission/package-format';
import { ApiFailure } from '../api-failure';
import { safeFileName } from '../reports/file-names';
import { itemModelLoader, type ItemModel } from '../reports/review-model';
import { linkOf } from './links';
import { encodePackage } from './package-file';

const activity = (a: Activity) => ({
  ord: a.ord,
  name: a.name,
  hoursMilli: a.hoursMilli,
  serviceCost: a.serviceCost,
  otherCost: a.otherCost,
  fee: a.fee,
  linkedKind: a.linkedKind,
  linkedId: a.linkedId,
  isOverride: a.isOverride,
});

function itemResult(m: ItemModel, deadline: string | null, computedAt: string): ItemResult {
  const i = m.item;
  return {
    code: i.code,
    name: i.name,
    field: i.field,
    status: i.status,
    reviewer: i.reviewer,
    deadline,
    population: i.population,
    frequency: i.frequency,
    dossiersPerYear: i.dossiersPerYear,
    approvedBy: i.approvedBy,
    approvedAt: i.approvedAt,
    implementedDecisionNo: i.implementedDecisionNo,
    implementedDecisionDate: i.implementedDecisionDate,
    answers: m.answers.map((a) => ({
      questionKey: a.questionKey,
      answerBool: a.answerBool,
      answerText: a.answerText,
    })),
    marks: m.marks.map((k) => ({
      id: k.id,
      targetKind: k.targetKind,
      targetId: k.targetId,
      action: k.action,
      proposedValue: k.proposedValue,
      mergeIntoId: k.mergeIntoId,
      reason: k.reason,
      legalArticle: k.legalArticle,
      legalClause: k.legalClause,
      legalDocument: k.legalDocument,
      legalAuthority: k.legalAuthority,
      targetLabel: k.targetLabel,
    })),
    before: m.before.map(activity),
    after: m.after.map(activity),
    daysBefore: m.daysBefore,
    daysAfter: m.daysAfter,
    kind: m.kind,
    figures:
      m.cost && m.totals
        ? {
            source: m.frozen ? 'approval' : 'packaging',
            computedAt: m.frozen?.frozenAt ?? computedAt,
            beforePerYearMilli: m.totals.beforePerYearMilli.toString(),
            afterPerYearMilli: m.totals.afterPerYearMilli.toString(),
            cost: m.cost,
          }
        : null,
    frozen: m.frozen
      ? {
          frozenAt: m.frozen.frozenAt,
          frozenBy: m.frozen.frozenBy,
          hourlyIncome: m.frozen.hourlyIncome,
          paramValidFrom: m.frozen.paramValidFrom,
          defaultsValidFrom: m.frozen.defaultsValidFrom,
        }
      : null,
    processes: m.processes,
  };
}

export interface BuiltSubmission {
  bytes: Buffer;
  manifest: SubmissionManifest;
  /** "Kết quả rà soát - UBND xã A - 26-11-2026.tinhgon" */
  fileName: string;
}

/** The package of one campaign; refuses a campaign that is not a province plan (nothing to attach it to). */
export function buildSubmission(db: Database, campaignId: number, now = new Date()): BuiltSubmission {
  const campaign = getCampaign(db, campaignId);
  if (!campaign) throw new ApiFailure('SUBMISSION_CAMPAIGN_NOT_FOUND', { id: campaignId });
  const link = linkOf(db, campaignId);
  if (!link) throw new ApiFailure('SUBMISSION_NOT_LINKED', { title: campaign.title });
  const unit = listUnits(db).find((u) => u.id === campaign.unitId);
  if (!unit) throw new ApiFailure('SUBMISSION_CAMPAIGN_NOT_FOUND', { id: campaignId });
  const createdAt = now.toISOString();
  const today = createdAt.slice(0, 10);
  const load = itemModelLoader(db, today);
  const deadlines = itemDeadlines(db, campaignId);
  const items = listCampaignItems(db, campaignId).map((i) =>
    itemResult(load(i), deadlines.get(i.itemId) ?? null, createdAt),
  );
  const param = costParamOn(db, today);
  const identity = {
    formatVersion: PACKAGE_FORMAT_VERSION,
    unitCode: unit.code,
    planKey: link.planKey,
    createdAt,
    appVersion: pkg.version,
    schemaVersion: schemaVersion(db),
  };
  const content: SubmissionContent = {
    identity,
    unit: { code: unit.code, name: unit.name, level: unit.level },
    campaign: {
      title: campaign.title,
      year: campaign.year,
      deadline: campaign.deadline,
      status: campaign.status,
    },
    costParam: param
      ? { validFrom: param.validFrom, hourlyIncome: param.hourlyIncome, note: param.note }
      : null,
    inventory: inventoryRows(db, unit.id),
    items,
  };
  const { bytes, manifest } = encodePackage<SubmissionManifest>(
    SUBMISSION_MAGIC,
    {
      ...identity,
      unitName: unit.name,
      campaignTitle: campaign.title,
      year: campaign.year,
      procedures: content.inventory.length,
      items: items.length,
    },
    content,
  );
  const [y, m, d] = today.split('-');
  const fileName = safeFileName(`Kết quả rà soát - ${unit.name} - ${d}-${m}-${y}`) + PACKAGE_EXTENSION;
  return { bytes, manifest, fileName };
}
