/**
 * What one citizen step (trình tự thực hiện, the record's `steps`) costs the applicant or the office, so a mark on
 * it can change days or cost (domain.md §2.4, §8). Each step is one kind:
 * - PREPARE (chuẩn bị hồ sơ) → the preparation of the dossier documents;
 * - SUBMIT (nộp hồ sơ) → the submission trip of the cost channel;
 * - PAY (nộp phí, lệ phí) → the fees;
 * - VISIT (đến cơ quan theo yêu cầu: bổ sung, xác minh, có mặt) → a trip of its own (only when the officer says so);
 * - OFFICE (cơ quan tiếp nhận, thẩm định, ký, trả) → the steps of the quy trình nội bộ it covers, else the
 *   channel's days;
 * - RESULT (nhận kết quả) → the result trip;
 * - NOTE (quy định, ghi chú) → nothing.
 * plus the channels it belongs to ("Nếu lựa chọn hình thức nộp hồ sơ trực tuyến, …"; none named = every channel).
 * The kind is guessed from the step's actor and its leading sentence; the officer can set it where the guess is
 * wrong (stored on the step, steps.cost_kind / cost_channels).
 */
import type { ChannelMethod } from '../domain';
import { fold } from '../text/fold';

export const STEP_KINDS = ['PREPARE', 'SUBMIT', 'PAY', 'VISIT', 'OFFICE', 'RESULT', 'NOTE'] as const;
export type StepKind = (typeof STEP_KINDS)[number];
/** The part of the office's work a step covers, to match citizen steps with internal steps. */
export type OfficePhase = 'RECEIVE' | 'EXAMINE' | 'SIGN' | 'ISSUE' | 'RETURN';
export const CHANNEL_ORDER: readonly ChannelMethod[] = ['TRUC_TIEP', 'BUU_CHINH', 'TRUC_TUYEN'];

export interface RecordStep {
  id: number;
  title: string;
  text: string;
  actor: string;
  durationValue: number | null;
  durationUnit: string;
  /** The officer's classification; null or absent = guessed from the text. */
  costKind?: StepKind | null;
  costChannels?: readonly ChannelMethod[] | null;
}

export interface StepClass {
  kind: StepKind;
  /** The channels the step belongs to; empty = every channel. */
  channels: ChannelMethod[];
  guessed: boolean;
  /** For OFFICE steps: which part of the office's work it covers (empty when none can be told). */
  phases: OfficePhase[];
  /** The days an OFFICE step states for itself (its duration, or "trong thời hạn 07 ngày" in its text). */
  days: number | null;
}

const OFFICE_SUBJECT =
  '(can bo|cong chuc|co quan|uy ban|ubnd|bo phan|trung tam|chu tich|cong an|van phong|ban chi dao|hoi dong|nguoi thuc hien|nguoi tiep nhan|to hoa giai|so tu phap|lanh dao|chi huy|cac thong tin)';
const APPLICANT_SUBJECT =
  '(nguoi yeu cau|nguoi nop|nguoi co yeu cau|nguoi co don|nguoi de nghi|ca nhan|chu ho|chu dau tu|cong dan|ho kinh doanh|ho gia dinh|nguoi dan|nguoi dang ky|nguoi nhan con nuoi|nguoi duoc uy quyen|nguoi lap di chuc|cac ben|nguoi di dang ky)';
const OFFICE_WHO = new RegExp(`\\b${OFFICE_SUBJECT}\\b`);
const APPLICANT_WHO = new RegExp(`\\b${APPLICANT_SUBJECT}\\b`);
/** A clause before the main one: "Nếu …, ", "Trường hợp … thì ", "Trong thời hạn 07 ngày …, ". */
const CONDITIONAL =
  /^(neu|truong hop|trong truong hop|sau khi|khi|trong thoi han|trong vong|doi voi|can cu|tren co so)\b/;
const SUBJECT_AFTER = new RegExp(`(?:, | thi )(?:${OFFICE_SUBJECT}|${APPLICANT_SUBJECT})\\b`, 'g');
const NOTE_RE =
  /^(luu y|\* luu y)|chiu trach nhiem ve|\bkhong (duoc )?yeu cau\b|co quyen lua chon|phai co nguoi phien dich|nguoi lam chung|chi duoc thuc hien khi|duoc thuc hien tai co quan/;
const RESULT_RE =
  /nhan ket qua|nhan thong bao ket qua|ket qua duoc tra|ky (ten )?vao so|nhan giay chung nhan|nhan (ban|the|giay) /;
const RECEIPT_RE = /giay tiep nhan|giay bien nhan|phieu hen|giay hen/;
const SUBMIT_RE =
  /nop ho so|gui ho so|nop don|gui don|nop .{0,40}ho so|truy cap|dang nhap|ke khai|xuat trinh|cung cap thong tin|^den |\bden cong an|de nghi cap|thuc hien thu tuc|dang ky nhu cau/;
const PAY_RE = /nop (le )?phi|nop phi|thanh toan/;
const PREPARE_RE = /chuan bi|hoan chinh ho so|xay dung (du an|phuong an)/;
/** A sentence that starts with what is done says who does it. */
const LEADING_VERB: [StepKind, RegExp][] = [
  ['RESULT', /^(nhan ket qua|nhan giay|nhan thong bao)/],
  ['SUBMIT', /^(gui|nop) (ho so|don)/],
  ['PAY', /^nop (le )?phi/],
  ['PREPARE', /^chuan bi/],
  [
    'OFFICE',
    /^(tham tra|tham dinh|xem xet|lap danh sach|thu thap|to chuc|niem yet|cong nhan|tien hanh|in phieu|thu the|can cu vao so|xac minh|thanh lap)/,
  ],
];
const RETURN_TO = /^.{0,80}tra ket qua (giai quyet .{0,30})?cho/;
/** "ký" (sign), not "đăng ký" (register) nor "ký số" (the applicant's digital signature). */
const SIGN_WORD = '(?<!dang )\\bky\\b(?! so)';
const PROCESS_WORDS = new RegExp(
  `tham tra|tham dinh|xem xet|${SIGN_WORD}|trinh lanh dao|\\bin (giay|trich luc)`,
);

const PHASE_RE: [OfficePhase, RegExp][] = [
  ['RECEIVE', /tiep nhan/],
  [
    'EXAMINE',
    /tham tra|tham dinh|kiem tra|xem xet|xac minh|doi chieu|lay y kien|xu ly|thu thap|tinh diem|hoa giai|tim kiem thong tin|lap ho so/,
  ],
  [
    'SIGN',
    new RegExp(
      `${SIGN_WORD}|trinh (lanh dao|chu tich)|phe duyet|quyet dinh|cap giay|cap dang ky|cap ban sao|cap the|cong nhan|ban hanh`,
    ),
  ],
  [
    'ISSUE',
    /vao so|ghi vao so|dong dau|phat hanh|chuyen (toi|den|ve) .{0,60}tra ket qua|\bin (giay|trich luc|phieu)/,
  ],
];

const CHANNEL_RE: [ChannelMethod, RegExp][] = [
  ['TRUC_TIEP', /truc tiep/],
  ['BUU_CHINH', /buu chinh|buu dien/],
  ['TRUC_TUYEN', /truc tuyen|qua mang|cong dich vu cong|ung dung dinh danh|tai khoan dinh danh|vneid/],
];
/** In a case clause ("Trường hợp đăng ký qua mạng thông tin điện tử") the online words are wider. */
const ONLINE_CASE = /truc tuyen|qua mang|dien tu|cong dich vu cong|dinh danh|vneid/;

/** The case clause ("Trường hợp đăng ký qua mạng …" before " — ", or "Nếu lựa chọn hình thức nộp … trực tuyến,"). */
function caseClause(title: string, head: string): string {
  const dash = title.indexOf(' — ');
  if (dash > 0) return fold(title.slice(0, dash));
  return /^(neu|truong hop|doi voi)\b/.test(head) ? head.split(',')[0]! : '';
}

const channelsIn = (text: string, wide = false): ChannelMethod[] =>
  CHANNEL_RE.filter(([m, re]) => re.test(text) || (wide && m === 'TRUC_TUYEN' && ONLINE_CASE.test(text))).map(
    ([m]) => m,
  );

/** The channels a heading names ("b) Đối với trường hợp nộp hồ sơ trực tuyến" → Trực tuyến); empty when none. */
export const channelsNamed = (text: string): ChannelMethod[] => channelsIn(fold(text), true);

/** The leading sentence of the step, folded, without list markers. */
function headOf(s: RecordStep): string {
  const dash = s.title.indexOf(' — ');
  const text = (s.text.trim() || s.title.slice(dash > 0 ? dash + 3 : 0))
    .slice(0, 600)
    .replace(/^\s*([-+*•]|\d+(\.\d+)*[.)]|Bước\s*\d+\s*[:.)-])\s*/iu, '');
  const first = text.split(/(?<=[.;:])\s|\n/)[0] ?? '';
  return fold(first);
}

function who(actor: string, head: string): 'OFFICE' | 'APPLICANT' | null {
  const a = fold(actor);
  if (a && OFFICE_WHO.test(a)) return 'OFFICE';
  if (a && APPLICANT_WHO.test(a)) return 'APPLICANT';
  // After a conditional clause the subject of the main clause follows ", " or " thì ".
  if (CONDITIONAL.test(head))
    for (const m of head.matchAll(SUBJECT_AFTER)) return m[1] !== undefined ? 'OFFICE' : 'APPLICANT';
  const o = OFFICE_WHO.exec(head)?.index ?? Infinity;
  const p = APPLICANT_WHO.exec(head)?.index ?? Infinity;
  if (o === Infinity && p === Infinity) return null;
  return o < p ? 'OFFICE' : 'APPLICANT';
}

/** Days an office step states for itself: its duration, else "trong thời hạn 07 ngày (làm việc)" in its text. */
function statedDays(s: RecordStep, body: string): number | null {
  if (s.durationValue !== null && s.durationValue > 0) {
    if (s.durationUnit === 'WORKING_DAY' || s.durationUnit === 'CALENDAR_DAY') return s.durationValue;
    if (s.durationUnit === 'HOUR') return s.durationValue / 8;
  }
  const m = /trong (?:vong|thoi han|thoi gian) (\d+(?:[.,]\d+)?) (ngay|gio)/.exec(body);
  if (!m) return null;
  const n = Number.parseFloat(m[1]!.replace(',', '.'));
  return m[2] === 'gio' ? n / 8 : n;
}

export function officePhases(text: string): OfficePhase[] {
  return PHASE_RE.filter(([, re]) => re.test(text)).map(([p]) => p);
}

/** "Bước 2: …" at the start of a step. */
const NUMBERED = /^\s*bước\s*\d+\s*[:.)-]/iu;

/** A heading "Lưu ý — …" (the portal's notes under the steps) makes the step a note whatever its sentence says. */
const NOTE_HEADING = /^(\* )?luu y\b/;

function guessKind(s: RecordStep, head: string): StepKind {
  if (NOTE_RE.test(head) || NOTE_HEADING.test(caseClause(s.title, ''))) return 'NOTE';
  const leading = LEADING_VERB.find(([, re]) => re.test(head));
  if (leading) return leading[0];
  const side = who(s.actor, head);
  if (side === 'OFFICE') return RETURN_TO.test(head) && !PROCESS_WORDS.test(head) ? 'RESULT' : 'OFFICE';
  if (RESULT_RE.test(head)) return 'RESULT';
  if (RECEIPT_RE.test(head) && !SUBMIT_RE.test(head)) return side === null ? 'NOTE' : 'SUBMIT';
  if (SUBMIT_RE.test(head)) return 'SUBMIT';
  if (PAY_RE.test(head)) return 'PAY';
  if (PREPARE_RE.test(head)) return 'PREPARE';
  // A numbered step ("Bước 5: công khai kết luận …") is work someone does, not a note: the office's when the
  // applicant is not named.
  return side === null && (officePhases(head).length || NUMBERED.test(s.title) || NUMBERED.test(s.text))
    ? 'OFFICE'
    : 'NOTE';
}

/** The step's kind and channels: the officer's where set, else guessed from its actor and leading sentence. */
export function classifyStep(s: RecordStep): StepClass {
  const head = headOf(s);
  const kind = s.costKind ?? guessKind(s, head);
  const clause = caseClause(s.title, head);
  const guessedChannels = channelsIn(clause, true).length
    ? channelsIn(clause, true)
    : kind === 'OFFICE' || kind === 'NOTE'
      ? []
      : channelsIn(head);
  const channels = s.costKind ? [...(s.costChannels ?? [])] : guessedChannels;
  const body = fold(`${head} ${s.text.slice(0, 400)}`);
  return {
    kind,
    channels: CHANNEL_ORDER.filter((m) => channels.includes(m)),
    guessed: !s.costKind,
    phases: kind === 'OFFICE' ? officePhases(body) : kind === 'RESULT' ? ['RETURN'] : [],
    days: kind === 'OFFICE' ? statedDays(s, fold(`${head} ${s.text.slice(0, 600)}`)) : null,
  };
}

/** Whether a step of these channels applies to `method` (no channel named = every channel). */
export const appliesTo = (channels: readonly ChannelMethod[], method: ChannelMethod): boolean =>
  channels.length === 0 || channels.includes(method);

/** The phase of one internal step (quy trình nội bộ), from its work and who does it. */
export function internalPhase(step: { work: string; responsible: string }): OfficePhase {
  const w = fold(step.work);
  const r = fold(step.responsible);
  // "trả kết quả" is the return step; "Giấy tiếp nhận và hẹn trả kết quả" is a form of the reception.
  if (/(?<!hen )tra ket qua/.test(w) && !/tham dinh|tham tra|phe duyet/.test(w)) return 'RETURN';
  if (/van thu/.test(r) || /^(vao so|dong dau|phat hanh)/.test(w)) return 'ISSUE';
  if (/phuc vu hanh chinh|mot cua|bo phan tiep nhan/.test(r) && /tiep nhan|so hoa|huong dan/.test(w))
    return 'RECEIVE';
  if (new RegExp(`${SIGN_WORD}|phe duyet`).test(w) && /lanh dao|chu tich|chi huy/.test(r)) return 'SIGN';
  return 'EXAMINE';
}
