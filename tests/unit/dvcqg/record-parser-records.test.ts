/**
 * The DVCQG record parser on more real records (khai sinh, chứng thực, GPXD, HĐND-set fees, odd step markers).
 * Expected values were read by hand from the raw JSONL text.
 */
import { describe, expect, it } from 'vitest';
import { findComponent, get } from './fixture';

describe('1.001193 Thủ tục đăng ký khai sinh', () => {
  it('reads the bare "1" time as unspecified unit and "Miễn phí" as 0', () => {
    for (const c of get('1.001193').entry.channels) {
      expect(c).toMatchObject({ timeValue: 1, timeUnit: 'UNSPECIFIED', timeText: '1' });
      expect(c.fees).toEqual([
        { kind: 'KHAC', amount: 0, setBy: null, currency: 'VND', perUnit: '', text: '' },
      ]);
    }
  });

  it('keeps "phải nộp" / "phải xuất trình" / "Lưu ý" groups and tells notes from documents', () => {
    const groups = get('1.001193').entry.componentGroups;
    // The notes come after every group of documents (the portal lists them before the forms).
    expect(groups.map((g) => g.heading)).toEqual([
      'Giấy tờ phải nộp:',
      'Giấy tờ phải xuất trình:',
      '',
      'Lưu ý:',
    ]);
    expect(findComponent('1.001193', 'Hộ chiếu/Thẻ căn cước công dân')).toMatchObject({
      copyRequirement: 'PRESENT_ONLY',
      isNote: false,
    });
    expect(
      findComponent('1.001193', 'Trường hợp người yêu cầu đã nộp bản điện tử Giấy chứng sinh'),
    ).toMatchObject({
      originalQty: 0,
      isNote: true,
      copyRequirement: null,
    });
    expect(groups.at(-1)?.components.every((c) => c.isNote)).toBe(true);
    // "(được chứng thực) … thì văn bản ủy quyền không phải chứng thực": depends on the case → unknown.
    expect(findComponent('1.001193', 'Văn bản ủy quyền (được chứng thực)').copyRequirement).toBeNull();
  });

  it('splits glued legal codes ("Luật 60/2014/QH1360/2014/QH13") and reads the result code', () => {
    const e = get('1.001193').entry;
    expect(e.legalBases).toContainEqual(
      expect.objectContaining({ code: '60/2014/QH13', name: 'Luật 60/2014/QH13' }),
    );
    expect(e.legalBases).toContainEqual(expect.objectContaining({ code: '66.7/2025/NQ-CP' }));
    expect(e.legalBases).toContainEqual(
      expect.objectContaining({
        code: '03/2023/TT-BTP',
        name: 'Thông tư số 03/2023/TT-BTP ngày 02/8/2023 của Bộ trưởng Bộ Tư pháp',
      }),
    );
    expect(e.results).toEqual([{ name: 'Giấy khai sinh', code: 'KQ.G15.000031' }]);
    expect(e.steps.at(-1)?.title).toMatch(/^Lưu ý — /u);
  });
});

describe("dossier components in the record's own order", () => {
  it("1.001612: the dossier every applicant files first, then the (i)…(v) cases in their numbers' order", () => {
    // The portal lists the "ủy quyền" group first and its items as (iv), (v), (ii), (iii), (i).
    const groups = get('1.001612').entry.componentGroups;
    expect(groups[0]?.heading).toBe('');
    expect(groups[0]?.components[0]?.name).toMatch(/^Giấy đề nghị đăng ký hộ kinh doanh/u);
    expect(groups[1]?.heading).toMatch(/^Trường hợp ủy quyền/u);
    expect(groups[1]?.components.map((c) => /^\((\w+)\)/u.exec(c.name)?.[1] ?? '-')).toEqual([
      'i',
      'ii',
      'iii',
      'iv',
      'v',
      '-',
    ]);
  });

  it('1.005280: numbered items (1)…(7) of each case in order; unnumbered items keep their place', () => {
    for (const g of get('1.005280').entry.componentGroups) {
      const numbers = g.components.flatMap((c) => /^\((\d+)\)/u.exec(c.name)?.[1] ?? []).map(Number);
      expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
    }
    const kept = get('2.000720')
      .entry.componentGroups.at(-1)!
      .components.map((c) => c.name.slice(0, 5));
    expect(kept).toEqual(['(i) T', '(ii) ', '(iii)', 'Trườn', '(iv) ', '(v) N']);
  });
});

describe('other real records', () => {
  it('2.000815 chứng thực bản sao: one Trực tiếp channel with a VND per-page fee and a USD per-copy fee', () => {
    const ch = get('2.000815').entry.channels;
    expect(ch).toHaveLength(1);
    expect(ch[0]?.method).toBe('TRUC_TIEP');
    expect(ch[0]?.fees.map((f) => [f.amount, f.currency, f.perUnit])).toEqual([
      [2000, 'VND', 'trang'],
      [10, 'USD', 'bản'],
    ]);
    expect(ch[0]?.description).toContain('tối đa thu không quá 200.000 đồng/bản');
  });

  it('1.013225 GPXD: Trực tiếp 15 ngày, Trực tuyến 20 ngày, fee set by the HĐND (no amount)', () => {
    const e = get('1.013225').entry;
    const direct = e.channels.find((c) => c.method === 'TRUC_TIEP');
    const online = e.channels.find((c) => c.method === 'TRUC_TUYEN');
    expect(direct).toMatchObject({ timeValue: 15, timeUnit: 'CALENDAR_DAY' });
    expect(online).toMatchObject({ timeValue: 20, timeUnit: 'CALENDAR_DAY' });
    expect(online?.fees[0]).toMatchObject({ amount: null, setBy: 'HDND_TINH' });
    expect(e.results[0]?.code).toBe('KQ.G17.000311');
    expect(e.componentGroups.map((g) => g.heading)).toContain('(1.7) Đối với công trình nhà ở riêng lẻ:');
  });

  it('1.004901: "Miễn phí" whose note hands the rate to the HĐND is not free', () => {
    for (const c of get('1.004901').entry.channels) {
      expect(c.fees[0]).toMatchObject({ amount: null, setBy: 'HDND_TINH', kind: 'LE_PHI' });
    }
  });

  it('1.012538: rows of one method with different times stay separate channels', () => {
    const direct = get('1.012538').entry.channels.filter((c) => c.method === 'TRUC_TIEP');
    expect(direct.map((c) => c.timeValue)).toEqual([2, 5, 3]);
    expect(direct.every((c) => c.fees.length === 0)).toBe(true); // "Không có thông tin": unknown, not free
  });

  it('2.001428: "Bước N" without a colon still splits steps', () => {
    const steps = get('2.001428').entry.steps;
    expect(steps[0]?.title).toBe('Bước 1: Tiếp nhận hồ sơ');
    expect(steps[1]?.title).toMatch(/^Bước 2: Chuyển hồ sơ phòng Văn hoá - Xã hội/u);
  });
});
