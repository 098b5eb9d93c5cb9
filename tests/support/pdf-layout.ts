/**
 * Reads reports the way a manager receives them: LibreOffice prints the .xlsx files to PDF (one soffice call for
 * all of them) and poppler's `pdftotext -bbox-layout` gives every word with its box. The checks:
 * - overlapping words (a motto that wraps into itself, text drawn over its neighbour);
 * - words outside the printable area (beyond the margins; only the page number lives in the footer);
 * - text missing from its cell: every row's printed characters must lie inside that row's band on its page,
 *   where the bands come from the workbook itself (row heights, the writer's page breaks, repeated headers), so a
 *   row too short for its text, whose last lines are clipped or spill into the next row, fails;
 * - doubled words ("Điều Điều", "khoản Khoản").
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { DumpedSheet, DumpedWorkbook } from './xlsx-reader';

export interface Word {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  text: string;
}

export interface PdfPage {
  width: number;
  height: number;
  words: Word[];
  /** Text of each block, its lines joined, in reading order (for the doubled-word check). */
  blocks: string[];
}

/** Why the layout checks cannot run here, or null when soffice and pdftotext are installed. */
export function missingTools(): string | null {
  for (const tool of ['soffice', 'pdftotext'])
    if (spawnSync('sh', ['-c', `command -v ${tool}`]).status !== 0)
      return `${tool} is not installed (apt-get install libreoffice-calc-nogui poppler-utils)`;
  return null;
}

/**
 * The font LibreOffice prints "Times New Roman" with. The reports are measured in Times New Roman; without it or
 * its metric twin Liberation Serif, LibreOffice substitutes a wider font and the pages would not be the ones a
 * Windows office prints, so the layout checks refuse to run (with this reason) rather than pass or fail at random.
 */
export function timesFontProblem(): string | null {
  const r = spawnSync('fc-match', ['Times New Roman'], { encoding: 'utf8' });
  if (r.status !== 0) return null; // no fontconfig: LibreOffice uses the system's own fonts (Windows, macOS)
  return /Times New Roman|Liberation Serif/.test(r.stdout)
    ? null
    : `"Times New Roman" prints as ${r.stdout.trim()}; install fonts-liberation2 (its metric-compatible twin)`;
}

/** Converts every file to PDF in one soffice call (its start-up is most of the cost); returns the PDF paths. */
export function printToPdf(files: readonly string[], outDir: string): string[] {
  const profile = mkdtempSync(join(tmpdir(), 'lo-'));
  try {
    execFileSync(
      'soffice',
      [
        `-env:UserInstallation=file://${profile}`,
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        outDir,
        ...files,
      ],
      { stdio: 'pipe', timeout: 240_000 },
    );
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  return files.map((f) => join(outDir, basename(f).replace(/\.[^.]+$/, '.pdf')));
}

const unescape = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');

export function readPdf(pdf: string): PdfPage[] {
  const html = execFileSync('pdftotext', ['-bbox-layout', pdf, '-'], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  return html
    .split('<page ')
    .slice(1)
    .map((p) => {
      const [, w, h] = /width="([\d.]+)" height="([\d.]+)"/.exec(p)!;
      const words: Word[] = [];
      const blocks: string[] = [];
      for (const block of p.split('<block ').slice(1)) {
        const inBlock: string[] = [];
        for (const m of block.matchAll(
          /<word xMin="([\d.-]+)" yMin="([\d.-]+)" xMax="([\d.-]+)" yMax="([\d.-]+)">([^<]*)<\/word>/g,
        )) {
          const word = { x0: +m[1]!, y0: +m[2]!, x1: +m[3]!, y1: +m[4]!, text: unescape(m[5]!) };
          words.push(word);
          inBlock.push(word.text);
        }
        blocks.push(inBlock.join(' '));
      }
      return { width: +w!, height: +h!, words, blocks };
    });
}

/** Pairs of words whose boxes overlap by more than a fifth of the smaller one. */
export function overlaps(page: PdfPage): string[] {
  const ws = [...page.words].sort((a, b) => a.y0 - b.y0);
  const hits: string[] = [];
  for (let i = 0; i < ws.length; i++) {
    const a = ws[i]!;
    for (let j = i + 1; j < ws.length && ws[j]!.y0 < a.y1; j++) {
      const b = ws[j]!;
      const ox = Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);
      const oy = Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0);
      const smaller = Math.min((a.x1 - a.x0) * (a.y1 - a.y0), (b.x1 - b.x0) * (b.y1 - b.y0));
      if (ox > 1 && oy > 1 && ox * oy > 0.2 * smaller) hits.push(`"${a.text}" on "${b.text}"`);
    }
  }
  return hits;
}

const INCH = 72;
const FOOTER_WORD = /^(Trang|\d+\/\d+)$/;

/** Words outside the margins of the sheet (the footer's page number excepted). */
export function outsidePrintable(page: PdfPage, margins: DumpedSheet['margins']): string[] {
  const left = margins.left * INCH - 2;
  const right = page.width - margins.right * INCH + 2;
  const top = margins.top * INCH - 2;
  const bottom = page.height - margins.bottom * INCH + 2;
  return page.words
    .filter((w) => w.x0 < left || w.x1 > right || w.y0 < top || (w.y1 > bottom && !FOOTER_WORD.test(w.text)))
    .map((w) => `"${w.text}" at (${w.x0.toFixed(0)}, ${w.y0.toFixed(0)})`);
}

/** A legal keyword written twice ("Điều Điều 88", "khoản Khoản 2"): the officer typed it and the app added it. */
const DOUBLED = /(?:^|\s)(điều|khoản|điểm)\s+\1(?=\s|$|[,.;:])/giu;

export function doubledWords(page: PdfPage): string[] {
  return page.blocks.flatMap((b) => [...b.matchAll(DOUBLED)].map((m) => m[0].trim()));
}

/** The printed characters of a text: no whitespace, no invisible format characters (a stray U+200E prints nothing). */
const chars = (s: string) => s.normalize('NFKC').replace(/[\s\p{Cf}\p{Cc}]+/gu, '');

/** Character counts of a text (whitespace left out). */
function countChars(s: string, into = new Map<string, number>()): Map<string, number> {
  for (const ch of chars(s)) into.set(ch, (into.get(ch) ?? 0) + 1);
  return into;
}

interface Band {
  page: number;
  top: number;
  bottom: number;
  rows: number[];
}

/**
 * Where each row prints, from the workbook: pages end after the writer's row breaks; every page after the first
 * starts with the repeated header rows; rows stack from the top margin at their heights (printed at 100 %).
 */
export function rowBands(s: DumpedSheet): { bands: Map<number, Band>; pages: number } {
  // Printers round row heights down to whole pixels (0.75 pt); the writer's heights already are.
  const height = (r: number) => Math.floor((s.rowHeights[String(r)] ?? 15) / 0.75 + 1e-9) * 0.75;
  const breaks = new Set(s.rowBreaks);
  const [t1, t2] = (s.printTitleRows ?? '').replace(/\$/g, '').split(':').map(Number);
  const bands = new Map<number, Band>();
  let page = 0;
  let y = s.margins.top * INCH;
  for (let r = 1; r <= s.maxRow; r++) {
    if (breaks.has(r - 1)) {
      page++;
      y = s.margins.top * INCH;
      if (t1 && t2) for (let t = t1; t <= t2; t++) y += height(t);
    }
    bands.set(r, { page, top: y, bottom: y + height(r), rows: [r] });
    y += height(r);
  }
  return { bands, pages: page + 1 };
}

/** Rows whose text is not all printed inside the row (clipped, or pushed into the next row). */
export function textOutsideItsRow(s: DumpedSheet, pages: readonly PdfPage[]): string[] {
  const { bands } = rowBands(s);
  const rowOf = (ref: string) => Number(/\d+$/.exec(ref)![0]);
  // A cell merged over several rows prints in the band of all of them.
  const span = new Map<number, number>();
  for (const m of s.merged) {
    const [a, b] = m.split(':').map(rowOf) as [number, number];
    if (b > a) span.set(a, b);
  }
  const expected = new Map<number, { text: string[]; last: number }>();
  for (const [ref, cell] of Object.entries(s.cells)) {
    if (typeof cell.v !== 'string' || cell.t === 'f') continue;
    const r = rowOf(ref);
    const e = expected.get(r) ?? { text: [], last: r };
    e.text.push(cell.v);
    e.last = Math.max(e.last, span.get(r) ?? r);
    expected.set(r, e);
  }
  const problems: string[] = [];
  for (const [r, e] of expected) {
    const first = bands.get(r)!;
    const last = bands.get(e.last)!;
    const page = pages[first.page];
    if (!page) {
      problems.push(`row ${r}: page ${first.page + 1} was not printed`);
      continue;
    }
    const found = new Map<string, number>();
    for (const w of page.words) {
      const mid = (w.y0 + w.y1) / 2;
      if (mid >= first.top - 1 && mid <= last.bottom + 1) countChars(w.text, found);
    }
    const want = countChars(e.text.join(' '));
    const missing: string[] = [];
    for (const [ch, n] of want) if ((found.get(ch) ?? 0) < n) missing.push(ch);
    if (missing.length)
      problems.push(
        `${s.name} row ${r} (page ${first.page + 1}): ${missing.slice(0, 12).join('')} missing from "${e.text.join(' | ').slice(0, 80)}…"`,
      );
  }
  return problems;
}

export interface LayoutReport {
  file: string;
  pages: number;
  /** Pages the writer laid out (its breaks + 1 per sheet); differs from `pages` when the printer broke on its own. */
  plannedPages: number;
  overlaps: string[];
  outside: string[];
  doubled: string[];
  missing: string[];
}

/** Every check on one report: its workbook (read back independently) and its PDF pages. */
export function checkLayout(file: string, book: DumpedWorkbook, pdfPages: readonly PdfPage[]): LayoutReport {
  const margins = book.sheets[0]!.margins;
  const each = (check: (p: PdfPage) => string[]) =>
    pdfPages.flatMap((p, i) => check(p).map((h) => `p.${i + 1}: ${h}`));
  const planned = book.sheets.map((s) => rowBands(s).pages);
  const plannedPages = planned.reduce((a, b) => a + b, 0);
  const missing: string[] = [];
  if (plannedPages !== pdfPages.length)
    missing.push(
      `the writer laid out ${plannedPages} pages, LibreOffice printed ${pdfPages.length}: rows were measured wrong`,
    );
  else {
    let offset = 0;
    book.sheets.forEach((s, i) => {
      missing.push(...textOutsideItsRow(s, pdfPages.slice(offset, offset + planned[i]!)));
      offset += planned[i]!;
    });
  }
  return {
    file: basename(file),
    pages: pdfPages.length,
    plannedPages,
    overlaps: each(overlaps),
    outside: each((p) => outsidePrintable(p, margins)),
    doubled: each(doubledWords),
    missing,
  };
}
