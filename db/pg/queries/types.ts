import type { ClientBase, Pool } from 'pg';

/** Anything that runs a query: the pool (one statement) or a client inside a transaction. */
export type Pg = Pool | ClientBase;

/** timestamptz / date values as ISO text (node-postgres gives Date objects). */
export function iso(value: Date | string | null): string | null {
  if (value === null) return null;
  return value instanceof Date ? value.toISOString() : value;
}

/** A `date` column as 'YYYY-MM-DD' (parsed as local midnight by node-postgres; formatted back the same way). */
export function isoDay(value: Date | string | null): string | null {
  if (value === null) return null;
  if (typeof value === 'string') return value.slice(0, 10);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${value.getFullYear()}-${p(value.getMonth() + 1)}-${p(value.getDate())}`;
}
