/** Typography and page rules of the official forms (NĐ 30/2020/NĐ-CP: Times New Roman, A4, margins). */
import type { Alignment, Borders, Font, Style } from 'exceljs';
import type { ColumnKind } from './sink';

export const FONT_NAME = 'Times New Roman';
export const BODY_SIZE = 12;

export const font = (o: Partial<Font> = {}): Partial<Font> => ({ name: FONT_NAME, size: BODY_SIZE, ...o });

const thin = { style: 'thin' as const, color: { argb: 'FF000000' } };
export const THIN_BORDER: Partial<Borders> = { top: thin, left: thin, bottom: thin, right: thin };

export const NUM_FMT: Record<ColumnKind, string> = {
  stt: '0',
  text: '@', // Text: re-editing a cell in Excel keeps it text (reliability-perf.md §2.4)
  int: '#,##0',
  money: '#,##0', // whole đồng; the header says (đ)
  pct: '0.00',
  hours: '#,##0.###',
  date: 'dd/mm/yyyy',
};

export function alignFor(kind: ColumnKind): Partial<Alignment> {
  const horizontal = kind === 'text' ? 'left' : kind === 'stt' || kind === 'date' ? 'center' : 'right';
  return { horizontal, vertical: 'top', wrapText: true };
}

const cellStyles = new Map<string, Readonly<Partial<Style>>>();

/**
 * The style of a table cell of this kind, one frozen object per (kind, bold). exceljs's writer remembers the
 * style id of each style object it has seen, so sharing the object spares it re-serialising the font, border
 * and format of every cell to find that id (a fifth of the time of a 10k-row report). Frozen because every
 * cell holding it would change with it: a cell that needs something else gets a new object (restyled()).
 */
export function cellStyle(kind: ColumnKind, bold: boolean): Readonly<Partial<Style>> {
  const key = `${kind}:${bold ? 'b' : ''}`;
  let style = cellStyles.get(key);
  if (!style) {
    style = Object.freeze({
      font: Object.freeze(font({ bold })),
      alignment: Object.freeze(alignFor(kind)),
      border: THIN_BORDER,
      numFmt: NUM_FMT[kind],
    });
    cellStyles.set(key, style);
  }
  return style;
}

/** A copy of `style` with some parts replaced (never mutates a shared style). */
export function restyled(style: Partial<Style>, patch: Partial<Style>): Partial<Style> {
  return { ...style, ...patch };
}

/** Margins in inches: left 30 mm, right 15 mm, top/bottom 20 mm (NĐ 30/2020 Phụ lục I). */
export const MARGINS = { left: 1.18, right: 0.59, top: 0.79, bottom: 0.79, header: 0.3, footer: 0.3 };

/** Page numbers centred in the footer, in the body font. */
export const FOOTER = `&C&"${FONT_NAME},Regular"&10Trang &P/&N`;
