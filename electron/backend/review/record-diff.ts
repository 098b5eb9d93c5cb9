/**
 * What implementing a plan changed in a procedure record, line by line, for the "diff visible" requirement.
 * Implementation edits the record in place (ids of kept elements survive), so parts are matched by id.
 */
import type { ProcedureDetail } from '../../shared/contract/inventory';
import type { RecordChange } from '../../shared/contract/review';

export type RecordSnapshot = Pick<
  ProcedureDetail,
  'status' | 'conditions' | 'steps' | 'componentGroups' | 'channels'
>;

const short = (s: string, n = 160) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);
const time = (c: RecordSnapshot['channels'][number]) =>
  c.timeText || (c.timeValue === null ? '' : String(c.timeValue));
const component = (c: RecordSnapshot['componentGroups'][number]['components'][number]) =>
  `${short(c.name)} [${c.copyRequirement ?? '—'}; ${c.originalQty}/${c.copyQty}]`;

export function recordChanges(before: RecordSnapshot, after: RecordSnapshot): RecordChange[] {
  const out: RecordChange[] = [];
  if (before.status !== after.status)
    out.push({ kind: 'changed', part: 'status', before: before.status, after: after.status });
  if (before.conditions !== after.conditions)
    out.push({
      kind: 'changed',
      part: 'conditions',
      before: short(before.conditions),
      after: short(after.conditions),
    });

  const stepsAfter = new Map(after.steps.map((s) => [s.id, s]));
  for (const s of before.steps) {
    const a = stepsAfter.get(s.id);
    if (!a) out.push({ kind: 'removed', part: 'step', before: short(s.title), after: '' });
    else if (a.text !== s.text || a.title !== s.title)
      out.push({
        kind: 'changed',
        part: 'step',
        before: short(s.title),
        after: short(a.title === s.title ? a.text : a.title),
      });
  }
  const flat = (r: RecordSnapshot) => r.componentGroups.flatMap((g) => g.components);
  const compsAfter = new Map(flat(after).map((c) => [c.id, c]));
  for (const c of flat(before)) {
    const a = compsAfter.get(c.id);
    if (!a) out.push({ kind: 'removed', part: 'component', before: component(c), after: '' });
    else if (component(a) !== component(c))
      out.push({ kind: 'changed', part: 'component', before: component(c), after: component(a) });
  }
  const chAfter = new Map(after.channels.map((c) => [c.id, c]));
  for (const c of before.channels) {
    const a = chAfter.get(c.id);
    if (!a) continue;
    if (time(a) !== time(c))
      out.push({ kind: 'changed', part: `time:${c.method}`, before: time(c), after: time(a) });
    const feesAfter = new Map(a.fees.map((f) => [f.id, f]));
    for (const f of c.fees) {
      const fa = feesAfter.get(f.id);
      if (fa && fa.amount !== f.amount)
        out.push({
          kind: 'changed',
          part: `fee:${c.method}`,
          before: String(f.amount ?? ''),
          after: String(fa.amount ?? ''),
        });
    }
  }
  return out;
}
