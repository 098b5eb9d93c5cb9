/**
 * What the record of a reviewed procedure says, section by section of the Biểu mẫu rà soát (domain.md §2.3):
 * the facts the reviewer judges, printed beside their judgement. The record is the one that was reviewed: the
 * version kept when the plan was implemented, else the record as it stood on the report's day.
 */
import type { Database } from 'better-sqlite3';
import { recordFromSnapshot, type PastParts } from '../../../../db/queries/report-as-of';
import {
  listReportProcedures,
  procedurePartsReader,
  type ReportProcedure,
} from '../../../../db/queries/report-procedures';
import type { ReportItem } from '../../../../db/queries/report-review';
import type { ProcedureDetail } from '../../../shared/contract/inventory-shapes';
import { formatNumber } from '../../../shared/text/format';
import { stepLines } from '../../../shared/text/record-text';
import { asOfView } from './as-of';
import type { BuildContext } from './context';
import { componentsText, partsOn } from './details';
import { CHANNEL_LABEL, channelTime, feesText, legalText, timesText } from './text';

export type Facts = Record<string, string>;

function implementedSnapshot(db: Database, item: ReportItem): ProcedureDetail | null {
  if (item.status !== 'IMPLEMENTED' || !item.implementedDecisionNo) return null;
  const row = db
    .prepare(
      'SELECT snapshot_json AS s FROM procedure_versions WHERE procedure_id = ? AND decision_no = ? ORDER BY version DESC LIMIT 1',
    )
    .get(item.procedureId, item.implementedDecisionNo) as { s: string } | undefined;
  return row ? (JSON.parse(row.s) as ProcedureDetail) : null;
}

function factsOf(p: ReportProcedure, parts: PastParts, item: ReportItem): Facts {
  const population = item.population ?? item.dossiersPerYear;
  const forms = [
    ...new Set(
      parts.componentGroups.flatMap((g) => g.components.map((c) => c.formName.trim()).filter(Boolean)),
    ),
  ];
  return {
    legalBasis: legalText(parts.legalBases),
    nameClear: p.name,
    stepsClear: stepLines(parts.steps).join('\n'),
    channels: parts.channels
      .map((c) => `- ${CHANNEL_LABEL[c.method]}${channelTime(c) ? ` (${channelTime(c)})` : ''}`)
      .join('\n'),
    components: componentsText(parts.componentGroups),
    timeLimit: timesText(parts.channels),
    agencies: [
      p.authorityAgencies && `Cơ quan có thẩm quyền: ${p.authorityAgencies}`,
      p.executingAgencies && `Cơ quan trực tiếp thực hiện: ${p.executingAgencies}`,
      p.authorizedAgencies && `Cơ quan được ủy quyền: ${p.authorizedAgencies}`,
      p.coordinatingAgencies && `Cơ quan phối hợp: ${p.coordinatingAgencies}`,
    ]
      .filter(Boolean)
      .join('\n'),
    subjects: [
      p.subjects.trim(),
      `Số đối tượng thực hiện/năm: ${population === null ? 'chưa có số liệu' : formatNumber(population)}` +
        (item.population === null && population !== null ? ' (số hồ sơ/năm của đơn vị)' : ''),
    ]
      .filter(Boolean)
      .join('\n'),
    fees: feesText(parts.channels),
    forms: forms.length ? forms.map((f) => `- ${f}`).join('\n') : 'Không',
    conditions: p.conditions.trim() || 'Không',
    result: parts.results.join('\n'),
    contact: item.reviewer ? `Người rà soát: ${item.reviewer}` : '',
  };
}

/** The facts of each item's procedure (keyed by item id). */
export function factsReader(ctx: BuildContext, items: readonly ReportItem[]): (item: ReportItem) => Facts {
  const view = asOfView(ctx);
  const live = new Map(
    view
      .heads(
        listReportProcedures(ctx.db, ctx.unit.id, { codes: items.map((i) => i.code), everyRecord: true }),
      )
      .map((p) => [p.procedureId, p]),
  );
  const parts = partsOn(view, procedurePartsReader(ctx.db, ctx.unit.id));
  return (item) => {
    const kept = implementedSnapshot(ctx.db, item);
    const base = live.get(item.procedureId);
    if (kept) {
      const rec = recordFromSnapshot(kept);
      return base ? factsOf({ ...base, ...rec.head }, rec.parts, item) : {};
    }
    if (!base) return {};
    const id = item.procedureId;
    return factsOf(
      base,
      {
        channels: parts.channels(id),
        steps: parts.steps(id),
        componentGroups: parts.componentGroups(id),
        legalBases: parts.legalBases(id),
        results: parts.results(id),
      },
      item,
    );
  };
}
