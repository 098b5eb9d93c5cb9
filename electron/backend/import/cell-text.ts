import { convertLegacyText } from '../../shared/text/legacy-encoding';
import { cleanText } from '../../shared/text/normalize';
import type { RawCell } from './raw-workbook';

/** A piece of cell text and the font it is drawn in (rich text has several). */
export interface Run {
  text: string;
  font?: string | undefined;
}

/** Text runs → one cleaned cell: each run decoded from TCVN3/VNI when its font (or its characters) say so. */
export function cellFrom(
  runs: Run[],
  cellFont: string | undefined,
  extra: { f?: true } = {},
): RawCell | null {
  let enc: 'TCVN3' | 'VNI' | undefined;
  const text = runs
    .map((run) => {
      const c = convertLegacyText(run.text, run.font ?? cellFont);
      if (c.encoding) enc ??= c.encoding;
      return c.text;
    })
    .join('');
  const v = cleanText(text);
  return v === '' ? null : { v, k: 's', ...extra, ...(enc ? { enc } : {}) };
}
