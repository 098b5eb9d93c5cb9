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
});
