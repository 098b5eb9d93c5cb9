/**
 * The inventory's search rule (electron/shared/text/search.ts): which words match, how matches rank, and where a
 * row found only in hidden text was found, on the 54 real procedures of the demo inventory.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { searchTextOf } from '../../../db/queries/search-text';
import type { ProcedureRecord } from '../../../electron/shared/domain';
import { compareVi } from '../../../electron/shared/text/collate';
import { fold } from '../../../electron/shared/text/fold';
import {
  columnTier,
  compareMatches,
  foldColumns,
  hasPhrase,
  matchesQuery,
  MatchTier,
  parseSearch,
  placeOf,
  type MatchPlace,
} from '../../../electron/shared/text/search';

const demo = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../../../db/seed/demo-inventory.json'), 'utf8'),
) as ProcedureRecord[];

const matches = (text: string, query: string) => matchesQuery(fold(text), parseSearch(query));

/** The ranked search over the demo records in memory, as the backend ranks them (without SQL). */
function search(query: string): { code: string; name: string; tier: number; place?: MatchPlace | null }[] {
  const q = parseSearch(query);
  const found = [];
  for (const r of demo) {
    const tier = columnTier(foldColumns(r), q);
    if (tier !== null) found.push({ code: r.code, name: r.name, tier });
    else if (hasPhrase(searchTextOf(r), q)) {
      const place = placeOf(
        {
          authority: r.authorityAgencies,
          subjects: r.subjects,
          steps: r.steps.map((s) => `${s.title} ${s.text} ${s.actor}`),
          documents: r.componentGroups.flatMap((g) =>
            g.components.map((c) => ({ name: c.name, text: `${c.name} ${c.formName}`, note: c.isNote })),
          ),
        },
        q,
      );
      found.push({ code: r.code, name: r.name, tier: MatchTier.TEXT, place });
    }
  }
  return found.sort(compareMatches);
}
const codes = (query: string) => search(query).map((m) => m.code);

describe('which words match', () => {
  test('accent-free, case-insensitive, đ = d', () => {
    expect(matches('Thủ tục Đăng ký khai sinh', 'dang ky khai sinh')).toBe(true);
    expect(matches('Thủ tục Đăng ký khai sinh', 'ĐĂNG KÝ')).toBe(true);
    expect(matches('Quyền sử dụng đất', 'DAT')).toBe(true);
    expect(matches('Uỷ ban nhân dân', 'ủy ban')).toBe(true);
  });

  test('only at the start of a word: never inside one', () => {
    expect(matches('Thủ tục Đăng ký khai sinh', 'ang')).toBe(false);
    expect(matches('Thủ tục Đăng ký khai sinh', 'inh')).toBe(false);
    expect(matches('Đăng ký tạm trú', 'tru')).toBe(true);
    // After punctuation a word starts too.
    expect(matches('(Ban hành kèm theo)', 'ban')).toBe(true);
    expect(matches('cha/mẹ', 'me')).toBe(true);
  });

  test('a code by its start, typed with its dots', () => {
    expect(matches('1.001193', '1.0011')).toBe(true);
    expect(matches('1.001193', '1.0012')).toBe(false);
    expect(matches('1.001193', '1193')).toBe(false);
  });

  test('"khai tu" finds "khai tử", never the "tục" of "Thủ tục"', () => {
    expect(matches('Thủ tục đăng ký khai tử', 'khai tu')).toBe(true);
    expect(matches('Thủ tục đăng ký khai sinh', 'khai tu')).toBe(false);
    expect(matches('Thủ tục đăng ký khai sinh', 'tu')).toBe(true); // alone, the word being typed
    expect(matches('Thủ tục đăng ký khai sinh', 'tuc khai')).toBe(true);
    expect(matches('Hộ tịch; Tư pháp — khai sinh', 'khai tu')).toBe(true); // "tư" is a whole word
  });

  test('every word but the last must be whole; the last continues the word before it', () => {
    expect(matches('Đăng ký khai sinh', 'dang ky khai s')).toBe(true);
    expect(matches('Đăng ký khai sinh', 'dan ky')).toBe(false);
    expect(matches('Khai sinh, đăng ký lại', 'khai sinh dang k')).toBe(true);
    expect(matches('Đăng ký lại khai sinh', 'dang ky k')).toBe(false);
    expect(matches('Đăng ký lại khai sinh', 'dang ky khai')).toBe(true);
    expect(matches('Đăng ký khai sinh', 'sinh dang')).toBe(true);
  });

  test('in hidden text the words must follow one another', () => {
    const step = fold('Công chức tư pháp - hộ tịch tiếp nhận hồ sơ đăng ký khai sinh của trẻ em');
    expect(hasPhrase(step, parseSearch('dang ky khai sinh'))).toBe(true);
    expect(hasPhrase(step, parseSearch('dang ky khai si'))).toBe(true);
    expect(hasPhrase(step, parseSearch('tu phap ho tich'))).toBe(true); // punctuation between words is fine
    expect(hasPhrase(step, parseSearch('khai sinh dang ky'))).toBe(false);
    expect(hasPhrase(step, parseSearch('ho so tre em'))).toBe(false);
  });
});

describe('ranking on the 54 demo procedures', () => {
  test('"dang ky khai sinh" puts 1.001193 first, the exact phrase before scattered words', () => {
    const found = search('dang ky khai sinh');
    expect(found[0]).toMatchObject({ code: '1.001193', tier: MatchTier.NAME_START });
    expect(found.slice(0, 4).map((m) => [m.code, m.tier])).toEqual([
      ['1.001193', MatchTier.NAME_START],
      ['2.000528', MatchTier.NAME_START],
      ['2.000986', MatchTier.NAME_PHRASE], // "Liên thông … về đăng ký khai sinh, …"
      ['1.004884', MatchTier.NAME_WORDS], // "Thủ tục đăng ký lại khai sinh"
    ]);
    // The rest only mention it in their dossier or steps, last, each saying where.
    for (const m of found.slice(4)) {
      expect(m.tier).toBe(MatchTier.TEXT);
      expect(m.place).not.toBeNull();
    }
  });

  test('"khai tu" is the khai tử procedures, not the 46 "Thủ tục …" ones', () => {
    const found = search('khai tu');
    expect(found[0]).toMatchObject({ code: '1.000656', name: 'Thủ tục đăng ký khai tử' });
    expect(found.length).toBeLessThan(6);
    expect(codes('khai tu')).not.toContain('1.001193');
  });

  test('a code first, then names, then lĩnh vực and agencies, then hidden text', () => {
    expect(search('1.0011')).toEqual([
      { code: '1.001193', name: 'Thủ tục đăng ký khai sinh', tier: MatchTier.CODE },
    ]);
    const tiers = search('ho tich').map((m) => m.tier);
    expect(tiers).toEqual([...tiers].sort((a, b) => a - b));
    expect(new Set(tiers)).toContain(MatchTier.COLUMNS); // "Hộ tịch" as lĩnh vực
  });

  test('inside a tier, Vietnamese alphabetical order of the name', () => {
    const found = search('cap');
    expect(found.length).toBeGreaterThan(3);
    for (const tier of new Set(found.map((m) => m.tier))) {
      const names = found.filter((m) => m.tier === tier).map((m) => m.name);
      expect(names).toEqual([...names].sort(compareVi));
    }
    // "Cấp …" (or "Thủ tục cấp …") names before names that hold "cấp" later on.
    const start = found.findIndex((m) => m.tier === MatchTier.NAME_PHRASE);
    expect(start).toBeGreaterThan(0);
    for (const m of found.slice(0, start)) expect(fold(m.name)).toMatch(/^(thu tuc )?cap /);
  });

  test('a match only in a step says which step', () => {
    const found = search('tu phap');
    expect(found.length).toBeGreaterThan(5);
    expect(found.every((m) => m.tier === MatchTier.TEXT)).toBe(true);
    expect(found.find((m) => m.code === '1.001193')?.place).toEqual({ part: 'step', step: 3 });
  });
});
