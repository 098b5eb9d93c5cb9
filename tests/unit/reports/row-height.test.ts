/**
 * Row heights of the xlsx writer: the line count without splitting gives exactly what splitting into paragraphs and
 * words gave (the rule the written files were made with), for ordinary report text and for every kind of
 * whitespace JavaScript's \s knows.
 */
import { describe, expect, test } from 'vitest';
import { linesFor, rowHeight } from '../../../electron/backend/reports/xlsx/stream-helpers';
import { createPrng } from '../../../electron/tools/prng';

/** The rule as first written: split('\n') into paragraphs, split(/\s+/) into words, greedy wrapping. */
function linesBySplitting(text: string, width: number): number {
  const perLine = Math.max(1, Math.floor(width) - 1);
  let lines = 0;
  for (const para of text.split('\n')) {
    let used = 0;
    let count = 1;
    for (const word of para.split(/\s+/)) {
      const w = word.length;
      if (used === 0) used = w;
      else if (used + 1 + w <= perLine) used += 1 + w;
      else {
        count++;
        used = w;
      }
      while (used > perLine) {
        count++;
        used -= perLine;
      }
    }
    lines += count;
  }
  return Math.max(1, lines);
}

const SPACES = [' ', '\t', '\r', '\v', '\f', '\u00a0', '\u1680', '\u2003', '\u200a', '\u2028', '\u2029'];
const MORE_SPACES = ['\u202f', '\u205f', '\u3000', '\ufeff'];
const NOT_SPACES = ['\u200b', '\u0085', '\u180e', '-', 'đ', 'Ữ', '😀'];

describe('linesFor', () => {
  test('known texts', () => {
    expect(linesFor('', 10)).toBe(1);
    expect(linesFor('\n', 10)).toBe(2);
    expect(linesFor('abc def ghi', 8)).toBe(2);
    expect(linesFor('x'.repeat(25), 11)).toBe(3);
    expect(linesFor('Trực tiếp: 03 ngày làm việc\nTrực tuyến: 02 ngày', 22)).toBe(3);
    expect(linesFor('  leading and trailing  ', 1)).toBe(linesBySplitting('  leading and trailing  ', 1));
  });

  test('the same count as splitting into paragraphs and words, for 20,000 random texts', () => {
    const next = createPrng(20261126).next;
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!;
    const alphabet = [
      ...SPACES,
      ...MORE_SPACES,
      ...NOT_SPACES,
      '\n',
      '\n\n',
      'a',
      'bc',
      'khai sinh',
      'x'.repeat(30),
    ];
    for (let n = 0; n < 20_000; n++) {
      const parts = Array.from({ length: Math.floor(next() * 40) }, () => pick(alphabet));
      const text = parts.join('');
      const width = pick([1, 1.5, 2, 6, 13.8, 22, 44, 120]);
      expect(linesFor(text, width), JSON.stringify({ text, width })).toBe(linesBySplitting(text, width));
    }
  });

  test('texts whose only whitespace is spaces and line breaks (the common case) count the same', () => {
    const next = createPrng(7).next;
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!;
    const alphabet = [
      ' ',
      '  ',
      '\n',
      '\n\n',
      'a',
      'bc',
      'Trực tiếp:',
      'đ',
      'x'.repeat(50),
      '- 64/2025/TT-BTC',
    ];
    for (let n = 0; n < 20_000; n++) {
      const text = Array.from({ length: Math.floor(next() * 60) }, () => pick(alphabet)).join('');
      const width = pick([1, 2, 6, 13, 22, 30, 44]);
      expect(linesFor(text, width), JSON.stringify({ text, width })).toBe(linesBySplitting(text, width));
    }
  });

  test('counting may stop at a limit: below it the count is exact, from it the result is at least the limit', () => {
    const next = createPrng(11).next;
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!;
    const alphabet = [' ', '\n', '\t', '\u00a0', 'word', 'x'.repeat(20)];
    for (let n = 0; n < 5_000; n++) {
      const text = Array.from({ length: Math.floor(next() * 80) }, () => pick(alphabet)).join('');
      const width = pick([4, 10, 22]);
      const limit = pick([1, 2, 5, 26]);
      const exact = linesBySplitting(text, width);
      const limited = linesFor(text, width, limit);
      if (exact < limit) expect(limited, JSON.stringify({ text, width, limit })).toBe(exact);
      else expect(limited, JSON.stringify({ text, width, limit })).toBeGreaterThanOrEqual(limit);
    }
  });

  test('row heights: the tallest cell, capped at Excel’s 409 points', () => {
    expect(rowHeight([{ text: 'a', width: 10 }])).toBe(19);
    expect(
      rowHeight([
        { text: 'a\nb\nc', width: 10 },
        { text: 'a', width: 10 },
      ]),
    ).toBe(51);
    expect(rowHeight([{ text: '- x\n'.repeat(100), width: 44 }])).toBe(409);
    // 25 lines fit (397 points); 26 reach the cap, whatever follows.
    expect(rowHeight([{ text: 'a\n'.repeat(24) + 'a', width: 10 }])).toBe(397);
    expect(rowHeight([{ text: 'a\n'.repeat(25) + 'a', width: 10 }])).toBe(409);
    expect(
      rowHeight([
        { text: 'a\n'.repeat(30), width: 10 },
        { text: 'b', width: 10 },
      ]),
    ).toBe(409);
  });
});
