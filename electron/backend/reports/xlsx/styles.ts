/** Typography of the official forms (NĐ 30/2020/NĐ-CP: Times New Roman) and the number formats of the cells. */
import type { Alignment, Borders, Font, Style } from 'exceljs';
import type { ColumnKind } from './sink';

export const FONT_NAME = 'Times New Roman';
export const BODY_SIZE = 12;

export const font = (o: Partial<Font> = {}): Partial<Font> => ({ name: FONT_NAME, size: BODY_SIZE, ...o });

const thin = { style: 'thin' as const, color: { argb: 'FF000000' } };
export const THIN_BORDER: Partial<Borders> = { top: thin, left: thin, bottom: thin, right: thin };

/**
 * Vietnamese number formats: the [$-42A] locale tag makes LibreOffice print 1.234.567 and 68,40 whatever the
 * computer's language; Excel prints the separators of the computer's regional settings (Vietnamese ones on a
 * Vietnamese Windows), which the tag does not override.
 */
const VI = '[$-42A]';
export const NUM_FMT: Record<ColumnKind, string> = {
  stt: '0',
  text: '@', // Text: re-editing a cell in Excel keeps it text (reliability-perf.md §2.4)
  int: `${VI}#,##0`,
  money: `${VI}#,##0`, // whole đồng; the header says (đ)
  pct: `${VI}0.00`,
  hours: `${VI}#,##0`,
  date: 'dd/mm/yyyy',
};

/**
 * Money and hours are exact (the cost engine never rounds midway): a value with a fraction of a đồng or an hour
 * shows its decimals (at most 3) so the printed rows add up to the printed totals.
 */
const FRACTION_FMT = `${VI}#,##0.0##`;

export function numFmtFor(kind: ColumnKind, value: unknown): string {
  if ((kind === 'money' || kind === 'hours') && typeof value === 'number' && !Number.isInteger(value))
    return FRACTION_FMT;
  return NUM_FMT[kind];
}

export function alignFor(kind: ColumnKind): Partial<Alignment> {
  const horizontal = kind === 'text' ? 'left' : kind === 'stt' || kind === 'date' ? 'center' : 'right';
  return { horizontal, vertical: 'top', wrapText: true };
}

/** Which borders a physical row draws: a whole row, or the first, a middle or the last part of a split one. */
export type RowEdge = 'whole' | 'first' | 'middle' | 'last' | 'none';

export interface CellLook {
  kind: ColumnKind;
  bold?: boolean;
  italic?: boolean;
  edge?: RowEdge;
  horizontal?: Alignment['horizontal'];
  numFmt?: string;
  size?: number;
}

const cellStyles = new Map<string, Readonly<Partial<Style>>>();
/** The style of a look object per edge: the sheets share their look objects, so this is a lookup, not a key. */
const byLook = new WeakMap<CellLook, Map<RowEdge, Readonly<Partial<Style>>>>();

function bordersFor(edge: RowEdge): Partial<Borders> {
  if (edge === 'whole') return THIN_BORDER;
  if (edge === 'none') return {};
  return {
    left: thin,
    right: thin,
    ...(edge === 'first' ? { top: thin } : {}),
    ...(edge === 'last' ? { bottom: thin } : {}),
  };
}

/**
 * The style of a table cell, one frozen object per look. exceljs's writer remembers the style id of each
 * style object it has seen, so sharing the object spares it re-serialising the font, border and format of every
 * cell to find that id (a fifth of the time of a 10k-row report). Frozen because every cell holding it would
 * change with it.
 */
export function cellStyle(look: CellLook, edge: RowEdge = look.edge ?? 'whole'): Readonly<Partial<Style>> {
  let known = byLook.get(look);
  if (!known) byLook.set(look, (known = new Map<RowEdge, Readonly<Partial<Style>>>()));
  const found = known.get(edge);
  if (found) return found;
  const style = styleFor(look, edge);
  known.set(edge, style);
  return style;
}

function styleFor(look: CellLook, edge: RowEdge): Readonly<Partial<Style>> {
  const numFmt = look.numFmt ?? NUM_FMT[look.kind];
  const key = `${look.kind}|${look.bold ? 1 : 0}|${look.italic ? 1 : 0}|${edge}|${look.horizontal ?? ''}|${numFmt}|${look.size ?? BODY_SIZE}`;
  let style = cellStyles.get(key);
  if (!style) {
    const align = alignFor(look.kind);
    style = Object.freeze({
      font: Object.freeze(
        font({ bold: look.bold ?? false, italic: look.italic ?? false, size: look.size ?? BODY_SIZE }),
      ),
      alignment: Object.freeze({ ...align, horizontal: look.horizontal ?? align.horizontal }),
      border: bordersFor(edge),
      numFmt,
    });
    cellStyles.set(key, style);
  }
  return style;
}

/** Page numbers centred in the footer, in the body font. */
export const FOOTER = `&C&"${FONT_NAME},Regular"&10Trang &P/&N`;
