import { isUtf8 } from 'node:buffer';
import { constants, inflateRawSync } from 'node:zlib';
import { INVALID_BYTES } from '../../shared/text/invalid-text';
import { ApiFailure } from '../api-failure';
import type { ImportLimits } from './limits';

/**
 * Checks run on the raw bytes BEFORE any xlsx parser sees them (reliability-perf.md §2.5): file type by magic
 * bytes, the zip central directory (entry count, declared sizes, compression ratio, encryption flag), and,
 * inside the worker, every worksheet part inflated under a size cap and verified to end properly — exceljs's
 * readers either crash obscurely or silently return a truncated sheet's first rows.
 */
export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  uncompressedSize: number;
  localOffset: number;
}

const OLE2_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ENCRYPTED_PACKAGE = Buffer.from('EncryptedPackage', 'utf16le');

function refuse(code: string, file: string, params: Record<string, string | number> = {}): never {
  throw new ApiFailure(code, { file, ...params });
}

const mb = (n: number) => (n / 1024 / 1024).toFixed(1);

/** File type and central directory; returns the entries or throws a user-facing ApiFailure. */
export function precheckXlsx(buf: Buffer, file: string, limits: ImportLimits): ZipEntry[] {
  if (buf.length === 0) refuse('IMPORT_EMPTY_FILE', file);
  if (buf.length > limits.maxFileBytes)
    refuse('IMPORT_FILE_TOO_BIG', file, { size: mb(buf.length), limit: mb(limits.maxFileBytes) });
  if (OLE2_MAGIC.every((b, i) => buf[i] === b)) {
    // Password-protected xlsx files are OLE2 containers holding an "EncryptedPackage" stream.
    refuse(buf.indexOf(ENCRYPTED_PACKAGE) >= 0 ? 'IMPORT_ENCRYPTED' : 'IMPORT_LEGACY_XLS', file);
  }
  if (buf.length < 22 || buf.readUInt32LE(0) !== 0x04034b50) refuse('IMPORT_NOT_XLSX', file);
  const entries = readCentralDirectory(buf, file);
  if (entries.length > limits.maxEntries)
    refuse('IMPORT_TOO_MANY_PARTS', file, {
      count: entries.length,
      sheets: entries.filter((e) => /^xl\/worksheets\/[^/]+\.xml$/.test(e.name)).length,
      limit: limits.maxEntries,
    });
  let total = 0;
  for (const e of entries) {
    if (e.flags & 1) refuse('IMPORT_ENCRYPTED', file);
    if (e.method !== 0 && e.method !== 8)
      refuse('IMPORT_UNREADABLE', file, { detail: `nén kiểu ${e.method} / method ${e.method}` });
    total += e.uncompressedSize;
    if (e.uncompressedSize > limits.maxEntryBytes)
      refuse('IMPORT_ZIP_BOMB', file, { detail: `${e.name}: ${mb(e.uncompressedSize)} MB` });
    if (
      e.uncompressedSize > limits.ratioFloorBytes &&
      e.uncompressedSize > e.compressedSize * limits.maxRatio
    ) {
      // Say what the part is when its start shows it: tags nested without end are their own attack.
      if (nestedTooDeep(buf, e)) refuse('IMPORT_XML_TOO_DEEP', file, { part: e.name, limit: MAX_XML_DEPTH });
      refuse('IMPORT_ZIP_BOMB', file, {
        detail: `${e.name}: ${mb(e.compressedSize)} → ${mb(e.uncompressedSize)} MB, ${Math.round(e.uncompressedSize / Math.max(1, e.compressedSize))}:1`,
      });
    }
  }
  if (total > limits.maxUncompressedBytes) refuse('IMPORT_ZIP_BOMB', file, { detail: `${mb(total)} MB` });
  const names = new Set(entries.map((e) => e.name));
  if (!names.has('[Content_Types].xml') || !entries.some((e) => e.name.startsWith('xl/')))
    refuse('IMPORT_NOT_XLSX', file);
  if (!names.has('xl/workbook.xml')) refuse('IMPORT_NO_WORKBOOK', file);
  return entries;
}

/** Far deeper than any spreadsheet part goes (a worksheet cell is about 6 levels down). */
const MAX_XML_DEPTH = 100;

/** True when the first 64 KiB of a part (inflated under that cap) open more than MAX_XML_DEPTH nested tags. */
function nestedTooDeep(buf: Buffer, e: ZipEntry): boolean {
  let head: string;
  try {
    const start =
      e.localOffset + 30 + buf.readUInt16LE(e.localOffset + 26) + buf.readUInt16LE(e.localOffset + 28);
    const data = buf.subarray(start, start + e.compressedSize);
    // The first KiB of deflated data inflates to at most about 1 MiB (deflate's ratio is at most ~1032:1).
    const head8 =
      e.method === 0 ? data : inflateRawSync(data.subarray(0, 1024), { finishFlush: constants.Z_SYNC_FLUSH });
    head = head8.subarray(0, 65536).toString('utf8');
  } catch {
    return false;
  }
  let depth = 0;
  for (const m of head.matchAll(/<(\/?)[A-Za-z_][^>]*?(\/?)>/g)) {
    if (m[1]) depth--;
    else if (!m[2] && ++depth > MAX_XML_DEPTH) return true;
  }
  return false;
}

/**
 * Text of an XML part. Bytes that are not valid UTF-8 become INVALID_BYTES instead of U+FFFD, so the cells they
 * are in are refused by name (cell-values.ts) instead of stored with a replacement character.
 */
export function decodeXml(bytes: Buffer): string {
  const text = bytes.toString('utf8');
  return isUtf8(bytes) ? text : text.replaceAll('\uFFFD', INVALID_BYTES);
}

function readCentralDirectory(buf: Buffer, file: string): ZipEntry[] {
  const min = Math.max(0, buf.length - 65557);
  let eocd = -1;
  for (let i = buf.length - 22; i >= min; i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) refuse('IMPORT_CORRUPT_ZIP', file, { detail: 'thiếu mục lục zip / no central directory' });
  const count = buf.readUInt16LE(eocd + 10);
  const size = buf.readUInt32LE(eocd + 12);
  const offset = buf.readUInt32LE(eocd + 16);
  if (count === 0xffff || offset === 0xffffffff) refuse('IMPORT_UNREADABLE', file, { detail: 'zip64' });
  if (offset + size > eocd)
    refuse('IMPORT_CORRUPT_ZIP', file, { detail: 'mục lục zip sai / bad central directory' });
  const entries: ZipEntry[] = [];
  let p = offset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > eocd || buf.readUInt32LE(p) !== 0x02014b50)
      refuse('IMPORT_CORRUPT_ZIP', file, { detail: 'mục lục zip sai / bad central directory' });
    const nameLen = buf.readUInt16LE(p + 28);
    const entry: ZipEntry = {
      flags: buf.readUInt16LE(p + 8),
      method: buf.readUInt16LE(p + 10),
      compressedSize: buf.readUInt32LE(p + 20),
      uncompressedSize: buf.readUInt32LE(p + 24),
      localOffset: buf.readUInt32LE(p + 42),
      name: buf.toString('utf8', p + 46, p + 46 + nameLen),
    };
    if (entry.localOffset + 30 + entry.compressedSize > buf.length)
      refuse('IMPORT_CORRUPT_ZIP', file, { detail: `${entry.name} bị cắt / truncated` });
    entries.push(entry);
    p += 46 + nameLen + buf.readUInt16LE(p + 30) + buf.readUInt16LE(p + 32);
  }
  return entries;
}

/** Inflates one entry with a hard output cap (the declared size may lie). */
export function inflateEntry(buf: Buffer, e: ZipEntry, file: string, limits: ImportLimits): Buffer {
  const p = e.localOffset;
  if (buf.readUInt32LE(p) !== 0x04034b50) refuse('IMPORT_CORRUPT_ZIP', file, { detail: e.name });
  const start = p + 30 + buf.readUInt16LE(p + 26) + buf.readUInt16LE(p + 28);
  const data = buf.subarray(start, start + e.compressedSize);
  if (e.method === 0) return data;
  try {
    const out = inflateRawSync(data, {
      maxOutputLength: Math.min(limits.maxEntryBytes, e.uncompressedSize + 1024),
    });
    if (out.length !== e.uncompressedSize)
      refuse('IMPORT_CORRUPT_ZIP', file, { detail: `${e.name}: ${out.length} ≠ ${e.uncompressedSize} byte` });
    return out;
  } catch (err) {
    if (err instanceof ApiFailure) throw err;
    const code = (err as { code?: string }).code;
    if (code === 'ERR_BUFFER_TOO_LARGE') refuse('IMPORT_ZIP_BOMB', file, { detail: e.name });
    return refuse('IMPORT_CORRUPT_ZIP', file, { detail: `${e.name}: ${(err as Error).message}` });
  }
}

const attr = (tag: string, name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1];
const xmlText = (s: string) =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

/** Sheet names by part path ("xl/worksheets/sheet1.xml" → "Danh sách TTHC"), from workbook.xml and its rels. */
export function sheetPartNames(
  buf: Buffer,
  entries: ZipEntry[],
  file: string,
  limits: ImportLimits,
): Map<string, string> {
  const byName = new Map(entries.map((e) => [e.name, e]));
  const wb = byName.get('xl/workbook.xml');
  const rels = byName.get('xl/_rels/workbook.xml.rels');
  const out = new Map<string, string>();
  if (!wb || !rels) return out;
  const relXml = decodeXml(inflateEntry(buf, rels, file, limits));
  const targets = new Map<string, string>();
  for (const m of relXml.matchAll(/<(?:\w+:)?Relationship\b[^>]*>/g)) {
    const id = attr(m[0], 'Id');
    const target = attr(m[0], 'Target');
    if (id && target) targets.set(id, target.startsWith('/') ? target.slice(1) : `xl/${target}`);
  }
  const wbXml = decodeXml(inflateEntry(buf, wb, file, limits));
  for (const m of wbXml.matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)) {
    const name = attr(m[0], 'name');
    const rid = attr(m[0], 'r:id') ?? /\b\w+:id="([^"]*)"/.exec(m[0])?.[1];
    const target = rid ? targets.get(rid) : undefined;
    if (name && target) out.set(target, xmlText(name));
  }
  return out;
}

/**
 * Every worksheet part must inflate to its declared size, end with its closing tag, and reach the last row its
 * <dimension> announces. exceljs's stream reader returns the rows it got from a cut sheet without an error.
 */
export function checkSheetIntegrity(
  buf: Buffer,
  entries: ZipEntry[],
  file: string,
  limits: ImportLimits,
): Map<string, string> {
  // The checked text of every sheet part, so the reader does not inflate and decode each sheet a second time.
  const checked = new Map<string, string>();
  const names = sheetPartNames(buf, entries, file, limits);
  for (const e of entries) {
    if (!/^xl\/worksheets\/[^/]+\.xml$/.test(e.name)) continue;
    const sheet = names.get(e.name) ?? e.name;
    let xml: string;
    try {
      xml = decodeXml(inflateEntry(buf, e, file, limits));
    } catch (err) {
      if (err instanceof ApiFailure && err.code === 'IMPORT_CORRUPT_ZIP')
        refuse('IMPORT_TRUNCATED_SHEET', file, { sheet, detail: String(err.params.detail ?? '') });
      throw err;
    }
    const tail = xml.slice(-200).trimEnd();
    if (!/<\/(?:\w+:)?worksheet>$/.test(tail))
      refuse('IMPORT_TRUNCATED_SHEET', file, {
        sheet,
        detail: 'thiếu thẻ đóng </worksheet> / no closing tag',
      });
    const dim = /<(?:\w+:)?dimension\s+ref="[A-Z]+(\d+)(?::[A-Z]+(\d+))?"/.exec(xml.slice(0, 4000));
    const lastRowTag = xml.lastIndexOf('<row ') >= 0 ? xml.lastIndexOf('<row ') : xml.lastIndexOf(':row ');
    const lastRow =
      lastRowTag >= 0 ? Number(/\br="(\d+)"/.exec(xml.slice(lastRowTag, lastRowTag + 200))?.[1] ?? 0) : 0;
    const bottom = Number(dim?.[2] ?? dim?.[1] ?? 0);
    if (dim && lastRow > 0 && bottom > lastRow)
      refuse('IMPORT_TRUNCATED_SHEET', file, {
        sheet,
        detail: `dòng cuối ${lastRow} < ${bottom} / last row ${lastRow} < ${bottom}`,
      });
    if (lastRow > limits.maxRows)
      refuse('IMPORT_TOO_MANY_ROWS', file, { sheet, count: lastRow, limit: limits.maxRows });
    checked.set(e.name, xml);
  }
  return checked;
}
