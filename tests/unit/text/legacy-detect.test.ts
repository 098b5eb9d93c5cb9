import { describe, expect, test } from 'vitest';
import {
  convertLegacyText,
  detectLegacyEncoding,
  encodeTcvn3,
  encodeVni,
} from '../../../electron/shared/text/legacy-encoding';
import { ADMIN_STRINGS } from './fixtures/admin-strings';

describe('detectLegacyEncoding', () => {
  /** Vietnamese written only with letters that exist in Latin-1: the hardest Unicode cells to rule out. */
  const LATIN1_ONLY_UNICODE = [
    'Tây Ninh',
    'Hòa Bình',
    'Cà Mau',
    'cá nhân',
    'Long Biên',
    'Công an',
    'Bình Chánh',
    'Tân Bình',
    'Hóc Môn',
    'Tiên Yên',
    'Kiên Giang',
    'Trà Vinh',
    'Lào Cai',
    'Nhà Bè',
    'Thái Bình',
    'Yên Bái',
    'Khánh Hòa',
    'Thanh Hóa',
    'Lai Châu',
    'Tuyên Quang',
    'Hà Giang',
    'Ninh Bình',
    'Xã Tân Hòa',
    'Cô Tô',
    'Công chứng',
    'Thành phố',
    'Giáo dục',
    '«Hòa Bình»',
    '© 2024',
    'a × b',
    'Müller',
    'Citroën',
    'Microsoft®',
    'Công ty ABC®',
    'Copyright © 2024',
    'Noël',
  ];
  const ASCII = ['1.001193', 'Bo Tu phap', 'GPXD', '', '   ', 'Ma TTHC 2.000986', 'ISO 9001:2015'];

  type Label = 'TCVN3' | 'VNI' | null;
  const labelled: Array<{ text: string; label: Label; font?: string }> = [];
  for (const s of ADMIN_STRINGS) {
    labelled.push({ text: s, label: null, font: 'Times New Roman' });
    labelled.push({ text: encodeTcvn3(s, { lowerUnrepresentable: true }), label: 'TCVN3', font: '.VnTime' });
    labelled.push({ text: encodeVni(s), label: 'VNI', font: 'VNI-Times' });
    labelled.push({
      text: encodeTcvn3(s.toUpperCase(), { uppercaseFont: true }),
      label: 'TCVN3',
      font: '.VnTimeH',
    });
  }
  for (const s of [...LATIN1_ONLY_UNICODE, ...ASCII]) labelled.push({ text: s, label: null, font: 'Arial' });

  test(`labelled mix of ${labelled.length} cells: ≥ 95% right without a font, zero Unicode cells flagged`, () => {
    expect(labelled.length).toBeGreaterThanOrEqual(300);
    let right = 0;
    for (const c of labelled) {
      const got = detectLegacyEncoding(c.text);
      if (got === c.label) right++;
      if (c.label === null) expect(got, c.text).toBeNull();
    }
    expect(right / labelled.length).toBeGreaterThanOrEqual(0.95);
  });

  test('100% right with the font hint', () => {
    for (const c of labelled) expect(detectLegacyEncoding(c.text, c.font), c.text).toBe(c.label);
  });

  test('genuine Unicode Vietnamese is never legacy, even in a cell formatted with a legacy font', () => {
    for (const s of ADMIN_STRINGS) {
      if ([...s].some((ch) => ch.charCodeAt(0) > 0xff)) {
        expect(detectLegacyEncoding(s, '.VnTime'), s).toBeNull();
        expect(detectLegacyEncoding(s, 'VNI-Times'), s).toBeNull();
        expect(convertLegacyText(s, '.VnTimeH')).toEqual({ text: s, encoding: null });
      }
    }
  });

  test('the font hint wins over statistics', () => {
    const vniLooking = encodeVni('Thủ tục');
    expect(detectLegacyEncoding(vniLooking)).toBe('VNI');
    expect(detectLegacyEncoding(vniLooking, '.VnTime')).toBe('TCVN3');
  });

  test('convertLegacyText decodes detected cells and leaves the rest alone', () => {
    expect(convertLegacyText('Thuû tuïc haønh chính')).toEqual({
      text: 'Thủ tục hành chính',
      encoding: 'VNI',
    });
    expect(convertLegacyText('Thñ tôc hµnh chÝnh')).toEqual({
      text: 'Thủ tục hành chính',
      encoding: 'TCVN3',
    });
    expect(convertLegacyText('Thủ tục hành chính')).toEqual({ text: 'Thủ tục hành chính', encoding: null });
    expect(convertLegacyText('Hòa Bình')).toEqual({ text: 'Hòa Bình', encoding: null });
  });
});
