/**
 * The DVCQG record parser against the real 2026 commune-level records. Expected values were read by hand
 * from the raw JSONL text. More records in record-parser-records.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { InventoryEntry, PROCEDURE_CODE_RE } from '../../../electron/shared/domain';
import {
  normaliseProcedureCode,
  parseDvcqgJsonl,
  parseDvcqgRecord,
} from '../../../electron/shared/dvcqg/record-parser';
import { findComponent, get, parsed, rawLines, strings } from './fixture';

describe('the whole 2026 commune-level file', () => {
  it('is present and has 334 records', () => {
    expect(rawLines).toHaveLength(334);
    expect(parsed).toHaveLength(334);
  });

  it('parses every record into a valid InventoryEntry whose code is the raw code', () => {
    rawLines.forEach((line, i) => {
      const raw = JSON.parse(line) as { ma_thu_tuc: string };
      const entry = parsed[i]?.entry;
      expect(entry?.code).toBe(raw.ma_thu_tuc);
      expect(entry?.code).toMatch(PROCEDURE_CODE_RE);
      expect(() => InventoryEntry.parse(entry)).not.toThrow();
    });
  });

  it('finds at least one channel for (almost) every record, and steps for most', () => {
    const withChannels = parsed.filter((p) => p.entry.channels.length > 0).length;
    const withSteps = parsed.filter((p) => p.entry.steps.length > 0).length;
    expect(withChannels / parsed.length).toBeGreaterThanOrEqual(0.95);
    expect(withSteps / parsed.length).toBeGreaterThanOrEqual(0.9);
  });

  it('outputs only NFC, trimmed strings', () => {
    for (const p of parsed) {
      for (const s of strings(p.entry)) {
        expect(s).toBe(s.normalize('NFC'));
        expect(s).toBe(s.trim());
      }
    }
  });
});

describe('1.002755 Gia hạn tạm trú', () => {
  it('has Trực tuyến 3 ngày làm việc 5,000 đ and Trực tiếp 3 ngày làm việc 10,000 đ', () => {
    const [online, direct] = get('1.002755').entry.channels;
    expect(online).toMatchObject({
      method: 'TRUC_TUYEN',
      timeValue: 3,
      timeUnit: 'WORKING_DAY',
      timeText: '3 Ngày làm việc',
    });
    expect(online?.fees).toHaveLength(1);
    expect(online?.fees[0]).toMatchObject({
      amount: 5000,
      currency: 'VND',
      setBy: null,
      perUnit: 'lần đăng ký',
    });
    expect(direct).toMatchObject({ method: 'TRUC_TIEP', timeValue: 3, timeUnit: 'WORKING_DAY' });
    expect(direct?.fees[0]).toMatchObject({ amount: 10000, currency: 'VND', perUnit: 'người/lần đăng ký' });
    expect(direct?.description).toMatch(/^- Nộp hồ sơ trực tiếp tại Công an cấp xã\./u);
  });

  it('splits "Bước 1..5" into five ordered steps with actors', () => {
    const steps = get('1.002755').entry.steps;
    expect(steps.map((s) => s.title.slice(0, 7))).toEqual([
      'Bước 1:',
      'Bước 2:',
      'Bước 3:',
      'Bước 4:',
      'Bước 5:',
    ]);
    expect(steps[0]).toMatchObject({
      title: 'Bước 1: Cá nhân, tổ chức chuẩn bị hồ sơ theo quy định của pháp luật',
      actor: 'Cá nhân, tổ chức',
    });
    expect(steps[2]?.actor).toBe('cơ quan đăng ký cư trú');
    expect(steps[2]?.text).toContain('mẫu CT06 ban hành kèm theo Thông tư số 66/2023/TT-BCA');
  });

  it('reads groups, quantities and the form file glued to the name', () => {
    const groups = get('1.002755').entry.componentGroups;
    expect(groups[0]?.heading).toBe('Gia hạn tạm trú theo danh sách, hồ sơ gồm:');
    expect(groups[0]?.components[0]).toMatchObject({
      name: 'Tờ khai thay đổi thông tin cư trú (của từng người) (Mẫu CT01 ban hành kèm theo Thông tư số 53/2025/TT-BCA).',
      formName: '1.MuCT01banhnhkmtheoThngts53.doc',
      originalQty: 1,
      copyQty: 0,
      copyRequirement: 'ORIGINAL',
      isNote: false,
      required: true,
    });
    expect(findComponent('1.002755', 'Lưu ý').isNote).toBe(true);
  });
});

describe('1.001612 Đăng ký thành lập hộ kinh doanh', () => {
  it('keeps a different fee per channel and marks them as set by the HĐND tỉnh', () => {
    const ch = get('1.001612').entry.channels;
    expect(ch.map((c) => c.method)).toEqual(['TRUC_TUYEN', 'BUU_CHINH', 'TRUC_TIEP']);
    expect(ch.map((c) => c.fees[0]?.amount)).toEqual([150000, 150000, 50000]);
    for (const c of ch) {
      expect(c).toMatchObject({ timeValue: null, timeUnit: 'UNSPECIFIED', timeText: 'Không có thông tin' });
      expect(c.fees[0]).toMatchObject({ kind: 'LE_PHI', setBy: 'HDND_TINH', currency: 'VND' });
      expect(c.fees[0]?.text).toMatch(/^- Mức lệ phí cụ thể do Hội đồng nhân dân tỉnh quyết định/u);
    }
  });

  it('has the authorisation copy and the ID-card copy as separate components', () => {
    expect(findComponent('1.001612', 'Giấy đề nghị đăng ký hộ kinh doanh')).toMatchObject({
      originalQty: 1,
      copyQty: 0,
      required: true,
    });
    const mandate = findComponent('1.001612', 'Bản sao văn bản ủy quyền của thành viên hộ gia đình');
    expect(mandate).toMatchObject({
      originalQty: 0,
      copyQty: 1,
      copyRequirement: 'CERTIFIED_COPY',
      isNote: false,
    });
    const idCard = findComponent('1.001612', 'Trường hợp chưa có tài khoản định danh điện tử');
    expect(idCard.name).toContain('bản sao thẻ Căn cước hoặc thẻ Căn cước công dân còn hiệu lực');
    expect(idCard).toMatchObject({ originalQty: 0, copyQty: 1, isNote: false, required: false });
    // "(i) … Văn bản ủy quyền này không bắt buộc phải công chứng, chứng thực" → a plain copy.
    expect(findComponent('1.001612', '(i) Trường hợp ủy quyền cho cá nhân').copyRequirement).toBe(
      'PLAIN_COPY',
    );
  });

  it('reads the two scenarios of steps and the legal bases and results', () => {
    const e = get('1.001612').entry;
    expect(e.steps[0]?.title).toMatch(
      /^Trường hợp đăng ký trực tiếp hoặc đăng ký qua dịch vụ bưu chính — Chủ hộ kinh doanh/u,
    );
    expect(e.steps[1]).toMatchObject({
      actor: 'Cơ quan đăng ký kinh doanh cấp xã',
      durationValue: 3,
      durationUnit: 'WORKING_DAY',
    });
    expect(e.steps.at(-1)?.title).toMatch(/^Trường hợp đăng ký qua mạng thông tin điện tử — /u);
    expect(e.legalBases.map((l) => l.code)).toEqual([
      '76/2025/QH15',
      '68/2025/TT-BTC',
      '168/2025/NĐ-CP',
      '85/2019/TT-BTC',
      '59/2020/QH14',
    ]);
    expect(e.legalBases[0]?.name).toBe('Luật sửa đổi, bổ sung một số điều của Luật Doanh nghiệp 2020');
    expect(e.legalBases[4]?.name).toBe('Luật Doanh nghiệp');
    expect(e.results).toEqual([
      {
        name: 'Thông báo bằng văn bản nội dung cần sửa đổi, bổ sung của Cơ quan đăng ký kinh doanh cấp xã',
        code: 'KQ.G12.001009',
      },
      { name: 'Giấy chứng nhận đăng ký hộ kinh doanh', code: 'KQ.G12.001041' },
    ]);
    expect(e.levels).toEqual(['Cấp bộ', 'Cấp xã']);
    expect(e.issuingAgency).toBe('Bộ Tài chính');
    expect(e.executingAgencies).toBe(''); // "Không có thông tin"
  });
});

describe('robustness on dirty or hostile input', () => {
  it.each([
    null,
    undefined,
    42,
    'text',
    [],
    {},
    { ma_thu_tuc: 1.00398 },
    { ma_thu_tuc: 'abc', cach_thuc_thuc_hien: 7 },
  ])('never throws and returns a valid entry for %j', (input) => {
    const { entry, warnings } = parseDvcqgRecord(input);
    expect(() => InventoryEntry.parse(entry)).not.toThrow();
    expect(warnings.length).toBeGreaterThan(0);
  });

  it('re-pads a code that lost trailing zeros and keeps it text', () => {
    expect(normaliseProcedureCode('1.00398')).toBe('1.003980');
    expect(normaliseProcedureCode(1.00398)).toBe('1.003980');
    expect(normaliseProcedureCode('1.001193.01')).toBe('1.001193.01');
  });

  it('normalises NFD input to NFC', () => {
    const nfd = 'Thủ tục đăng ký khai sinh'.normalize('NFD');
    const { entry } = parseDvcqgRecord({
      ma_thu_tuc: '1.001193',
      ten_thu_tuc: `  ${nfd}  `,
      cach_thuc_thuc_hien: `Hình thức nộpThời gianPhí, lệ phíMô tảTrực tiếp1${'Miễn phí'.normalize('NFD')}`,
    });
    expect(entry.name).toBe('Thủ tục đăng ký khai sinh');
    expect(entry.channels[0]?.fees[0]?.amount).toBe(0);
  });

  it('reports a bad JSON line instead of failing the whole file', () => {
    const results = parseDvcqgJsonl(
      `{"ma_thu_tuc":"1.000894","ten_thu_tuc":"Thủ tục đăng ký kết hôn"}\n{oops\n`,
    );
    expect(results).toHaveLength(2);
    expect(results[0]?.entry.name).toBe('Thủ tục đăng ký kết hôn');
    expect(results[1]?.warnings.some((w) => w.message.includes('không phải JSON'))).toBe(true);
  });
});
