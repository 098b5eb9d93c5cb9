/**
 * File names built from data (reliability-perf.md §2.6): NFC, no / \ : * ? " < > | or control characters,
 * no Windows reserved names, no trailing dots or spaces, bounded length. Vietnamese letters are kept.
 */
import { isAbsolute, relative, resolve } from 'node:path';

const RESERVED = /^(con|prn|aux|nul|com[1-9]|lpt[1-9])$/i;
const MAX_STEM = 120;

export function safeFileName(name: string, fallback = 'bao-cao'): string {
  const dot = name.lastIndexOf('.');
  const hasExt = dot > 0 && /^\.[a-z0-9]{1,5}$/i.test(name.slice(dot));
  const ext = hasExt ? name.slice(dot).toLowerCase() : '';
  let stem = (hasExt ? name.slice(0, dot) : name)
    .normalize('NFC')
    // eslint-disable-next-line no-control-regex
    .replace(/[/\\:*?"<>|\u0000-\u001F\u007F]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, MAX_STEM)
    .replace(/[. ]+$/, '');
  if (!stem || RESERVED.test(stem.split('.')[0] ?? '')) stem = stem ? `${stem}_` : fallback;
  return stem + ext;
}

/** Resolves `name` inside `dir` and refuses anything that would land outside it. */
export function pathInside(dir: string, name: string): string {
  const full = resolve(dir, name);
  const rel = relative(resolve(dir), full);
  if (!rel || rel.startsWith('..') || isAbsolute(rel)) throw new Error(`unsafe file name: ${name}`);
  return full;
}

/** "Danh mục TTHC - UBND xã Minh họa - 26-11-2026.xlsx" */
export function proposedFileName(title: string, unitName: string, isoDate: string, ext = 'xlsx'): string {
  const [y, m, d] = isoDate.split('-');
  return safeFileName(`${title} - ${unitName} - ${d}-${m}-${y}.${ext}`);
}
