/**
 * A unit's submission package made without a unit database, for the browser tests (Playwright cannot load the
 * SQLite backend's build-time migrations): the real package encoder and the real cost engine on the worked
 * example (domain.md §2.4) at a given number of dossiers a year. The app-built packages are covered by the
 * integration tests (tests/integration/province).
 */
import { encodePackage } from '../../electron/backend/submission/package-file';
import { comparisonToDto } from '../../electron/shared/cost/dto';
import { compareItem } from '../../electron/shared/cost/item-cost';
import {
  WORKED_EXAMPLE_HOURLY_INCOME,
  WORKED_EXAMPLE_PROCEDURE_CODE,
  workedExampleDerivation,
} from '../../electron/shared/cost/worked-example';
import {
  PACKAGE_FORMAT_VERSION,
  SUBMISSION_MAGIC,
  type ItemResult,
  type SubmissionContent,
  type SubmissionManifest,
} from '../../electron/shared/submission/package-format';
import { PLAN_CODES } from './province-server';

const FIELD = 'Thành lập và hoạt động doanh nghiệp (hộ kinh doanh)';

export function workedExampleSubmission(o: {
  unitCode: string;
  unitName: string;
  planKey: string;
  population: number;
  createdAt: string;
}): Buffer {
  const { before, marks, overrides } = workedExampleDerivation(1);
  const result = compareItem(before, overrides, marks, {
    hourlyIncome: WORKED_EXAMPLE_HOURLY_INCOME,
    population: o.population,
    frequency: 1,
  });
  if (!result.ok) throw new Error('worked example does not compute');
  const c = result.value.comparison;
  const reviewed: ItemResult = {
    code: WORKED_EXAMPLE_PROCEDURE_CODE,
    name: 'Đăng ký thành lập hộ kinh doanh',
    field: FIELD,
    status: 'APPROVED',
    reviewer: 'Cán bộ',
    deadline: '2026-09-30',
    population: o.population,
    frequency: 1,
    dossiersPerYear: null,
    approvedBy: 'Lãnh đạo',
    approvedAt: o.createdAt,
    implementedDecisionNo: null,
    implementedDecisionDate: null,
    answers: [],
    marks: marks.map((m, i) => ({
      id: i + 1,
      targetKind: m.targetKind,
      targetId: m.targetId,
      action: m.action,
      proposedValue: 'Khai thác Cơ sở dữ liệu quốc gia về dân cư',
      mergeIntoId: null,
      reason: 'NQ 66.7/2025/NQ-CP: thay thành phần hồ sơ bằng khai thác dữ liệu',
      legalArticle: '88',
      legalClause: '',
      legalDocument: 'Nghị định số 168/2025/NĐ-CP',
      legalAuthority: 'Chính phủ',
      targetLabel: 'Bản sao thẻ Căn cước',
    })),
    before: [...before],
    after: [...result.value.derived.activities],
    daysBefore: 3,
    daysAfter: 2,
    kind: 'AMEND',
    figures: {
      source: 'packaging',
      computedAt: o.createdAt,
      beforePerYearMilli: c.beforePerYearMilli.toString(),
      afterPerYearMilli: c.afterPerYearMilli.toString(),
      cost: comparisonToDto(c),
    },
    frozen: null,
    processes: [],
  };
  const others: ItemResult[] = PLAN_CODES.slice(1).map((code) => ({
    ...reviewed,
    code,
    name: `Thủ tục ${code}`,
    field: 'Hộ tịch',
    status: 'NOT_STARTED',
    approvedBy: null,
    approvedAt: null,
    marks: [],
    before: [],
    after: [],
    kind: null,
    figures: null,
  }));
  const identity = {
    formatVersion: PACKAGE_FORMAT_VERSION,
    unitCode: o.unitCode,
    planKey: o.planKey,
    createdAt: o.createdAt,
    appVersion: '0.1.0',
    schemaVersion: 1,
  };
  const items = [reviewed, ...others];
  const content: SubmissionContent = {
    identity,
    unit: { code: o.unitCode, name: o.unitName, level: 'XA' },
    campaign: { title: 'Kế hoạch rà soát', year: 2026, deadline: null, status: 'OPEN' },
    costParam: { validFrom: '2025-01-01', hourlyIncome: WORKED_EXAMPLE_HOURLY_INCOME, note: '' },
    inventory: items.map((i) => ({
      code: i.code,
      name: i.name,
      field: i.field,
      levels: ['Cấp xã'],
      status: 'ACTIVE',
      version: 1,
      onlineLevel: 'PARTIAL',
      oneStop: true,
      hasInternalProcess: false,
      dossiersPerYear: null,
    })),
    items,
  };
  return encodePackage<SubmissionManifest>(
    SUBMISSION_MAGIC,
    {
      ...identity,
      unitName: o.unitName,
      campaignTitle: content.campaign.title,
      year: 2026,
      procedures: content.inventory.length,
      items: items.length,
    },
    content,
  ).bytes;
}
