/**
 * What one dossier costs the applicant on each channel (cách thức thực hiện), before and after the marks. Only
 * the trips (nộp, nhận kết quả) and the fees differ between channels (domain.md §2: each channel has its own
 * time and fee); the rest (tìm hiểu, preparing each document, visits) is the same work whatever the channel. The
 * yearly SCM figure counts the cost channel (costChannel: Trực tiếp first); the other channels' per-dossier
 * figures show what a mark on their own steps, trips or fees changes (a mark on "Nộp hồ sơ trực tuyến").
 */
import type { ChannelMethod } from '../domain';
import type { CostDefaults } from './cost-defaults';
import {
  costChannel,
  feeRow,
  tripRow,
  type CostMark,
  type CostRecord,
  type ModelActivity,
  type RecordChannel,
} from './derive-activities';
import { computeScenario, type CostParams } from './engine';
import { parseDecimalMilli } from './money';

type MarkMap = ReadonlyMap<string, CostMark>;

/** The after row of a trip of `ch` (SUBMIT or RESULT), given the marks on that channel's trips. */
export function tripAfter<M extends CostMark>(
  b: ModelActivity,
  ch: RecordChannel | null,
  marks: ReadonlyMap<string, M>,
  d: CostDefaults,
): ModelActivity | { removedBy: M } {
  const m = ch ? marks.get(`${b.key === 'SUBMIT' ? 'SUBMIT_TRIP' : 'RESULT_TRIP'}:${ch.id}`) : undefined;
  if (!m || m.action === 'KEEP' || m.action === 'MERGE') return { ...b, markId: null };
  if (m.action === 'REMOVE') return { removedBy: m };
  if (m.action === 'REPLACE_BY_DATA')
    return {
      ...b,
      ...tripRow(b.key as 'SUBMIT' | 'RESULT', 'TRUC_TUYEN', d),
      origin: 'DEFAULT',
      isOverride: false,
      markId: m.id ?? null,
    };
  const hours = parseDecimalMilli(m.proposedValue.trim());
  return hours === null || hours < 0
    ? { ...b, markId: null }
    : { ...b, hoursMilli: hours, markId: m.id ?? null };
}

/** The after fees of `ch`: its fee marks; a submission replaced by data pays the online fee. */
export function feesAfter(
  b: ModelActivity,
  ch: RecordChannel | null,
  channels: readonly RecordChannel[],
  marks: MarkMap,
): ModelActivity {
  const submit = ch ? marks.get(`SUBMIT_TRIP:${ch.id}`) : undefined;
  const online = channels.find((x) => x.method === 'TRUC_TUYEN');
  const payAt = submit?.action === 'REPLACE_BY_DATA' && online ? online : ch;
  if (!payAt) return { ...b, markId: null };
  const f = feeRow(payAt, marks);
  const changed = payAt !== ch || f.markId !== null;
  return changed
    ? { ...b, ...f, origin: 'DEFAULT', isOverride: false, markId: f.markId ?? submit?.id ?? null }
    : { ...b, markId: null };
}

export interface ChannelCost {
  channelId: number;
  method: ChannelMethod;
  /** The channel the yearly figure counts (costChannel): its rows are the model's own. */
  counted: boolean;
  /**
   * Per dossier, thousandths of a đồng (a plain number: it is stored in an approval's frozen figures, as JSON);
   * null without parameters (no hourly income or population).
   */
  beforeMilli: number | null;
  afterMilli: number | null;
  /** This channel's own rows (its trips and fees), and those a mark removed, each with the mark's id. */
  own: {
    before: ModelActivity[];
    after: ModelActivity[];
    removed: { activity: ModelActivity; markId: number | null }[];
  };
}

const OWN = new Set(['SUBMIT', 'RESULT', 'FEES']);
const base = (
  r: Omit<ModelActivity, 'ord' | 'origin' | 'markId' | 'isOverride'>,
  ord: number,
): ModelActivity => ({
  ...r,
  ord,
  origin: 'DEFAULT',
  isOverride: false,
  markId: null,
});

/**
 * Per channel: the cost channel reads the model's own rows and comparison (so its figure is the headline's);
 * every other channel swaps in its own trips and fees, before and after its marks. An abolished procedure
 * costs nothing after, on every channel.
 */
export function channelCosts(
  record: CostRecord,
  model: {
    before: readonly ModelActivity[];
    after: readonly ModelActivity[];
    removed: readonly { activity: ModelActivity; markId: number | null }[];
  },
  marks: MarkMap,
  d: CostDefaults,
  params: CostParams | null,
  abolished: boolean,
): ChannelCost[] {
  const cc = costChannel(record.channels);
  const perDossier = (rows: readonly ModelActivity[]) => {
    if (!params) return null;
    const r = computeScenario(rows, params);
    return r.ok ? r.value.perDossierMilli : null;
  };
  // A dossier's cost is the sum of its rows': the shared rows once, then each channel's own trips and fees.
  const shared = (rows: readonly ModelActivity[]) => perDossier(rows.filter((r) => !OWN.has(r.key)));
  const sharedBefore = shared(model.before);
  const sharedAfter = shared(model.after);
  const plus = (common: bigint | null, own: readonly ModelActivity[]) => {
    const mine = common === null ? null : perDossier(own);
    return common === null || mine === null ? null : Number(common + mine);
  };
  return record.channels.map((ch) => {
    const mine = ch.id === cc?.id;
    const before = mine
      ? model.before.filter((r) => OWN.has(r.key))
      : [
          tripRow('SUBMIT', ch.method, d),
          tripRow('RESULT', ch.method, d),
          ...(ch.fees.length ? [feeRow(ch, new Map())] : []),
        ].map((r, i) => base(r, 1000 + i));
    const after: ModelActivity[] = [];
    const removed: ChannelCost['own']['removed'] = [];
    if (mine) {
      after.push(...model.after.filter((r) => OWN.has(r.key)));
      removed.push(...model.removed.filter((r) => OWN.has(r.activity.key)));
    } else if (!abolished)
      for (const b of before) {
        const a = b.key === 'FEES' ? feesAfter(b, ch, record.channels, marks) : tripAfter(b, ch, marks, d);
        if ('removedBy' in a) removed.push({ activity: b, markId: a.removedBy.id ?? null });
        else after.push(a);
      }
    return {
      channelId: ch.id,
      method: ch.method,
      counted: mine,
      beforeMilli: plus(sharedBefore, before),
      afterMilli: abolished && !mine ? (params ? 0 : null) : plus(sharedAfter, after),
      own: { before, after, removed },
    };
  });
}
