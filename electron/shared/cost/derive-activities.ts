/**
 * The cost activities a record implies (domain.md §8.4), before and after the review marks, for a procedure
 * whose officer entered no activities by hand. Nothing here is stored: a record edit (a fee, a copy
 * requirement, a component) flows into the cost at once. Rules:
 * - tìm hiểu thông tin TTHC, once;
 * - per dossier component (notes and optional components excluded): a form to fill, a document from another
 *   agency, an original to bring, a plain copy (per copy), a certified copy (per copy, with the lệ phí chứng
 *   thực), an electronic copy or a data lookup (nothing to prepare);
 * - per trip the cost channel needs (nộp hồ sơ, nhận kết quả): travel and waiting for Trực tiếp, postage for
 *   Bưu chính, the online time for Trực tuyến. The cost channel is Trực tiếp where the record has it, else
 *   Bưu chính, else Trực tuyến;
 * - phí, lệ phí: READ from the record's channel (one source of truth).
 * Marks: COMPONENT REMOVE / REPLACE_BY_DATA / MERGE drop the component's row; COMPONENT_COPY_REQ and
 * COMPONENT_QTY SIMPLIFY recompute it with the new requirement or number of copies; SUBMIT_TRIP / RESULT_TRIP
 * REMOVE drop the trip, REPLACE_BY_DATA turns it into its online equivalent (and once submission is online the
 * after scenario pays the record's Trực tuyến fee), SIMPLIFY sets its hours; FEE SIMPLIFY sets the amount,
 * REMOVE makes it 0; PROCEDURE REMOVE drops everything.
 * Overrides (stored, keyed by the activity key) replace a row in one scenario and stay visible as such.
 */
import { CHANNEL_NAMES, CopyRequirement, type ChannelMethod } from '../domain';
import type { CostDefaults } from './cost-defaults';
import type { Activity } from './engine';
import type { RecordStep } from './step-class';

export interface RecordComponent {
  id: number;
  name: string;
  copyRequirement: CopyRequirement | null;
  originalQty: number;
  copyQty: number;
  formName: string;
  isNote: boolean;
  required: boolean;
}

export interface RecordChannel {
  id: number;
  method: ChannelMethod;
  timeValue: number | null;
  timeUnit: string;
  timeText?: string;
  fees: { id: number; amount: number | null }[];
}

export interface CostRecord {
  components: RecordComponent[];
  channels: RecordChannel[];
  /** The trình tự thực hiện (citizen-steps.ts); absent where only components and channels matter. */
  steps?: RecordStep[];
}

export type ActivityRule =
  | 'INFO'
  | 'FORM'
  | 'AGENCY'
  | 'ORIGINAL'
  | 'COPY'
  | 'CERTIFIED'
  | 'ELECTRONIC'
  | 'DATA'
  | 'TRIP_DIRECT'
  | 'TRIP_POST'
  | 'TRIP_ONLINE'
  | 'TRIP_VISIT'
  | 'FEES'
  | 'HAND';
export type ActivityOrigin = 'DEFAULT' | 'OVERRIDE' | 'ADDED' | 'HAND';

export interface ModelActivity extends Activity {
  /**
   * Stable name of the row: INFO, COMPONENT:<id>, SUBMIT, RESULT, STEP:<id> (a visit a step requires), FEES;
   * 'HAND:<ord>' for hand-entered rows.
   */
  key: string;
  origin: ActivityOrigin;
  rule: ActivityRule;
  /** Copies counted (copy and certified-copy rows). */
  copies: number;
  /** The channel whose trip or fee this row is. */
  channelMethod: ChannelMethod | null;
  /** The mark that changed this row (after scenario). */
  markId: number | null;
}

/** A stored row: an officer override of a derived row (derivedKey set) or an added/hand-entered row. */
export interface StoredActivity extends Activity {
  scenario: 'BEFORE' | 'AFTER';
  derivedKey: string | null;
}

export interface CostMark {
  id?: number;
  targetKind: string;
  targetId: number | null;
  action: string;
  proposedValue: string;
}

const FORM_RE =
  /^(tờ khai|đơn\b|giấy đề nghị|phiếu đề nghị|văn bản đề nghị|bản khai|tờ trình|phiếu yêu cầu|mẫu)/iu;
const AGENCY_RE =
  /(giấy xác nhận|văn bản xác nhận|xác nhận của|giấy khám|phiếu lý lịch|trích lục|văn bản ý kiến|văn bản chấp thuận)/iu;
const shortName = (s: string) => {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > 90 ? `${t.slice(0, 89)}…` : t;
};

export function componentRule(c: RecordComponent, requirement = c.copyRequirement): ActivityRule {
  if (requirement === 'DATA_LOOKUP') return 'DATA';
  if (requirement === 'ELECTRONIC') return 'ELECTRONIC';
  if (requirement === 'CERTIFIED_COPY') return 'CERTIFIED';
  if (requirement === 'PLAIN_COPY' || requirement === 'COPY_WITH_ORIGINAL_FOR_CHECK') return 'COPY';
  const name = c.name.trim();
  if (c.formName.trim() || FORM_RE.test(name)) return 'FORM';
  if (requirement === null && /^bản sao (có )?chứng thực/iu.test(name)) return 'CERTIFIED';
  if (requirement === null && /^bản (sao|chụp)/iu.test(name)) return 'COPY';
  if (AGENCY_RE.test(name)) return 'AGENCY';
  return 'ORIGINAL';
}

const PREFIX: Partial<Record<ActivityRule, string>> = {
  FORM: 'Điền',
  AGENCY: 'Xin cấp (cơ quan khác):',
  ORIGINAL: 'Chuẩn bị bản chính:',
  COPY: 'Sao chụp:',
  CERTIFIED: 'Chứng thực bản sao:',
  ELECTRONIC: 'Tải bản điện tử:',
  DATA: 'Khai thác dữ liệu:',
};

type Row = Omit<ModelActivity, 'ord' | 'origin' | 'markId' | 'isOverride'>;
const row = (r: Partial<Row> & Pick<Row, 'key' | 'name' | 'rule'>): Row => ({
  hoursMilli: 0,
  serviceCost: 0,
  otherCost: 0,
  fee: 0,
  linkedKind: null,
  linkedId: null,
  copies: 0,
  channelMethod: null,
  ...r,
});

export function componentRow(
  c: RecordComponent,
  d: CostDefaults,
  requirement = c.copyRequirement,
  copyQty = c.copyQty,
): Row {
  const rule = componentRule(c, requirement);
  const copies = rule === 'COPY' || rule === 'CERTIFIED' ? Math.max(copyQty, 1) : 0;
  const [hoursMilli, otherCost] = {
    FORM: [d.formHoursMilli, 0],
    AGENCY: [d.agencyHoursMilli, d.agencyCost],
    ORIGINAL: [d.originalHoursMilli, 0],
    COPY: [d.copyHoursMilli, d.copyCost * copies],
    CERTIFIED: [d.certifiedHoursMilli * copies, d.certifiedFee * copies],
    ELECTRONIC: [0, 0],
    DATA: [0, 0],
  }[rule as 'FORM'] ?? [0, 0];
  const name =
    rule === 'FORM'
      ? `${PREFIX.FORM} ${shortName(c.name).replace(/^./u, (x) => x.toLowerCase())}`
      : `${PREFIX[rule]} ${shortName(c.name)}`;
  return row({
    key: `COMPONENT:${c.id}`,
    name,
    rule,
    hoursMilli,
    otherCost,
    copies,
    linkedKind: 'COMPONENT',
    linkedId: c.id,
  });
}

const TRIP_NAMES: Record<ChannelMethod, [string, string]> = {
  TRUC_TIEP: ['Đi nộp hồ sơ trực tiếp (đi lại, chờ đợi)', 'Đi nhận kết quả trực tiếp (đi lại, chờ đợi)'],
  BUU_CHINH: ['Gửi hồ sơ qua dịch vụ bưu chính', 'Nhận kết quả qua dịch vụ bưu chính'],
  TRUC_TUYEN: ['Nộp hồ sơ trực tuyến', 'Nhận kết quả điện tử'],
};

export function tripRow(trip: 'SUBMIT' | 'RESULT', method: ChannelMethod, d: CostDefaults): Row {
  const name = TRIP_NAMES[method][trip === 'SUBMIT' ? 0 : 1];
  if (method === 'TRUC_TIEP')
    return row({
      key: trip,
      name,
      rule: 'TRIP_DIRECT',
      hoursMilli: d.tripHoursMilli,
      otherCost: d.tripCost,
      channelMethod: method,
    });
  if (method === 'BUU_CHINH')
    return row({
      key: trip,
      name,
      rule: 'TRIP_POST',
      hoursMilli: d.postHoursMilli,
      otherCost: d.postCost,
      channelMethod: method,
    });
  const hoursMilli = trip === 'SUBMIT' ? d.onlineSubmitHoursMilli : d.onlineResultHoursMilli;
  return row({ key: trip, name, rule: 'TRIP_ONLINE', hoursMilli, channelMethod: method });
}

export const CHANNEL_VI: Record<ChannelMethod, string> = {
  TRUC_TIEP: CHANNEL_NAMES.TRUC_TIEP.vi,
  BUU_CHINH: CHANNEL_NAMES.BUU_CHINH.vi,
  TRUC_TUYEN: CHANNEL_NAMES.TRUC_TUYEN.vi,
};

/** The channel whose trips and fees the cost counts: Trực tiếp, else Bưu chính, else Trực tuyến. */
export function costChannel(channels: readonly RecordChannel[]): RecordChannel | null {
  for (const m of ['TRUC_TIEP', 'BUU_CHINH', 'TRUC_TUYEN'] as const) {
    const c = channels.find((x) => x.method === m);
    if (c) return c;
  }
  return null;
}

/** A typed amount "50.000" / "50000" → 50000; null when it is not a whole number of đồng. */
export function parseAmount(text: string): number | null {
  const t = text.trim().replace(/[.\s]/g, '').replace(/đ$/u, '');
  return /^\d{1,13}$/.test(t) ? Number(t) : null;
}

export function feeRow(
  channel: RecordChannel,
  marks: ReadonlyMap<string, CostMark>,
): Row & { markId: number | null } {
  let markId: number | null = null;
  const fee = channel.fees.reduce((sum, f) => {
    const m = marks.get(`FEE:${f.id}`);
    if (m?.action === 'REMOVE') {
      markId = m.id ?? null;
      return sum;
    }
    const amount = m?.action === 'SIMPLIFY' ? parseAmount(m.proposedValue) : null;
    if (amount !== null) markId = m?.id ?? null;
    return sum + (amount ?? f.amount ?? 0);
  }, 0);
  return {
    ...row({
      key: 'FEES',
      name: `Phí, lệ phí (${CHANNEL_VI[channel.method]})`,
      rule: 'FEES',
      fee,
      channelMethod: channel.method,
    }),
    markId,
  };
}

/** The trip a step the officer classed VISIT requires (đến cơ quan theo yêu cầu: bổ sung, xác minh, có mặt). */
export function visitRow(step: { id: number; ord: number; title: string }, d: CostDefaults): Row {
  return row({
    key: `STEP:${step.id}`,
    name: `Đến cơ quan theo yêu cầu ở bước ${step.ord}: ${shortName(step.title).slice(0, 60)} (đi lại, chờ đợi)`,
    rule: 'TRIP_VISIT',
    hoursMilli: d.tripHoursMilli,
    otherCost: d.tripCost,
    linkedKind: 'STEP',
    linkedId: step.id,
  });
}

/**
 * The before rows the record implies (no marks, no overrides), in form order. Notes and optional components
 * count only when `alsoCount` names them (the officer counted one with an override: "COMPONENT:<id>").
 */
export function derivedBefore(
  record: CostRecord,
  d: CostDefaults,
  alsoCount: ReadonlySet<string> = new Set(),
  visits: readonly { id: number; ord: number; title: string }[] = [],
): Row[] {
  const rows: Row[] = [
    row({ key: 'INFO', name: 'Tìm hiểu thông tin TTHC', rule: 'INFO', hoursMilli: d.infoHoursMilli }),
  ];
  for (const c of record.components)
    if ((!c.isNote && c.required) || alsoCount.has(`COMPONENT:${c.id}`)) rows.push(componentRow(c, d));
  const ch = costChannel(record.channels);
  if (ch) {
    rows.push(
      tripRow('SUBMIT', ch.method, d),
      ...visits.map((v) => visitRow(v, d)),
      tripRow('RESULT', ch.method, d),
    );
    if (ch.fees.length > 0) rows.push(feeRow(ch, new Map()));
  }
  return rows;
}

export function isCopyRequirement(v: string): v is CopyRequirement {
  return CopyRequirement.safeParse(v).success;
}
