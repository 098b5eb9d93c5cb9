import { describe, expect, test } from 'vitest';
import { isWhitespace } from '../../../electron/shared/text/whitespace';

describe('isWhitespace', () => {
  test('is exactly /\\s/ for every UTF-16 code unit', () => {
    const differ: string[] = [];
    for (let c = 0; c < 0x10000; c++)
      if (isWhitespace(c) !== /\s/.test(String.fromCharCode(c))) differ.push(c.toString(16));
    expect(differ).toEqual([]);
  });
});
