import type { ColumnSpec, SheetSpec } from '../../electron/backend/reports/xlsx/sink';

/** A text, a count and a money column: enough to exercise every kind of cell a report sink writes. */
export const TEST_COLUMNS: ColumnSpec[] = [
  { header: 'Tên', width: 30, kind: 'text' },
  { header: 'Số', width: 10, kind: 'int' },
  { header: 'Tiền', width: 14, kind: 'money' },
];

/** A small report sheet for sink tests; `o` overrides any part of it. */
export function testSheet(name: string, o: Partial<SheetSpec> = {}): SheetSpec {
  return { name, title: 'BÁO CÁO THỬ', subtitle: '', landscape: false, columns: TEST_COLUMNS, ...o };
}
