/**
 * A small layout check of a document as LibreOffice prints it: convert to PDF (headless, a throw-away profile),
 * read every word's box with `pdftotext -bbox-layout`, and report words that leave the page or overlap another.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';

export interface LayoutReport {
  pages: number;
  words: number;
  offPage: string[];
  overlaps: string[];
}

export function toPdf(files: string[], outDir: string): string[] {
  mkdirSync(outDir, { recursive: true });
  const profile = join(outDir, 'lo-profile');
  execFileSync(
    'soffice',
    [
      '--headless',
      '--norestore',
      `-env:UserInstallation=${pathToFileURL(profile).href}`,
      '--convert-to',
      'pdf',
      '--outdir',
      outDir,
      ...files,
    ],
    { stdio: 'ignore', timeout: 180_000 },
  );
  return files.map((f) => join(outDir, basename(f).replace(/\.[^.]+$/, '.pdf')));
}

export function layoutOf(pdf: string): LayoutReport {
  const html = execFileSync('pdftotext', ['-bbox-layout', pdf, '-'], {
    maxBuffer: 64 * 1024 * 1024,
  }).toString();
  const report: LayoutReport = { pages: 0, words: 0, offPage: [], overlaps: [] };
  for (const page of html.split('<page ').slice(1)) {
    report.pages++;
    const w = Number(/width="([\d.]+)"/.exec(page)![1]);
    const h = Number(/height="([\d.]+)"/.exec(page)![1]);
    const words = [
      ...page.matchAll(
        /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g,
      ),
    ].map((m) => ({ x0: +m[1]!, y0: +m[2]!, x1: +m[3]!, y1: +m[4]!, text: m[5]! }));
    report.words += words.length;
    for (const a of words)
      if (a.x0 < 0 || a.y0 < 0 || a.x1 > w + 0.5 || a.y1 > h + 0.5) report.offPage.push(a.text);
    // Overlap: two words sharing more than a sliver of area (kerning and accents touch, they do not overlap).
    for (let i = 0; i < words.length; i++)
      for (let j = i + 1; j < words.length; j++) {
        const a = words[i]!;
        const b = words[j]!;
        const ox = Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);
        const oy = Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0);
        if (
          ox > 1 &&
          oy > 1 &&
          ox * oy > 0.25 * Math.min((a.x1 - a.x0) * (a.y1 - a.y0), (b.x1 - b.x0) * (b.y1 - b.y0))
        )
          report.overlaps.push(`${a.text} / ${b.text}`);
      }
  }
  return report;
}

export const pdfText = (pdf: string) => execFileSync('pdftotext', ['-layout', pdf, '-']).toString();
export const readBytes = (f: string) => readFileSync(f);
