import type { UnitLevel } from '../../shared/domain';
import { fold } from '../../shared/text/fold';
import type { Candidate } from './list-rows';

/**
 * Which level of government carries out each imported procedure, and whether a file fits the unit it is imported
 * into (issue: 246 Bộ Tư pháp procedures — Luật sư, Công chứng, Thừa phát lại… — landed in a commune).
 *
 * The signal, per row, in this order:
 * 1. the file's "Cấp thực hiện" column when it has one ("Cấp xã", "Cấp tỉnh, Cấp xã", "Cấp bộ"), as the portal's
 *    procedure records carry it;
 * 2. otherwise the agencies that carry it out ("Cơ quan thực hiện", then "Cơ quan có thẩm quyền"), read for the
 *    words that name a level: "cấp xã", "UBND xã/phường", "Công an xã" → xã; "cấp huyện" → huyện (cũ); "cấp tỉnh",
 *    "Sở …", "UBND tỉnh" → tỉnh; "Bộ …", "Cục …", "Tổng cục", "Vụ …", "Thủ tướng", "Chính phủ", "Cơ quan đại diện
 *    … ở nước ngoài" → bộ (trung ương).
 * The issuing agency is not a signal (a ministry publishes the procedures every level carries out), nor is the
 * lĩnh vực (Hộ tịch is handled by communes and by provinces). A row with no signal has no level: it is neither
 * counted as fitting nor as not fitting.
 */
export type LevelKey = 'BO' | 'TINH' | 'HUYEN' | 'XA';
export const LEVEL_KEYS: readonly LevelKey[] = ['BO', 'TINH', 'HUYEN', 'XA'];

const WORDS: [LevelKey, RegExp][] = [
  ['XA', /\bcap xa\b|\b(?:ubnd|uy ban nhan dan|cong an) (?:cap )?(?:xa|phuong|thi tran)\b|^(?:xa|phuong)\b/],
  ['HUYEN', /\bcap huyen\b|\b(?:ubnd|uy ban nhan dan) (?:cap )?(?:huyen|quan|thi xa)\b/],
  [
    'TINH',
    /\bcap tinh\b|\b(?:ubnd|uy ban nhan dan) (?:cap )?(?:tinh|thanh pho)\b|(?<!co )\bso\b|\btinh, thanh pho\b/,
  ],
  [
    'BO',
    /(?:^|[^a-z])bo\b(?! phan)|(?<!chi )\bcuc\b|^vu\b|\bcang vu\b|\bthu tuong\b|\bchinh phu\b|\bco quan dai dien\b|\btrung uong\b/,
  ],
];

/** The levels one line of text names ("Ủy ban nhân dân cấp xã" → XA; "Sở Tư pháp" → TINH). */
function levelsInLine(line: string, into: Set<LevelKey>): void {
  const k = fold(line);
  if (!k) return;
  for (const [level, re] of WORDS) if (re.test(k)) into.add(level);
}

/** The "Cấp thực hiện" values, one per list entry ("Cấp xã", "Cấp bộ", "Cơ quan khác"). */
const LEVEL_WORD: [LevelKey, RegExp][] = [
  ['XA', /\bxa\b|\bphuong\b/],
  ['HUYEN', /\bhuyen\b/],
  ['TINH', /\btinh\b/],
  ['BO', /\bbo\b|\btrung uong\b/],
];

export function levelsOf(c: Candidate): Set<LevelKey> {
  const out = new Set<LevelKey>();
  for (const v of c.record.levels ?? []) {
    const k = fold(v);
    for (const [level, re] of LEVEL_WORD) if (re.test(k)) out.add(level);
  }
  if (out.size) return out;
  for (const text of [c.record.executingAgencies, c.record.authorityAgencies]) {
    for (const line of (text ?? '').split('\n')) levelsInLine(line, out);
    if (out.size) return out;
  }
  return out;
}

export const LEVEL_OF_UNIT: Record<UnitLevel, LevelKey> = {
  XA: 'XA',
  TINH: 'TINH',
  HUYEN_LEGACY: 'HUYEN',
  BO: 'BO',
};

export interface LevelFit {
  /** The unit's level. */
  level: LevelKey;
  /** Rows whose level includes the unit's. */
  fitting: number;
  /** Rows with a level, none of them the unit's. */
  notFitting: number;
  /** Rows with no level in the file. */
  unknown: number;
  /**
   * True when most rows whose level is known do not fit (and there are at least 5 of them). Never for a ministry
   * (bộ): its inventory is its sector's procedures at every level.
   */
  warn: boolean;
}

export function levelFit(levels: Set<LevelKey>[], unitLevel: UnitLevel): LevelFit {
  const level = LEVEL_OF_UNIT[unitLevel];
  let fitting = 0;
  let notFitting = 0;
  let unknown = 0;
  for (const l of levels) {
    if (!l.size) unknown++;
    else if (l.has(level)) fitting++;
    else notFitting++;
  }
  const warn = level !== 'BO' && notFitting >= 5 && notFitting > fitting;
  return { level, fitting, notFitting, unknown, warn };
}
