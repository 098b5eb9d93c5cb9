import type { MappingLookup } from './analyse';
import { layoutKey, type SheetPlan } from './layout';
import type { RawWorkbook } from './raw-workbook';

/**
 * The column mappings an import remembers per sheet layout (import_mappings), computed apart from the database
 * so the import worker can use them too: it gets a copy of the table's rows and hands back what to save.
 */
export interface RememberedMapping {
  layoutKey: string;
  mapping: { fields: (string | null)[]; role: SheetPlan['role'] };
}

/** The mapping of each sheet layout the import commits with (saved with it, proposed for the next file). */
export function mappingsToRemember(raw: RawWorkbook, plans: SheetPlan[]): RememberedMapping[] {
  const out: RememberedMapping[] = [];
  for (const plan of plans) {
    const sheet = raw.sheets.find((s) => s.name === plan.sheet);
    if (sheet)
      out.push({
        layoutKey: layoutKey(sheet, plan.headerRow),
        mapping: { fields: plan.fields, role: plan.role },
      });
  }
  return out;
}

/** A lookup over stored rows ([layout key, mapping JSON]); like the database's, it parses a mapping when asked. */
export function mappingLookup(rows: readonly [string, string][]): MappingLookup {
  const byKey = new Map(rows);
  return (key) => {
    const json = byKey.get(key);
    return json === undefined ? undefined : (JSON.parse(json) as ReturnType<MappingLookup>);
  };
}
