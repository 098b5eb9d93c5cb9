/**
 * Cost-model inputs for every generated procedure (the "Biểu mẫu tính toán chi phí tuân thủ" rows an officer
 * would fill in): three fixed activities plus one per dossier component (preparing it, and certifying copies),
 * and review marks removing about a third of the components. Deterministic; pure.
 */
import type { Activity, CostParams } from '../../../shared/cost/engine';
import type { Mark } from '../../../shared/cost/derive-after';
import type { InventoryEntry } from '../../../shared/domain';
import { createPrng } from '../../prng';

export interface CostCase {
  code: string;
  params: CostParams;
  before: Activity[];
  marks: Mark[];
}

const HOURLY_INCOME = 28_409; // 5,000,000 đ/tháng ÷ 22 ÷ 8 (domain.md §2.4)

function activity(
  ord: number,
  name: string,
  hoursMilli: number,
  otherCost: number,
  fee: number,
  link: number | null,
): Activity {
  return {
    ord,
    name,
    hoursMilli,
    serviceCost: 0,
    otherCost,
    fee,
    linkedKind: link === null ? null : 'COMPONENT',
    linkedId: link,
    isOverride: false,
  };
}

/** Component ids are numbered across the whole data set, as the database would (only uniqueness matters here). */
export function costCases(entries: Iterable<InventoryEntry>, seed: number): CostCase[] {
  const rng = createPrng(seed ^ 0x5eed);
  const cases: CostCase[] = [];
  let componentId = 0;
  for (const e of entries) {
    const fee = e.channels.flatMap((c) => c.fees).find((f) => f.amount !== null)?.amount ?? 0;
    const before: Activity[] = [
      activity(1, 'Tìm hiểu thông tin TTHC', rng.between(1, 8) * 250, 0, 0, null),
      activity(2, 'Điền tờ khai, đơn đề nghị', rng.between(2, 8) * 250, 0, 0, null),
    ];
    const marks: Mark[] = [];
    for (const g of e.componentGroups)
      for (const c of g.components) {
        const id = ++componentId;
        const copies = c.copyQty > 0 ? 2000 * c.copyQty : 0; // chứng thực bản sao: 2.000 đ/trang
        before.push(
          activity(
            before.length + 1,
            `Chuẩn bị: ${c.name.slice(0, 120)}`,
            rng.between(1, 8) * 250,
            copies,
            0,
            id,
          ),
        );
        if (rng.chance(0.33))
          marks.push({
            targetKind: 'COMPONENT',
            targetId: id,
            action: rng.chance(0.5) ? 'REMOVE' : 'REPLACE_BY_DATA',
            mergeIntoId: null,
          });
      }
    before.push(
      activity(
        before.length + 1,
        'Nộp hồ sơ, nhận kết quả',
        rng.between(2, 16) * 250,
        30_000,
        Math.max(0, fee),
        null,
      ),
    );
    const population = Math.max(1, e.unitFields.dossiersPerYear ?? 1);
    cases.push({
      code: e.code,
      params: { hourlyIncome: HOURLY_INCOME, population, frequency: 1 },
      before,
      marks,
    });
  }
  return cases;
}
