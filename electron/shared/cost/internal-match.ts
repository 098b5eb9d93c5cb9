/**
 * Which internal steps (quy trình nội bộ) each citizen step of the office covers, so a mark on "Cán bộ tiếp nhận
 * hồ sơ…" reaches the reception step and one on "Công chức thẩm tra hồ sơ…" the handling steps. Both sides get a
 * phase (tiếp nhận, thẩm định/xử lý, ký, vào sổ/phát hành, trả kết quả, step-class.ts); each internal step goes to
 * the most specific citizen step covering its phase, among the steps of the channel the process serves (the cost
 * channel for a process of every channel). Issuing falls back to the step that signs; the return goes to the
 * citizen step "nhận kết quả".
 */
import { costChannel, type CostRecord } from './derive-activities';
import type { InternalProcess } from './internal-process';
import { appliesTo, CHANNEL_ORDER, internalPhase, type RecordStep, type StepClass } from './step-class';

/** The channel whose citizen steps a process is matched with: its first channel the record has, else the cost channel. */
export function matchChannel(
  p: Pick<InternalProcess, 'channels'>,
  record: CostRecord,
): (typeof CHANNEL_ORDER)[number] | null {
  return (
    CHANNEL_ORDER.find((m) => p.channels.includes(m) && record.channels.some((c) => c.method === m)) ??
    p.channels[0] ??
    costChannel(record.channels)?.method ??
    null
  );
}

/** Internal steps covered by each citizen step, matched by phase within the channel the process serves. */
export function mapInternal(
  steps: readonly RecordStep[],
  classes: ReadonlyMap<number, StepClass>,
  processes: readonly InternalProcess[],
  record: CostRecord,
): Map<number, number[]> {
  const out = new Map<number, number[]>();
  for (const p of processes) {
    const ref = matchChannel(p, record);
    const of = (kind: string) =>
      steps.filter((s) => {
        const c = classes.get(s.id)!;
        return c.kind === kind && (ref === null || appliesTo(c.channels, ref));
      });
    const offices = of('OFFICE');
    const results = of('RESULT');
    const phasesOf = (id: number) => classes.get(id)!.phases;
    for (const st of p.steps) {
      const phase = internalPhase(st);
      let cands =
        phase === 'RETURN' ? results.slice(0, 1) : offices.filter((o) => phasesOf(o.id).includes(phase));
      if (!cands.length && phase === 'ISSUE') cands = offices.filter((o) => phasesOf(o.id).includes('SIGN'));
      if (!cands.length) continue;
      // The most specific step covering the phase; between equals the first for reception, else the last.
      const pick = cands.reduce((a, b) => {
        const d = phasesOf(b.id).length - phasesOf(a.id).length;
        return d < 0 || (d === 0 && phase !== 'RECEIVE') ? b : a;
      });
      out.set(pick.id, [...(out.get(pick.id) ?? []), st.id]);
    }
  }
  return out;
}
