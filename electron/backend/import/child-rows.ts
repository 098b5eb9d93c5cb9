import type { ComponentGroup, CopyRequirement, Fee, FeeKind, ProcedureRecord } from '../../shared/domain';
import { CopyRequirement as CopyRequirementSchema, FeeKind as FeeKindSchema } from '../../shared/domain';
import * as cv from './cell-values';
import type { SheetPlan } from './layout';
import { isRejected, type Candidate } from './list-rows';
import { problem, type Problem } from './problems';
import { columnLetter, type RawCell, type RawSheet } from './raw-workbook';

/**
 * The provincial multi-sheet workbook (domain.md §1.2): channels, fees, steps, dossier components, results and
 * legal bases in their own sheets, one row per item, joined to the list by mã TTHC. When a child sheet is
 * present it defines the complete set for every procedure in the file (no rows → none).
 */
type Row = {
  r: number;
  get(field: string): RawCell | null;
  at(field: string): Parameters<typeof problem>[0];
};

function rowsOf(sheet: RawSheet, plan: SheetPlan): Row[] {
  const out: Row[] = [];
  for (let r = plan.headerRow + 1; r <= sheet.rows.length; r++) {
    const cells = sheet.rows[r - 1];
    if (!cells || cells.every((x) => !x || x.v === '')) continue;
    out.push({
      r,
      get: (field) => {
        const i = plan.fields.indexOf(field);
        return i >= 0 ? (cells[i] ?? null) : null;
      },
      at: (field) => ({
        sheet: sheet.name,
        row: r,
        column: plan.fields.indexOf(field) >= 0 ? columnLetter(plan.fields.indexOf(field) + 1) : '',
        field,
      }),
    });
  }
  return out;
}

/** Reads a value or records the problem on the row; returns undefined on error. */
function take<T>(conv: cv.Conv<T>, row: Row, field: string, problems: Problem[]): T | undefined {
  if (!conv.ok) {
    problems.push(problem(row.at(field), conv.code, conv.params));
    return undefined;
  }
  for (const w of conv.warns ?? []) problems.push(problem(row.at(field), w.code, w.params));
  return conv.value;
}

function enumOr<T extends string>(cell: RawCell | null, values: readonly T[], fallback: T | null): T | null {
  const v = cell?.v ?? '';
  return (values as readonly string[]).includes(v) ? (v as T) : fallback;
}

export interface ChildSheet {
  sheet: RawSheet;
  plan: SheetPlan;
}

/** Attaches every child sheet's rows to the candidates; child-row errors reject their procedure. */
export function attachChildren(candidates: Candidate[], children: ChildSheet[]): Problem[] {
  if (!children.length) return []; // a plain list: nothing to attach
  const byCode = new Map(candidates.filter((c) => c.code).map((c) => [c.code, c]));
  const orphans: Problem[] = [];
  const roles = new Set(children.map((c) => c.plan.role));
  for (const c of candidates) {
    if (roles.has('channels')) c.record.channels = [];
    if (roles.has('steps')) c.record.steps = [];
    if (roles.has('components')) c.record.componentGroups = [];
    if (roles.has('results')) c.record.results = [];
    if (roles.has('legal')) c.record.legalBases = [];
  }
  // Channels before fees: fees point at a channel by its number within the procedure.
  const ordered = [...children].sort(
    (a, b) => Number(a.plan.role === 'fees') - Number(b.plan.role === 'fees'),
  );
  for (const { sheet, plan } of ordered) {
    for (const row of rowsOf(sheet, plan)) {
      const problems: Problem[] = [];
      const code = take(cv.code(row.get('code')), row, 'code', problems);
      const parent = code ? byCode.get(code) : undefined;
      if (code && !parent) problems.push(problem(row.at('code'), 'UNKNOWN_PARENT', { value: code }));
      if (parent) readChild(plan.role, row, parent.record, problems, roles.has('fees'));
      const errors = problems.filter((p) => p.severity === 'error');
      if (parent) {
        parent.problems.push(...problems.filter((p) => p.severity === 'warning'));
        if (errors.length)
          parent.problems.push(
            ...errors,
            problem(
              { sheet: parent.sheet, row: parent.row, column: '', field: plan.role },
              'CHILD_REJECTED',
              { value: sheet.name, rows: String(row.r) },
            ),
          );
      } else orphans.push(...errors);
    }
  }
  return orphans;
}

const lastGroupKey = new WeakMap<object, string>();

function readChild(
  role: SheetPlan['role'],
  row: Row,
  rec: Partial<ProcedureRecord>,
  problems: Problem[],
  feeSheet: boolean,
): void {
  const t = (field: string) => take(cv.text(row.get(field)), row, field, problems) ?? '';
  const one = (field: string) => take(cv.oneLine(row.get(field)), row, field, problems) ?? '';
  switch (role) {
    case 'channels': {
      const method = take(cv.channelMethod(row.get('method')), row, 'method', problems);
      if (!method) {
        if (!problems.length)
          problems.push(
            problem(row.at('method'), 'BAD_VALUE', {
              value: '',
              reason: 'thiếu hình thức nộp / missing channel',
            }),
          );
        return;
      }
      const exact = row.get('timeValue') || row.get('timeUnit');
      const parsed = exact ? undefined : take(cv.time(row.get('time')), row, 'time', problems);
      // With a fee sheet (TinhGọn's own export) the structured fees there win over the channel's fee text.
      const fees = feeSheet ? [] : (take(cv.fees(row.get('fee')), row, 'fee', problems) ?? []);
      rec.channels!.push({
        method,
        timeValue: exact
          ? (take(cv.decimal(row.get('timeValue')), row, 'timeValue', problems) ?? null)
          : (parsed?.value ?? null),
        timeUnit: exact
          ? (take(cv.timeUnit(row.get('timeUnit')), row, 'timeUnit', problems) ?? 'UNSPECIFIED')
          : (parsed?.unit ?? 'UNSPECIFIED'),
        timeText: t('time'),
        description: t('description'),
        fees,
      });
      return;
    }
    case 'fees': {
      const no = take(cv.wholeNumber(row.get('channelNo')), row, 'channelNo', problems) ?? 1;
      const channel = rec.channels?.[no - 1];
      if (!channel) {
        problems.push(
          problem(row.at('channelNo'), 'BAD_VALUE', {
            value: String(no),
            reason: 'không có cách thức số này / no such channel',
          }),
        );
        return;
      }
      const fee: Fee = {
        kind: enumOr<FeeKind>(row.get('kind'), FeeKindSchema.options, 'KHAC') ?? 'KHAC',
        amount: take(cv.wholeNumber(row.get('amount')), row, 'amount', problems) ?? null,
        setBy: take(cv.yesNo(row.get('setBy'), false), row, 'setBy', problems) ? 'HDND_TINH' : null,
        currency: one('currency') || 'VND',
        perUnit: one('perUnit'),
        text: t('text'),
      };
      channel.fees.push(fee);
      return;
    }
    case 'steps': {
      const exact = row.get('durationValue') || row.get('durationUnit');
      const parsed =
        exact || !row.get('duration')
          ? undefined
          : take(cv.time(row.get('duration')), row, 'duration', problems);
      rec.steps!.push({
        title: one('title'),
        text: t('text'),
        actor: one('actor'),
        durationValue: exact
          ? (take(cv.decimal(row.get('durationValue')), row, 'durationValue', problems) ?? null)
          : (parsed?.value ?? null),
        durationUnit: exact
          ? (take(cv.timeUnit(row.get('durationUnit')), row, 'durationUnit', problems) ?? 'UNSPECIFIED')
          : (parsed?.unit ?? 'UNSPECIFIED'),
      });
      return;
    }
    case 'components': {
      // A new group starts when the group number (TinhGọn's export) or else the heading changes.
      const heading = one('heading');
      const key = row.get('groupNo')?.v ?? heading;
      const groups = rec.componentGroups as ComponentGroup[];
      let group = groups.at(-1);
      if (!group || lastGroupKey.get(rec) !== key) {
        groups.push((group = { heading, components: [] }));
        lastGroupKey.set(rec, key);
      }
      group.components.push({
        name: t('name'),
        code: one('componentCode'),
        originalQty: take(cv.wholeNumber(row.get('originalQty'), 1000), row, 'originalQty', problems) ?? 0,
        copyQty: take(cv.wholeNumber(row.get('copyQty'), 1000), row, 'copyQty', problems) ?? 0,
        copyRequirement: enumOr<CopyRequirement>(
          row.get('copyRequirement'),
          CopyRequirementSchema.options,
          null,
        ),
        formName: one('formName'),
        isNote: take(cv.yesNo(row.get('isNote'), false), row, 'isNote', problems) ?? false,
        required: take(cv.yesNo(row.get('required'), true), row, 'required', problems) ?? true,
      });
      return;
    }
    case 'results':
      rec.results!.push({ name: t('name'), code: one('resultCode') });
      return;
    case 'legal':
      rec.legalBases!.push({
        code: one('legalCode'),
        name: t('name'),
        issuer: one('issuer'),
        issuedDate: take(cv.isoDate(row.get('issuedDate')), row, 'issuedDate', problems) ?? '',
        effectiveDate: take(cv.isoDate(row.get('effectiveDate')), row, 'effectiveDate', problems) ?? '',
      });
      return;
    case 'list':
      return;
  }
}

export { isRejected };
