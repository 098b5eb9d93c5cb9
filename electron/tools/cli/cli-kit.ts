import {
  closeSync,
  constants,
  existsSync,
  fstatSync,
  openSync,
  readSync,
  statSync,
  type Stats,
} from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { DbError } from '../../../db/errors';
import { acquireWriteLock, currentHolder, isShortJob, type WriteLock } from '../../../db/write-lock';
import { holderParams } from '../../backend/backup/single-writer';
import { directClient, type DirectCall } from '../../backend/direct-client';
import { openBackend, type Backend } from '../../backend/session';
import { renderError } from '../../shared/errors';

/** Wrong flags or arguments: exit 2 with the usage line. */
export class UsageError extends Error {}
/**
 * Bad input (missing file, invalid data): exit 1 with one line on stderr. With --json the CLI prints
 * {ok:false, error:{code, message}}, or `json` when the command has its own answer for this refusal.
 */
export class InputError extends Error {
  constructor(
    message: string,
    readonly code = 'INPUT',
    readonly json?: object,
  ) {
    super(message);
  }
}

export interface ParsedArgs {
  positional: string[];
  flags: Map<string, string | true>;
}

export interface CliCommand {
  name: string;
  usage: string;
  /** Flags the command accepts (without --); anything else is a usage error. */
  flags: readonly string[];
  run(args: ParsedArgs, out: (line: string) => void): Promise<void> | void;
}

export function parseArgs(argv: readonly string[]): ParsedArgs {
  const positional: string[] = [];
  const flags = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a.startsWith('--')) {
      const eq = a.indexOf('=');
      if (eq > 0) flags.set(a.slice(2, eq), a.slice(eq + 1));
      else if (argv[i + 1] !== undefined && !argv[i + 1]!.startsWith('--')) flags.set(a.slice(2), argv[++i]!);
      else flags.set(a.slice(2), true);
    } else positional.push(a);
  }
  return { positional, flags };
}

export function flag(args: ParsedArgs, name: string): string | undefined {
  const v = args.flags.get(name);
  if (v === true) throw new UsageError(`--${name} cần một giá trị / needs a value`);
  return v;
}

export function requiredFlag(args: ParsedArgs, name: string): string {
  const v = flag(args, name);
  if (!v) throw new UsageError(`Thiếu --${name} / missing --${name}`);
  return v;
}

export function bool(args: ParsedArgs, name: string): boolean {
  return args.flags.get(name) === true;
}

/** What a path is when it is not a regular file, in both languages; null for a regular file. */
function notRegular(st: Stats): [string, string] | null {
  if (st.isFile()) return null;
  if (st.isDirectory()) return ['một thư mục', 'a folder'];
  if (st.isFIFO()) return ['một ống dẫn (FIFO)', 'a FIFO'];
  if (st.isCharacterDevice() || st.isBlockDevice()) return ['một thiết bị', 'a device'];
  if (st.isSocket()) return ['một socket', 'a socket'];
  return ['không phải tệp', 'not a file'];
}

/**
 * Refuses at once, without opening it, anything but a regular file (a folder, a FIFO that would block, a device
 * such as /dev/zero that never ends; symlinks are followed to what they point to). Returns its size.
 */
export function requireRegularFile(path: string, what = 'Tệp / File'): number {
  let st: Stats;
  try {
    st = statSync(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new InputError(
      code === 'ENOENT'
        ? `Không tìm thấy "${path}". / ${what} not found.`
        : `Không đọc được "${path}" (${code ?? 'lỗi'}). / Cannot read it.`,
      code === 'ENOENT' ? 'FILE_NOT_FOUND' : 'FILE_UNREADABLE',
    );
  }
  refuseIfNotRegular(path, st);
  return st.size;
}

function refuseIfNotRegular(path: string, st: Stats): void {
  const kind = notRegular(st);
  if (kind)
    throw new InputError(
      `"${path}" là ${kind[0]}, không phải tệp thông thường: TinhGọn không đọc. / "${path}" is ${kind[1]}, not a regular file: not read.`,
      'NOT_A_FILE',
    );
}

/**
 * A regular file's bytes, refused before reading when it is not one or is larger than `maxBytes` (`tooBig`
 * gives the message); read from the descriptor it was checked on, never past `maxBytes`.
 */
export function readRegularFile(path: string, maxBytes: number, tooBig: (size: number) => string): Buffer {
  if (requireRegularFile(path) > maxBytes) throw new InputError(tooBig(statSync(path).size), 'FILE_TOO_BIG');
  let fd: number;
  try {
    // O_NONBLOCK: if the path was swapped for a FIFO since the check, opening it does not wait for a writer.
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (err) {
    throw new InputError(
      `Không đọc được "${path}" (${(err as NodeJS.ErrnoException).code ?? 'lỗi'}). / Cannot read it.`,
      'FILE_UNREADABLE',
    );
  }
  try {
    const st = fstatSync(fd);
    refuseIfNotRegular(path, st); // swapped since the check
    if (st.size > maxBytes) throw new InputError(tooBig(st.size), 'FILE_TOO_BIG');
    const buf = Buffer.alloc(st.size);
    let got = 0;
    while (got < buf.length) {
      const n = readSync(fd, buf, got, buf.length - got, got);
      if (n === 0) break;
      got += n;
    }
    return got === buf.length ? buf : buf.subarray(0, got);
  } finally {
    closeSync(fd);
  }
}

/** How long a command that writes waits for another CLI job on the same file (an app is never waited for). */
export const CLI_LOCK_WAIT_MS = 15_000;

/**
 * Opens an existing database through the same backend the app uses; the file must already exist. Another
 * instance writing it makes this session read-only (reading commands work as usual); with `requireWrite` (a
 * command that writes) that is an InputError naming who holds the file, where and since when.
 */
export function openExisting(
  dbFile: string,
  o: { requireWrite?: boolean } = {},
): { backend: Backend; call: DirectCall } {
  const file = resolve(dbFile);
  if (!existsSync(file))
    throw new InputError(`Không tìm thấy tệp dữ liệu "${dbFile}". / Database not found.`, 'DB_NOT_FOUND');
  requireRegularFile(dbFile, 'Database');
  try {
    const backend = openBackend({
      dbFile: file,
      dataDir: dirname(file),
      mode: 'cli',
      demoIfNew: false,
      remember: false,
      requireWrite: o.requireWrite ?? false,
    });
    return { backend, call: directClient(backend) };
  } catch (err) {
    if (err instanceof DbError)
      throw new InputError(renderError(err.code, { file: dbFile, ...err.detail }, 'vi'), err.code);
    throw err;
  }
}

/** openExisting for a command that writes: waits a short while for another CLI job on the file, then takes it. */
export async function openForWriting(
  dbFile: string,
  waitMs = CLI_LOCK_WAIT_MS,
): Promise<{ backend: Backend; call: DirectCall }> {
  const file = resolve(dbFile);
  const end = Date.now() + waitMs;
  for (let h = currentHolder(file); h && isShortJob(h) && Date.now() < end; h = currentHolder(file))
    await new Promise((r) => setTimeout(r, 200));
  return openExisting(dbFile, { requireWrite: true });
}

/**
 * The write lock for a command that changes a file without a backend (restore, init): waits like
 * openForWriting, refuses naming the holder. Released by the caller (and at exit).
 */
export async function lockForWriting(file: string, waitMs = CLI_LOCK_WAIT_MS): Promise<WriteLock> {
  const outcome = await acquireWriteLock(file, 'cli', { waitMs });
  if (!outcome.held)
    throw new InputError(
      renderError('DB_HELD_BY', { file: basename(file), ...holderParams(outcome.holder) }, 'vi'),
    );
  return outcome.lock;
}

/** Picks the unit by --unit CODE, or the only/first unit. */
export async function resolveUnit(call: DirectCall, code: string | undefined) {
  const units = await call('units.list', {});
  const unit = code ? units.find((u) => u.code === code) : units[0];
  if (!unit)
    throw new InputError(
      code
        ? `Không có đơn vị mã "${code}". / No unit with code "${code}".`
        : 'Cơ sở dữ liệu chưa có đơn vị nào. / No unit.',
    );
  return unit;
}
