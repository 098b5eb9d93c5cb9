/**
 * Test fixture: the Vietnamese letters built from first principles (base letter + combining
 * marks, then NFC), independent of the tables under test.
 */
export const SHAPED: ReadonlyArray<{ letter: string; ascii: string; marks: string }> = [
  { letter: 'a', ascii: 'a', marks: '' },
  { letter: 'ă', ascii: 'a', marks: '\u0306' },
  { letter: 'â', ascii: 'a', marks: '\u0302' },
  { letter: 'e', ascii: 'e', marks: '' },
  { letter: 'ê', ascii: 'e', marks: '\u0302' },
  { letter: 'i', ascii: 'i', marks: '' },
  { letter: 'o', ascii: 'o', marks: '' },
  { letter: 'ô', ascii: 'o', marks: '\u0302' },
  { letter: 'ơ', ascii: 'o', marks: '\u031B' },
  { letter: 'u', ascii: 'u', marks: '' },
  { letter: 'ư', ascii: 'u', marks: '\u031B' },
  { letter: 'y', ascii: 'y', marks: '' },
];

/** none, huyền, hỏi, ngã, sắc, nặng */
export const TONES = ['', '\u0300', '\u0309', '\u0303', '\u0301', '\u0323'] as const;

export interface VietLetter {
  letter: string;
  ascii: string;
}

/** All 72 lower-case vowels with every tone (including the 6 plain ASCII ones). */
export const LOWER_VOWELS: readonly VietLetter[] = SHAPED.flatMap((s) =>
  TONES.map((t) => ({ letter: (s.ascii + s.marks + t).normalize('NFC'), ascii: s.ascii })),
);

/** The 134 non-ASCII letters (66 vowels + đ, both cases), the set the legacy tables must cover. */
export const NON_ASCII_LETTERS: readonly string[] = (() => {
  const lower = LOWER_VOWELS.map((v) => v.letter).filter((l) => l.charCodeAt(0) > 0x7f);
  lower.push('đ');
  return [...lower, ...lower.map((l) => l.toUpperCase())];
})();
