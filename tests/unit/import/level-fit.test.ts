import { describe, expect, it } from 'vitest';
import { levelFit, levelsOf } from '../../../electron/backend/import/level-fit';
import type { Candidate } from '../../../electron/backend/import/list-rows';

const row = (record: Candidate['record']): Candidate => ({
  code: '1.000001',
  sheet: 'S',
  row: 2,
  record,
  unit: {},
  problems: [],
});
const levels = (record: Candidate['record']) => [...levelsOf(row(record))].sort();

describe('the level a procedure is carried out at, read from the file', () => {
  it('from the "Cấp thực hiện" column when the file has one', () => {
    expect(levels({ levels: ['Cấp xã'] })).toEqual(['XA']);
    expect(levels({ levels: ['Cấp bộ', 'Cấp tỉnh', 'Cấp xã'] })).toEqual(['BO', 'TINH', 'XA']);
    expect(levels({ levels: ['Cơ quan khác'] })).toEqual([]);
    // The column wins over the agencies.
    expect(levels({ levels: ['Cấp tỉnh'], executingAgencies: 'Ủy ban nhân dân cấp xã' })).toEqual(['TINH']);
  });

  it('else from the names of the agencies that carry it out', () => {
    expect(levels({ executingAgencies: 'Ủy ban nhân dân cấp xã' })).toEqual(['XA']);
    expect(levels({ executingAgencies: 'UBND cấp  xã' })).toEqual(['XA']);
    expect(levels({ executingAgencies: 'Công an cấp Xã' })).toEqual(['XA']);
    expect(levels({ executingAgencies: 'Sở Tư Pháp' })).toEqual(['TINH']);
    expect(levels({ executingAgencies: 'Chủ tịch ủy ban nhân dân cấp tỉnh\nSở Tư Pháp' })).toEqual(['TINH']);
    expect(levels({ executingAgencies: 'Cục Bổ trợ tư pháp' })).toEqual(['BO']);
    expect(levels({ executingAgencies: 'Bộ Tư pháp\nỦy ban nhân dân cấp tỉnh' })).toEqual(['BO', 'TINH']);
    expect(levels({ executingAgencies: 'Cơ quan đại diện Việt Nam ở nước ngoài' })).toEqual(['BO']);
    expect(levels({ executingAgencies: 'Vụ Quy hoạch - Kiến trúc' })).toEqual(['BO']);
    expect(levels({ executingAgencies: 'Ủy ban nhân dân cấp huyện' })).toEqual(['HUYEN']);
    // The authority when no executing agency is named.
    expect(levels({ executingAgencies: '', authorityAgencies: 'Chủ tịch UBND cấp xã' })).toEqual(['XA']);
  });

  it('does not take look-alike words for a level', () => {
    expect(levels({ executingAgencies: 'Bộ phận một cửa' })).toEqual([]);
    expect(levels({ executingAgencies: 'Cơ sở đăng kiểm (xe cơ giới, xe máy chuyên dùng)' })).toEqual([]);
    expect(levels({ executingAgencies: 'Trung tâm dịch vụ việc làm' })).toEqual([]);
    expect(levels({ executingAgencies: 'Chi cục đường thủy nội địa' })).toEqual([]);
    expect(levels({ executingAgencies: 'Văn phòng Đăng ký đất đai' })).toEqual([]);
    expect(levels({ executingAgencies: 'Bộ phận tiếp nhận và trả kết quả của Sở' })).toEqual(['TINH']);
  });

  it('warns when most rows whose level is known are not at the unit level, never for a ministry', () => {
    const set = (...l: ('BO' | 'TINH' | 'XA')[]) => new Set(l);
    const file = [set('XA'), set('TINH'), set('TINH'), set('BO'), set('BO'), set('TINH', 'BO'), set(), set()];
    expect(levelFit(file, 'XA')).toEqual({ level: 'XA', fitting: 1, notFitting: 5, unknown: 2, warn: true });
    expect(levelFit(file, 'TINH')).toMatchObject({ fitting: 3, notFitting: 3, warn: false });
    expect(levelFit(file, 'BO')).toMatchObject({ fitting: 3, notFitting: 3, warn: false });
    expect(levelFit([set('TINH'), set('TINH'), set('TINH'), set('TINH')], 'XA').warn).toBe(false); // fewer than 5
    expect(
      levelFit(
        Array.from({ length: 9 }, () => set('TINH')),
        'BO',
      ).warn,
    ).toBe(false);
  });
});
