/**
 * The worked example of domain.md §2.4 / §5.5: Đăng ký thành lập hộ kinh doanh (1.001612) at a commune,
 * income 5,000,000 đ/tháng (→ 28,409 đ/giờ), 600 dossiers a year. Illustrative, computed, not an official
 * figure. Reused by the demo seed and the tests; the expected results live in the tests, not here.
 */
import type { Activity, CostParams, LinkedKind } from './engine';
import type { Mark } from './derive-after';

export const WORKED_EXAMPLE_PROCEDURE_CODE = '1.001612';
export const WORKED_EXAMPLE_MONTHLY_INCOME = 5_000_000;
export const WORKED_EXAMPLE_HOURLY_INCOME = 28_409;
export const WORKED_EXAMPLE_POPULATION = 600;
export const WORKED_EXAMPLE_FREQUENCY = 1;
/** Thời hạn giải quyết 03 → 02 ngày làm việc (domain.md §5.4). */
export const WORKED_EXAMPLE_DAYS_BEFORE = 3;
export const WORKED_EXAMPLE_DAYS_AFTER = 2;

export const WORKED_EXAMPLE_PARAMS: Readonly<CostParams> = {
  hourlyIncome: WORKED_EXAMPLE_HOURLY_INCOME,
  population: WORKED_EXAMPLE_POPULATION,
  frequency: WORKED_EXAMPLE_FREQUENCY,
};

/** One line of the §5.5 import sample, already typed (hours in thousandths, money in whole đồng). */
export interface WorkedExampleRow {
  tthcCode: string;
  scenario: 'BEFORE' | 'AFTER';
  ord: number;
  name: string;
  hoursMilli: number;
  serviceCost: number;
  otherCost: number;
  fee: number;
  population: number;
  frequency: number;
}

function row(
  scenario: 'BEFORE' | 'AFTER',
  ord: number,
  name: string,
  hoursMilli: number,
  otherCost: number,
  fee: number,
): WorkedExampleRow {
  return {
    tthcCode: WORKED_EXAMPLE_PROCEDURE_CODE,
    scenario,
    ord,
    name,
    hoursMilli,
    serviceCost: 0,
    otherCost,
    fee,
    population: WORKED_EXAMPLE_POPULATION,
    frequency: WORKED_EXAMPLE_FREQUENCY,
  };
}

/** domain.md §5.5, line by line (`truoc` → BEFORE, `sau` → AFTER). */
export const WORKED_EXAMPLE_ROWS: readonly WorkedExampleRow[] = [
  row('BEFORE', 1, 'Tìm hiểu thông tin TTHC', 2000, 0, 0),
  row('BEFORE', 2, 'Điền Giấy đề nghị đăng ký HKD', 1000, 0, 0),
  row('BEFORE', 3, 'Chứng thực bản sao CCCD và văn bản ủy quyền', 1500, 4000, 0),
  row('BEFORE', 4, 'Đi nộp hồ sơ trực tiếp và chờ tiếp nhận', 2000, 30000, 0),
  row('BEFORE', 5, 'Đi nhận kết quả', 2000, 30000, 100000),
  row('AFTER', 1, 'Tìm hiểu thông tin TTHC trên Cổng DVCQG', 1000, 0, 0),
  row('AFTER', 2, 'Khai trực tuyến và xác thực VNeID', 1000, 0, 0),
  row('AFTER', 3, 'Nộp và thanh toán trực tuyến', 500, 0, 50000),
  row('AFTER', 4, 'Nhận kết quả điện tử', 250, 0, 0),
];

function toActivity(r: WorkedExampleRow, link: { kind: LinkedKind; id: number } | null = null): Activity {
  return {
    ord: r.ord,
    name: r.name,
    hoursMilli: r.hoursMilli,
    serviceCost: r.serviceCost,
    otherCost: r.otherCost,
    fee: r.fee,
    linkedKind: link?.kind ?? null,
    linkedId: link?.id ?? null,
    isOverride: false,
  };
}

/** The "before" activities, unlinked. */
export function workedExampleBefore(): Activity[] {
  return WORKED_EXAMPLE_ROWS.filter((r) => r.scenario === 'BEFORE').map((r) => toActivity(r));
}

/** The "after" activities exactly as listed in §5.5 (entered by hand, not derived). */
export function workedExampleAfter(): Activity[] {
  return WORKED_EXAMPLE_ROWS.filter((r) => r.scenario === 'AFTER').map((r) => toActivity(r));
}

export interface WorkedExampleDerivation {
  before: Activity[];
  marks: Mark[];
  overrides: Activity[];
}

/**
 * The same example as the officer would build it with marks: the "bản sao CCCD" component (id from the
 * caller's database) is marked REPLACE_BY_DATA, which removes activity 3 (chứng thực); the online
 * channel is entered as overrides of activities 1, 2, 4 and 5. deriveAfter of this gives the §5.5 "after"
 * totals (2.75 h, 50,000 đ fee → 128,124.75 đ/hồ sơ).
 */
export function workedExampleDerivation(cccdComponentId: number): WorkedExampleDerivation {
  const before = WORKED_EXAMPLE_ROWS.filter((r) => r.scenario === 'BEFORE').map((r) =>
    toActivity(r, r.ord === 3 ? { kind: 'COMPONENT', id: cccdComponentId } : null),
  );
  const marks: Mark[] = [
    { targetKind: 'COMPONENT', targetId: cccdComponentId, action: 'REPLACE_BY_DATA', mergeIntoId: null },
  ];
  const override = (ord: number, name: string, hoursMilli: number, fee: number): Activity => ({
    ord,
    name,
    hoursMilli,
    serviceCost: 0,
    otherCost: 0,
    fee,
    linkedKind: null,
    linkedId: null,
    isOverride: true,
  });
  const overrides = [
    override(1, 'Tìm hiểu thông tin TTHC trên Cổng DVCQG', 1000, 0),
    override(2, 'Khai trực tuyến và xác thực VNeID', 1000, 0),
    override(4, 'Nộp và thanh toán trực tuyến', 500, 50000),
    override(5, 'Nhận kết quả điện tử', 250, 0),
  ];
  return { before, marks, overrides };
}
