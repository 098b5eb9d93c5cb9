import { describe, expect, it } from 'vitest';
import type { InventoryRow } from '../../../electron/shared/contract/inventory';
import { compareVi } from '../../../electron/shared/text/collate';
import {
  extendRange,
  fillDownPairs,
  inRange,
  rangeBounds,
} from '../../../renderer/src/features/inventory/grid/cell-range';
import {
  distinctValues,
  regroupSorted,
  rowMatches,
  withGroupRows,
  type FilterState,
  type GridRow,
} from '../../../renderer/src/features/inventory/grid/row-filter';
import { rankRows } from '../../../renderer/src/features/inventory/grid/search-rank';
import { formatTsv, parseTsv } from '../../../renderer/src/features/inventory/grid/tsv';
import { parseSearch } from '../../../electron/shared/text/search';

const row = (id: number, code: string, name: string, field: string): InventoryRow => ({
  id,
  procedureId: id,
  unitId: 1,
  code,
  name,
  field,
  kind: '',
  levels: [],
  executingAgencies: 'UBND xã',
  onlineLevel: null,
  dossiersPerYear: null,
  channels: [],
  fees: [],
  stepCount: 0,
  componentCount: 0,
  reviewStatus: null,
  updatedAt: '2026-01-01',
});

describe('TSV as Excel puts it on the clipboard', () => {
  it('splits tabs and CRLF rows, keeps quoted tabs/newlines/quotes, drops the trailing newline, NFC', () => {
    const text = 'a\t"b\tc"\r\n"line1\nline2"\t"say ""hi"""\r\nd\t\r\n';
    expect(parseTsv(text)).toEqual([
      ['a', 'b\tc'],
      ['line1\nline2', 'say "hi"'],
      ['d', ''],
    ]);
    expect(parseTsv('Đăng ký'.normalize('NFD'))[0]![0]).toBe('Đăng ký'.normalize('NFC'));
  });
  it('round-trips through formatTsv', () => {
    const rows = [
      ['1.001193', 'Tên có\ttab', 'x"y'],
      ['', 'hai\ndòng', '3'],
    ];
    expect(parseTsv(formatTsv(rows))).toEqual(rows);
  });
});

describe('cell range tracking', () => {
  const cols = ['code', 'name', 'field', 'agency'];
  it('computes bounds in display order whichever corner is the anchor', () => {
    const b = rangeBounds(
      { anchor: { rowIndex: 4, colId: 'field' }, focus: { rowIndex: 2, colId: 'name' } },
      cols,
    );
    expect(b).toEqual({ top: 2, bottom: 4, colIds: ['name', 'field'] });
    expect(inRange(b, 3, 'field')).toBe(true);
    expect(inRange(b, 3, 'code')).toBe(false);
  });
  it('extends with shift+arrows, clamped to the grid', () => {
    let r = { anchor: { rowIndex: 0, colId: 'code' }, focus: { rowIndex: 0, colId: 'code' } };
    r = extendRange(r, 'ArrowUp', cols, 10);
    r = extendRange(r, 'ArrowRight', cols, 10);
    r = extendRange(r, 'ArrowDown', cols, 10);
    expect(r.focus).toEqual({ rowIndex: 1, colId: 'name' });
    expect(rangeBounds(r, cols)).toEqual({ top: 0, bottom: 1, colIds: ['code', 'name'] });
  });
  it('fills down from the top row, or from the row above a single row', () => {
    expect(fillDownPairs({ top: 2, bottom: 4, colIds: ['a'] })).toEqual([
      [3, 2],
      [4, 2],
    ]);
    expect(fillDownPairs({ top: 2, bottom: 2, colIds: ['a'] })).toEqual([[2, 1]]);
    expect(fillDownPairs({ top: 0, bottom: 0, colIds: ['a'] })).toEqual([]);
  });
});

describe('filtering and grouping rows', () => {
  const rows = [
    row(1, '1.001193', 'Đăng ký khai sinh', 'Hộ tịch'),
    row(2, '2.000001', 'Cấp giấy phép', 'Xây dựng'),
    row(3, '1.000002', 'Ải', 'Hộ tịch'),
  ];
  const base: FilterState = {
    ranking: null,
    valueFilters: {},
    valueOf: (r, c) => String(r[c as 'field']),
  };
  const searched = (query: string, text: number[] = []) =>
    rows
      .filter((r) => rowMatches(r, { ...base, ranking: rankRows(rows, parseSearch(query), new Set(text)) }))
      .map((r) => r.id);
  it('matches without diacritics, by partial code, or by the ids the backend found in steps/documents', () => {
    expect(searched('dang ky khai sinh')).toEqual([1]);
    expect(searched('1.0011')).toEqual([1]);
    expect(searched('zz', [2])).toEqual([2]);
  });
  it('applies checkbox value filters and lists distinct values in Vietnamese order', () => {
    expect(
      rows.filter((r) => rowMatches(r, { ...base, valueFilters: { field: ['Xây dựng'] } })).map((r) => r.id),
    ).toEqual([2]);
    expect(distinctValues(rows, (r) => r.field)).toEqual([
      { value: 'Hộ tịch', count: 2 },
      { value: 'Xây dựng', count: 1 },
    ]);
  });
  it('builds group headers with SQL counts and puts them back over their rows after a sort', () => {
    const grouped = withGroupRows(
      rows,
      'field',
      new Map([
        ['Hộ tịch', 2],
        ['Xây dựng', 1],
      ]),
      new Set(['Xây dựng']),
    );
    expect(grouped.map((r) => (r.group ? `#${r.group.key}:${r.group.count}` : r.id))).toEqual([
      '#Hộ tịch:2',
      1,
      3,
      '#Xây dựng:1',
      2,
    ]);
    expect(grouped[3]!.group!.collapsed).toBe(true);
    const nodes = [...grouped].sort((a, b) => compareVi(a.name, b.name)).map((data) => ({ data }));
    regroupSorted<{ data: GridRow }>(nodes, 'field');
    expect(nodes.map((n) => (n.data.group ? '#' + n.data.group.key : n.data.id))).toEqual([
      '#Hộ tịch',
      3,
      1,
      '#Xây dựng',
      2,
    ]);
  });
  it('sorts Vietnamese names in dictionary order, not byte order', () => {
    const names = ['Đa', 'Ăn', 'Ba', 'Dz', 'An'];
    expect([...names].sort(compareVi)).toEqual(['An', 'Ăn', 'Ba', 'Dz', 'Đa']);
    expect([...names].sort()).not.toEqual(['An', 'Ăn', 'Ba', 'Dz', 'Đa']);
  });
});
