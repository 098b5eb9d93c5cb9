/**
 * The writer's own page breaks. Rows are placed on the current page until the next one does not fit; then a
 * manual break goes before it (before the group headings that end the page, so a heading is never left alone
 * at the bottom). Every later page starts with the repeated table header. The sheet prints at 100 %, so Excel
 * and LibreOffice break exactly here, not somewhere the writer did not measure.
 */
import type { Worksheet } from 'exceljs';

interface Placed {
  row: number;
  height: number;
  keepWithNext: boolean;
  keepWithPrevious: boolean;
}

/** exceljs's streaming worksheet keeps manual row breaks in this list and writes them when it commits. */
interface WithRowBreaks {
  rowBreaks: { id: number; max: number; man: number }[];
}

export class Pager {
  private used: number;
  private onPage: Placed[] = [];
  /** Row numbers after which a page ends (for tests and the layout checks). */
  readonly breaks: number[] = [];

  constructor(
    private readonly ws: Worksheet,
    private readonly pageHeight: number,
    private readonly repeatHeight: number,
    firstPageUsed: number,
  ) {
    this.used = firstPageUsed;
  }

  /** Room left on the current page, in points. */
  get room(): number {
    return this.pageHeight - this.used;
  }

  /** Room a row has on a page of its own (below the repeated header). */
  get pageRoom(): number {
    return this.pageHeight - this.repeatHeight;
  }

  private breakBefore(row: number): void {
    (this.ws as unknown as WithRowBreaks).rowBreaks.push({ id: row - 1, max: 16383, man: 1 });
    this.breaks.push(row - 1);
    this.used = this.repeatHeight;
    this.onPage = [];
  }

  /**
   * Places a row; a row that does not fit starts the next page, taking along the headings that end this page
   * (and, for a total row `keepWithPrevious`, the row above it).
   */
  place(row: number, height: number, keepWithNext = false, keepWithPrevious = false): void {
    if (this.used + height > this.pageHeight + 0.01 && this.onPage.length > 0) {
      let i = this.onPage.length;
      if (keepWithPrevious) i--;
      while (i > 0 && this.onPage[i - 1]!.keepWithNext) i--;
      const moved = i > 0 ? this.onPage.slice(i) : [];
      this.breakBefore(moved[0]?.row ?? row);
      for (const m of moved) this.push(m);
    }
    this.push({ row, height, keepWithNext, keepWithPrevious });
  }

  private push(p: Placed): void {
    this.used += p.height;
    this.onPage.push(p);
  }

  /** Keeps a block of `height` (the signature) on the page of the last row, moving that row along if needed. */
  keepTogether(height: number): void {
    if (this.used + height <= this.pageHeight) {
      this.used += height;
      return;
    }
    // The last row goes along (a total row with the row above it), unless that would empty the page.
    let i = this.onPage.length - 1;
    while (i > 0 && this.onPage[i]!.keepWithPrevious) i--;
    if (i > 0) {
      const moved = this.onPage.slice(i);
      this.breakBefore(moved[0]!.row);
      for (const m of moved) this.push(m);
    } else if (this.onPage.length > 0) {
      this.breakBefore(this.onPage.at(-1)!.row + 1);
    }
    this.used += height;
  }
}
