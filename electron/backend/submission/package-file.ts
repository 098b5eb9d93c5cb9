/**
 * Reading and writing `.tinhgon` packages (format: electron/shared/submission/package-format.ts): gzip of a magic
 * line, the manifest and the content. Reading checks, in this order, and refuses with a coded message naming
 * what is wrong: readable gzip within the size cap → the magic line → a format this build knows → the manifest
 * → the content's SHA-256 against the manifest → the content's schema → the manifest's identity against the
 * identity inside the (hashed) content. Nothing is stored by the caller before all of this passed.
 */
import { createHash } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';
import type { z } from 'zod';
import {
  PACKAGE_FORMAT_VERSION,
  PLAN_MAGIC,
  PlanContent,
  PlanManifest,
  SUBMISSION_MAGIC,
  SubmissionContent,
  SubmissionManifest,
} from '../../shared/submission/package-format';
import { describeIssues } from '../dispatcher';
import { ApiFailure } from '../api-failure';
import './messages';

/** A package larger than this once unpacked is refused (a national inventory is ≈ 30 MB of JSON). */
export const MAX_UNPACKED_BYTES = 256 * 1024 * 1024;
/** Upload cap for the compressed file. */
export const MAX_PACKAGE_BYTES = 64 * 1024 * 1024;

export function sha256(data: string | Buffer): string {
  return 'sha256:' + createHash('sha256').update(data).digest('hex');
}

/** Serialises and compresses a package; the manifest gets the content's hash. */
export function encodePackage<M extends { contentHash: string }>(
  magic: string,
  manifest: Omit<M, 'contentHash'>,
  content: unknown,
): { bytes: Buffer; manifest: M } {
  const body = JSON.stringify(content);
  const full = { ...manifest, contentHash: sha256(body) } as M;
  const bytes = gzipSync(Buffer.from(`${magic}\n${JSON.stringify(full)}\n${body}\n`, 'utf8'), { level: 6 });
  return { bytes, manifest: full };
}

interface RawPackage {
  manifest: unknown;
  /** The content line's bytes, as hashed by the sender. */
  bodyBytes: Buffer;
}

function fail(code: string, params: Record<string, string | number> = {}): never {
  throw new ApiFailure(code, params);
}

/** gunzip (capped) and split the three lines; refuses anything that is not a package of `magic`. */
function unpack(bytes: Buffer, magic: string, file: string): RawPackage {
  if (bytes.length > MAX_PACKAGE_BYTES) fail('PACKAGE_TOO_LARGE', { file, mb: MAX_PACKAGE_BYTES >> 20 });
  let raw: Buffer;
  try {
    raw = gunzipSync(bytes, { maxOutputLength: MAX_UNPACKED_BYTES });
  } catch (err) {
    if (err instanceof RangeError || (err as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE')
      fail('PACKAGE_TOO_LARGE', { file, mb: MAX_UNPACKED_BYTES >> 20 });
    fail('PACKAGE_NOT_A_PACKAGE', { file });
  }
  const first = raw.indexOf(10);
  const second = first < 0 ? -1 : raw.indexOf(10, first + 1);
  if (first < 0 || second < 0) fail('PACKAGE_NOT_A_PACKAGE', { file });
  const head = raw.subarray(0, first).toString('utf8');
  if (head !== magic) {
    const other = head === SUBMISSION_MAGIC || head === PLAN_MAGIC;
    fail(other ? 'PACKAGE_WRONG_KIND' : 'PACKAGE_NOT_A_PACKAGE', { file });
  }
  let manifest: unknown;
  try {
    manifest = JSON.parse(raw.subarray(first + 1, second).toString('utf8'));
  } catch {
    fail('PACKAGE_BAD_MANIFEST', { file, issues: 'JSON' });
  }
  let end = raw.length;
  if (raw[end - 1] === 10) end--;
  const bodyBytes = raw.subarray(second + 1, end);
  return { manifest, bodyBytes };
}

function checkFormat(manifest: unknown, file: string): void {
  const version = (manifest as { formatVersion?: unknown } | null)?.formatVersion;
  if (typeof version === 'number' && version > PACKAGE_FORMAT_VERSION)
    fail('PACKAGE_NEWER_FORMAT', { file, version, supported: PACKAGE_FORMAT_VERSION });
}

function parseWith<S extends z.ZodType>(schema: S, value: unknown, code: string, file: string): z.output<S> {
  const r = schema.safeParse(value);
  if (!r.success) fail(code, { file, issues: describeIssues(r.error, 'vi') });
  return r.data;
}

function parseBody(body: Buffer, file: string): unknown {
  try {
    return JSON.parse(body.toString('utf8'));
  } catch {
    return fail('PACKAGE_BAD_CONTENT', { file, issues: 'JSON' });
  }
}

const DATELESS = /"(?:createdAt|computedAt|appVersion)":"[^"]*"|"schemaVersion":\d+/g;

/**
 * SHA-256 of the content's bytes without the DATELESS matches: the hash of the UTF-8 of `body.replace(DATELESS,
 * '')`, taken over the bytes (re-encoding 800 kB of Vietnamese text per package costs more than the hash). The
 * pattern is ASCII and no byte of a multi-byte UTF-8 character is, so the latin1 view's match offsets are byte
 * offsets.
 */
function datelessHash(bytes: Buffer): string {
  const hash = createHash('sha256');
  let at = 0;
  for (const m of bytes.toString('latin1').matchAll(DATELESS)) {
    hash.update(bytes.subarray(at, m.index));
    at = m.index + m[0].length;
  }
  return 'sha256:' + hash.update(bytes.subarray(at)).digest('hex');
}

/** A submission package whose envelope, manifest and hashes are checked; its content not yet read. */
export interface OpenedSubmission {
  manifest: SubmissionManifest;
  contentHash: string;
  /**
   * Hash of the data without when and by which app version it was packed: the same results packed twice give
   * the same data hash, so the province keeps one version of them.
   */
  dataHash: string;
  /** The content line's UTF-8 bytes as they arrived (the province reads its rows from them). */
  body: Buffer;
  /**
   * The content, parsed and checked against the strict schema and against the manifest's identity (the costly
   * half of reading a package: JSON.parse and the schema over ≈ 1 MB per commune). Throws the coded refusal.
   */
  readContent: () => SubmissionContent;
}

export interface DecodedSubmission extends Omit<OpenedSubmission, 'readContent'> {
  content: SubmissionContent;
}

/** The cheap checks, in order: envelope → format → manifest → the content's SHA-256 against the manifest. */
export function openSubmission(bytes: Buffer, file = 'gói dữ liệu'): OpenedSubmission {
  const raw = unpack(bytes, SUBMISSION_MAGIC, file);
  checkFormat(raw.manifest, file);
  const manifest = parseWith(SubmissionManifest, raw.manifest, 'PACKAGE_BAD_MANIFEST', file);
  const contentHash = sha256(raw.bodyBytes);
  if (contentHash !== manifest.contentHash) fail('PACKAGE_HASH_MISMATCH', { file });
  // When and by which build the package and its figures were made is not data (the figures themselves are).
  // Those values sit only in `identity` and `figures.computedAt`; a JSON string cannot hold an unescaped quote,
  // so the pattern never matches inside user text. (A JSON.stringify replacer over the content is 10× slower.)
  const dataHash = datelessHash(raw.bodyBytes);
  const readContent = (): SubmissionContent => {
    const content = parseWith(SubmissionContent, parseBody(raw.bodyBytes, file), 'PACKAGE_BAD_CONTENT', file);
    const id = content.identity;
    for (const key of Object.keys(id) as (keyof typeof id)[])
      if (manifest[key] !== id[key]) fail('PACKAGE_MANIFEST_TAMPERED', { file, field: key });
    if (content.unit.code !== id.unitCode) fail('PACKAGE_MANIFEST_TAMPERED', { file, field: 'unit.code' });
    if (manifest.items !== content.items.length || manifest.procedures !== content.inventory.length)
      fail('PACKAGE_MANIFEST_TAMPERED', { file, field: 'items' });
    return content;
  };
  return { manifest, contentHash, dataHash, body: raw.bodyBytes, readContent };
}

/** Every check of a submission package (openSubmission, then its content); nothing is stored before all pass. */
export function decodeSubmission(bytes: Buffer, file = 'gói dữ liệu'): DecodedSubmission {
  const { readContent, ...opened } = openSubmission(bytes, file);
  return { ...opened, content: readContent() };
}

export interface DecodedPlan {
  manifest: PlanManifest;
  content: PlanContent;
}

export function decodePlan(bytes: Buffer, file = 'gói kế hoạch'): DecodedPlan {
  const raw = unpack(bytes, PLAN_MAGIC, file);
  checkFormat(raw.manifest, file);
  const manifest = parseWith(PlanManifest, raw.manifest, 'PACKAGE_BAD_MANIFEST', file);
  if (sha256(raw.bodyBytes) !== manifest.contentHash) fail('PACKAGE_HASH_MISMATCH', { file });
  const content = parseWith(PlanContent, parseBody(raw.bodyBytes, file), 'PACKAGE_BAD_CONTENT', file);
  if (
    content.plan.key !== manifest.planKey ||
    content.plan.version !== manifest.planVersion ||
    content.unitCode !== manifest.unitCode
  )
    fail('PACKAGE_MANIFEST_TAMPERED', { file, field: 'planKey' });
  return { manifest, content };
}
