/**
 * Default hours and costs of the activities a record implies (domain.md §8.4). No official table of default
 * hours exists (TT 02/2017/TT-VPCP gives only the formulas), so these are the unit's dated settings, visible
 * on every derived row as "mặc định" and overridable per activity. The built-in values below reproduce the
 * worked example of §2.4 (tìm hiểu 2 h; tờ khai 1 h; bản sao chứng thực 0,75 h + 2.000 đ/bản, the lệ phí
 * chứng thực of TT 226/2016/TT-BTC; đi lại + chờ 2 h + 30.000 đ per direct trip; nộp trực tuyến 0,5 h; nhận
 * kết quả điện tử 0,25 h) and sit inside the ranges §8.4 gives.
 */
export interface CostDefaults {
  /** Null for the built-in values (no dated row stored for the unit). */
  validFrom: string | null;
  infoHoursMilli: number;
  formHoursMilli: number;
  originalHoursMilli: number;
  copyHoursMilli: number;
  copyCost: number;
  certifiedHoursMilli: number;
  certifiedFee: number;
  agencyHoursMilli: number;
  agencyCost: number;
  tripHoursMilli: number;
  tripCost: number;
  postHoursMilli: number;
  postCost: number;
  onlineSubmitHoursMilli: number;
  onlineResultHoursMilli: number;
  note: string;
}

export type CostDefaultValues = Omit<CostDefaults, 'validFrom' | 'note'>;

export const BUILT_IN_DEFAULTS: Readonly<CostDefaults> = {
  validFrom: null,
  infoHoursMilli: 2000,
  formHoursMilli: 1000,
  originalHoursMilli: 250,
  copyHoursMilli: 500,
  copyCost: 500,
  certifiedHoursMilli: 750,
  certifiedFee: 2000,
  agencyHoursMilli: 3000,
  agencyCost: 0,
  tripHoursMilli: 2000,
  tripCost: 30000,
  postHoursMilli: 500,
  postCost: 30000,
  onlineSubmitHoursMilli: 500,
  onlineResultHoursMilli: 250,
  note: 'Mặc định của TinhGọn',
};

/** The keys of the values, in the order the parameters form lists them. */
export const DEFAULT_KEYS = Object.keys(BUILT_IN_DEFAULTS).filter(
  (k) => k !== 'validFrom' && k !== 'note',
) as (keyof CostDefaultValues)[];

/** Which of the values are hours (thousandths) rather than whole đồng. */
export const isHoursKey = (k: keyof CostDefaultValues): boolean => k.endsWith('HoursMilli');
