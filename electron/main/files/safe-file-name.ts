import { resolve, sep } from 'node:path';

/**
 * File names built from data (a report named after a unit, a procedure), per reliability-perf.md §2.6: NFC,
 * no `/ \ : * ? " < > |` or control characters, no Windows reserved device names, no trailing dots or spaces,
 * a bounded length (in UTF-16 units, well under every file system's 255-byte limit for Vietnamese text).
 */
const RESERVED = /^(con|prn|aux|nul|com[1-9]|lpt[1-9])(\..*)?$/i;
const MAX_LENGTH = 120;

export function safeFileName(raw: string, fallback = 'TinhGon'): string {
  // eslint-disable-next-line no-control-regex
  let name = raw.normalize('NFC').replace(/[\u0000-\u001f\u007f/\\:*?"<>|]/g, ' ');
  name = name.replace(/\s+/g, ' ').trim();
  const dot = name.lastIndexOf('.');
  const ext =
    dot >= 0 && name.length - dot <= 6 && /^\.[\p{L}\p{N}]+$/u.test(name.slice(dot)) ? name.slice(dot) : '';
  let stem = (ext ? name.slice(0, dot) : name).slice(0, MAX_LENGTH - ext.length);
  stem = stem.replace(/^[. ]+|[. ]+$/g, ''); // no leading dot (hidden file), no trailing dot/space (Windows)
  if (!stem) stem = fallback;
  else if (RESERVED.test(stem)) stem = `${stem}_`;
  return `${stem}${ext}`;
}

/** True when `name` resolved in `dir` stays directly inside `dir` (the last check of §2.6). */
export function staysInside(dir: string, name: string): boolean {
  const base = resolve(dir);
  const full = resolve(base, name);
  return full.startsWith(base + sep) && !full.slice(base.length + 1).includes(sep);
}
