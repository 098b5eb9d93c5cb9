/** Roman numerals for the lĩnh vực group rows of official lists (I, II, III … as in Phần I of a decision). */
const TABLE: readonly (readonly [number, string])[] = [
  [1000, 'M'],
  [900, 'CM'],
  [500, 'D'],
  [400, 'CD'],
  [100, 'C'],
  [90, 'XC'],
  [50, 'L'],
  [40, 'XL'],
  [10, 'X'],
  [9, 'IX'],
  [5, 'V'],
  [4, 'IV'],
  [1, 'I'],
];

export function toRoman(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 3999) throw new RangeError(`no Roman numeral for ${n}`);
  let out = '';
  let left = n;
  for (const [value, letters] of TABLE) {
    while (left >= value) {
      out += letters;
      left -= value;
    }
  }
  return out;
}
