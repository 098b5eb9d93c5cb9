import type { Activity, CostResult } from '../../../electron/shared/cost';

export function unwrap<T>(r: CostResult<T>): T {
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.value;
}

export function act(ord: number, over: Partial<Activity> = {}): Activity {
  return {
    ord,
    name: `Hoạt động ${ord}`,
    hoursMilli: 1000,
    serviceCost: 0,
    otherCost: 0,
    fee: 0,
    linkedKind: null,
    linkedId: null,
    isOverride: false,
    ...over,
  };
}
