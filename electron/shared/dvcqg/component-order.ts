/**
 * The record's own order of "Thành phần hồ sơ", where the national portal's export loses it: the portal lists
 * a group's enumerated items in storage order ("(iv) … (v) … (ii) … (iii) … (i) …") and may put a conditional
 * group ("Trường hợp ủy quyền…") before the dossier every applicant files. The enumerators and the headings
 * still say the order, so it is put back: enumerated items by their numbers, the main group(s) first.
 */
import type { ComponentGroup } from '../domain';
import { toRoman } from '../text/roman';

const ENUMERATOR_RE = /^\s*(?:\(([a-zđ0-9]{1,6})\)|([a-zđ0-9]{1,6})[).])\s*/iu;
const VI_LETTERS = 'abcdđefghiklmnopqrstuvxy';
const ROMAN = new Map(Array.from({ length: 40 }, (_, i) => [toRoman(i + 1).toLowerCase(), i + 1]));

type Reader = (token: string) => number | undefined;
const READERS: Reader[] = [
  (s) => ROMAN.get(s),
  (s) => (s.length === 1 && VI_LETTERS.includes(s) ? VI_LETTERS.indexOf(s) + 1 : undefined),
  (s) => (/^\d{1,2}$/u.test(s) ? Number(s) : undefined),
];

/** The items' numbers read one way (roman, letters, digits) when they are exactly 1…n, else null. */
function numbering(tokens: string[]): number[] | null {
  for (const read of READERS) {
    const keys = tokens.map(read);
    if (keys.some((k) => k === undefined)) continue;
    const seen = new Set(keys);
    if (seen.size === keys.length && keys.every((k) => k! >= 1 && k! <= keys.length)) return keys as number[];
  }
  return null;
}

/** Enumerated items back in their numbers' order, in the places they occupy; other items stay where they are. */
function inEnumeratedOrder<T extends { name: string }>(items: T[]): T[] {
  const at: number[] = [];
  const tokens: string[] = [];
  items.forEach((item, i) => {
    const m = ENUMERATOR_RE.exec(item.name);
    if (!m) return;
    at.push(i);
    tokens.push((m[1] ?? m[2] ?? '').toLowerCase());
  });
  if (at.length < 2) return items;
  const keys = numbering(tokens);
  if (!keys || keys.every((k, i) => i === 0 || k > keys[i - 1]!)) return items;
  const sorted = at.map((index, i) => ({ item: items[index]!, key: keys[i]! })).sort((a, b) => a.key - b.key);
  const out = [...items];
  at.forEach((index, i) => (out[index] = sorted[i]!.item));
  return out;
}

const CONDITIONAL_HEADING_RE =
  /^(?:\(?[a-zđ0-9]{1,4}[).]\s*)?(?:Trường hợp|Đối với trường hợp|Nếu|Riêng)|lưu ý/iu;

/** Groups with no condition in their heading (the dossier everyone files) before the conditional ones; stable. */
export function inRecordOrder(groups: ComponentGroup[]): ComponentGroup[] {
  const ordered = groups.map((g) => ({ ...g, components: inEnumeratedOrder(g.components) }));
  const main = ordered.filter((g) => !CONDITIONAL_HEADING_RE.test(g.heading));
  const conditional = ordered.filter((g) => CONDITIONAL_HEADING_RE.test(g.heading));
  return [...main, ...conditional];
}
