import { describe, expect, test } from 'vitest';
import { cleanMultiline, cleanText } from '../../../electron/shared/text/normalize';

describe('cleanText', () => {
  test('composes NFD input to NFC', () => {
    const nfd = 'Hòa Bình Thủ tục'.normalize('NFD');
    expect(nfd).not.toBe('Hòa Bình Thủ tục');
    const out = cleanText(nfd);
    expect(out).toBe('Hòa Bình Thủ tục'.normalize('NFC'));
    expect(out.normalize('NFC')).toBe(out);
  });

  test('removes zero-width space and BOM anywhere', () => {
    expect(cleanText('\uFEFFĐăng\u200B ký\u200B')).toBe('Đăng ký');
  });

  test('keeps U+00AD, which is the letter ư in TCVN3 text', () => {
    expect(cleanText('ng\u00ADêi')).toBe('ng\u00ADêi');
  });

  test('normalises CRLF and lone CR to LF and trims the ends', () => {
    expect(cleanText('  Bước 1\r\nBước 2\rBước 3\n  ')).toBe('Bước 1\nBước 2\nBước 3');
  });

  test('keeps inner spacing as typed', () => {
    expect(cleanText('a  b\tc')).toBe('a  b\tc');
  });

  test('empty and blank input give the empty string', () => {
    expect(cleanText('')).toBe('');
    expect(cleanText(' \u200B\r\n\uFEFF ')).toBe('');
  });
});

describe('cleanMultiline', () => {
  test('trims every line and drops empty lines at the ends', () => {
    expect(cleanMultiline('\r\n  Bước 1:  nộp hồ sơ  \r\n   Bước 2: nhận kết quả \r\n\r\n  \n')).toBe(
      'Bước 1:  nộp hồ sơ\nBước 2: nhận kết quả',
    );
  });

  test('keeps blank lines between paragraphs', () => {
    expect(cleanMultiline('a\n\n  b  ')).toBe('a\n\nb');
  });

  test('applies the cleanText rules to every line', () => {
    expect(cleanMultiline('Thu\u0309 tu\u0323c\u200B\r\n\uFEFFHo\u0300a')).toBe('Thủ tục\nHòa');
  });

  test('blank input gives the empty string', () => {
    expect(cleanMultiline('\n \n\t\n')).toBe('');
  });
});
