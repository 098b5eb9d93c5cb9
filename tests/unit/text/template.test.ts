import { describe, expect, test } from 'vitest';
import { fillTemplate } from '../../../electron/shared/text/template';

describe('fillTemplate', () => {
  test('fills every placeholder, numbers as text, repeated names each time', () => {
    expect(fillTemplate('Dòng {row} của "{sheet}" ({row})', { row: 12, sheet: 'Danh mục' })).toBe(
      'Dòng 12 của "Danh mục" (12)',
    );
  });

  test('a missing or null value is empty by default, or what `missing` says (the UI shows the placeholder)', () => {
    const params = { a: 'x', b: null } as unknown as Record<string, string>;
    expect(fillTemplate('{a}-{b}-{c}', params)).toBe('x--');
    expect(fillTemplate('{a}-{c}', params, (n) => `{${n}}`)).toBe('x-{c}');
  });

  test('{name|one|many} is the word for that count: one only for exactly 1', () => {
    const t = '{n} {n|day|days}';
    expect(fillTemplate(t, { n: 1 })).toBe('1 day');
    expect(fillTemplate(t, { n: '1' })).toBe('1 day');
    expect(['0', '1.5', '2', '1,000'].map((n) => fillTemplate(t, { n }))).toEqual([
      '0 days',
      '1.5 days',
      '2 days',
      '1,000 days',
    ]);
  });
});
