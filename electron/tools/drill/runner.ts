import { spawn } from 'node:child_process';
import { createPrng } from '../prng';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { checkCopy, listBackups } from '../../../db/backup';
import { openDatabase } from '../../../db/open';
import { integrityCheck } from '../../../db/integrity';
import { seedDemo } from '../../../db/seed/demo';
import { backupsDir } from '../../backend/backup/service';
import { sessionHooks } from '../../backend/backup/session-hooks';
import { openBackend } from '../../backend/session';
import { drillExportDir, editValue, IMPORT_BATCH, type ChildMode } from './child';

export interface CrashDrillOptions {
  /** The built drill entry (out/main/drill.js), run as `node <script> child <mode> …`. */
  script: string;
  /** A fresh folder for the database and its backups. */
  workDir: string;
  kills: number;
  seed: number;
  /** Milliseconds after the child is ready before SIGKILL: uniform in [min, max). */
  delayMs?: [number, number];
  onKill?: (kill: KillReport) => void;
}

export interface KillReport {
  index: number;
  mode: ChildMode;
  delayMs: number;
  acked: number;
  integrity: string;
  lostEdits: number;
  partialImports: number;
  strayTemps: number;
  badBackups: number;
  /** Database files in backups/ not written by the backup feature that fail quick_check (half-written copies). */
  foreignBadCopies: number;
  recovered: boolean;
}

export interface CrashDrillResult {
  kills: number;
  integrityFailures: number;
  lostEdits: number;
  partialImports: number;
  /** Leftovers that the next start did not clear, or backups under a final name that fail quick_check. */
  strayFiles: number;
  /** Children that stopped on their own before the kill (a drill that did not run). */
  childErrors: number;
  /** Half-written copies left by code outside the backup feature (seen after the last kill; they persist). */
  foreignBadCopies: number;
  ms: number;
  seed: number;
  /** Acknowledged steps that had to survive, per child mode (edits, import batches, backups/restores). */
  acked: Record<ChildMode, number>;
  failures: string[];
}

const MODES: ChildMode[] = ['edits', 'import', 'backup', 'export'];

/** Starts the child, waits for "ready", kills it with SIGKILL after `delayMs`, and returns the acknowledged ids. */
function runAndKill(
  script: string,
  mode: ChildMode,
  dbFile: string,
  dataDir: string,
  run: string,
  delayMs: number,
) {
  return new Promise<{ acks: string[]; stderr: string; killed: boolean }>((resolve, reject) => {
    const child = spawn(process.execPath, [script, 'child', mode, dbFile, dataDir, run], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const acks: string[] = [];
    let buffer = '';
    let stderr = '';
    let timer: NodeJS.Timeout | undefined;
    child.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString('utf8');
      let nl: number;
      while ((nl = buffer.indexOf('\n')) >= 0) {
        const line = buffer.slice(0, nl);
        buffer = buffer.slice(nl + 1);
        if (line === 'ready') timer = setTimeout(() => child.kill('SIGKILL'), delayMs);
        else if (line.startsWith('ack ')) acks.push(line.slice(4));
      }
    });
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
    child.on('error', reject);
    // Only a line ending in "\n" was acknowledged: a half-written last line is not counted.
    child.on('exit', (_code, signal) => {
      clearTimeout(timer);
      resolve({ acks, stderr, killed: signal === 'SIGKILL' });
    });
  });
}

/** Everything the next start must find after a kill; returns what was wrong. */
export function verifyAfterKill(
  dbFile: string,
  dataDir: string,
  mode: ChildMode,
  run: string,
  acks: string[],
): Omit<KillReport, 'index' | 'mode' | 'delayMs' | 'acked'> {
  // The next start, exactly as the app does it (stray-temp clean-up, quick_check, recovery if needed).
  const backend = openBackend({
    dbFile,
    dataDir,
    mode: 'browser',
    demoIfNew: false,
    remember: false,
    autoBackupMs: 0,
  });
  try {
    const db = backend.ctx.db;
    // Having to restore from a backup means the kill damaged the file: that counts as an integrity failure.
    const recovered = sessionHooks(backend.ctx)?.notice()?.kind === 'recovered';
    const integrity = recovered ? 'recovered from a backup' : integrityCheck(db);
    let lostEdits = 0;
    let partialImports = 0;
    if (mode === 'edits') {
      const lastAck = new Map<number, number>();
      for (const a of acks) {
        const [seq, id] = a.split(' ').map(Number) as [number, number];
        lastAck.set(id, seq);
      }
      const byName = db.prepare('SELECT name FROM procedures WHERE id = ?');
      for (const [id, seq] of lastAck) {
        const name = (byName.get(id) as { name: string } | undefined)?.name ?? '';
        const stored = Number(/#(\d+) /.exec(name)?.[1] ?? -1);
        // The stored edit may be a later one that committed just before the kill, never an earlier one.
        if (name !== editValue(run, stored) || stored < seq) lostEdits++;
      }
    }
    if (mode === 'import') {
      const counts = db
        .prepare(
          "SELECT substr(code, 3, 3) AS batch, count(*) AS n FROM procedures WHERE code LIKE '9.%' GROUP BY batch",
        )
        .all() as { batch: string; n: number }[];
      partialImports += counts.filter((c) => c.n !== IMPORT_BATCH).length;
      const present = new Set(counts.map((c) => Number(c.batch)));
      lostEdits += acks.filter((batch) => !present.has(Number(batch) % 1000)).length;
      db.prepare("DELETE FROM procedures WHERE code LIKE '9.%'").run();
    }
    if (mode === 'export') {
      // Every file under a final name must be a whole workbook (a zip with its end record); a kill may leave
      // only a hidden temp file, which is removed here as the next export would overwrite it anyway.
      const exportDir = drillExportDir(dataDir);
      for (const name of existsSync(exportDir) ? readdirSync(exportDir) : []) {
        const file = join(exportDir, name);
        if (name.startsWith('.') && name.endsWith('.tmp')) rmSync(file, { force: true });
        else if (!isWholeZip(file)) partialImports++;
      }
    }
    const dir = backupsDir(dataDir);
    const strayTemps =
      (existsSync(dir) ? readdirSync(dir).filter((n) => n.includes('.tmp')).length : 0) +
      (existsSync(`${dbFile}.restore.tmp`) ? 1 : 0);
    // Backups written by the backup feature must all be whole, checked copies. Other database files in the folder
    // (the import feature's own pre-import copy, until it uses createBackup) are counted apart.
    const ours = new Set(listBackups(dir, dbFile).map((b) => b.name));
    const copies = existsSync(dir) ? readdirSync(dir).filter((n) => n.endsWith('.sqlite')) : [];
    const bad = copies.filter((n) => !checkCopy(join(dir, n)).ok);
    const badBackups = bad.filter((n) => ours.has(n)).length;
    const foreignBadCopies = bad.filter((n) => !ours.has(n)).length;
    return { integrity, lostEdits, partialImports, strayTemps, badBackups, foreignBadCopies, recovered };
  } finally {
    backend.close();
  }
}

/** A complete .xlsx ends with the zip end-of-central-directory record (PK\x05\x06 in its last 64 KiB). */
function isWholeZip(file: string): boolean {
  const bytes = readFileSync(file);
  if (bytes.length < 22 || bytes.readUInt32LE(0) !== 0x04034b50) return false;
  const tail = bytes.subarray(Math.max(0, bytes.length - 65_557));
  return tail.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06])) >= 0;
}

/** Kills a writer at random moments, `kills` times, and checks the database after each kill. */
export async function runCrashDrills(o: CrashDrillOptions): Promise<CrashDrillResult> {
  const started = Date.now();
  const random = createPrng(o.seed).next; // a failing run is replayed from its seed
  const [minDelay, maxDelay] = o.delayMs ?? [20, 400];
  mkdirSync(o.workDir, { recursive: true });
  const dbFile = join(o.workDir, 'drill.sqlite');
  if (!existsSync(dbFile)) {
    const db = openDatabase(dbFile);
    seedDemo(db);
    db.close();
  }
  const result: CrashDrillResult = {
    kills: 0,
    integrityFailures: 0,
    lostEdits: 0,
    partialImports: 0,
    strayFiles: 0,
    childErrors: 0,
    foreignBadCopies: 0,
    ms: 0,
    seed: o.seed,
    acked: { edits: 0, import: 0, backup: 0, export: 0 },
    failures: [],
  };
  for (let index = 0; index < o.kills; index++) {
    const mode = MODES[index % MODES.length]!;
    // A 500-row import, and an export (a worker and its writer thread start for each), take longer than an edit:
    // kills must land after some of them finish as well as inside them.
    const span = mode === 'import' || mode === 'export' ? 4 : 1;
    const delayMs = Math.floor(minDelay + random() * (maxDelay - minDelay) * span);
    const run = `${o.seed.toString(36)}k${index}`;
    const child = await runAndKill(o.script, mode, dbFile, o.workDir, run, delayMs);
    if (!child.killed) {
      result.failures.push(
        `kill ${index} (${mode}): the child exited on its own: ${child.stderr.trim().split('\n').slice(0, 3).join(' | ')}`,
      );
      result.childErrors++;
      continue;
    }
    result.kills++;
    result.acked[mode] += child.acks.length;
    const report = {
      index,
      mode,
      delayMs,
      acked: child.acks.length,
      ...verifyAfterKill(dbFile, o.workDir, mode, run, child.acks),
    };
    if (report.integrity !== 'ok') {
      result.integrityFailures++;
      result.failures.push(`kill ${index} (${mode}): integrity ${report.integrity}`);
    }
    result.lostEdits += report.lostEdits;
    result.partialImports += report.partialImports;
    result.strayFiles += report.strayTemps + report.badBackups;
    if (report.foreignBadCopies > result.foreignBadCopies)
      result.failures.push(
        `kill ${index} (${mode}, ${delayMs} ms): a half-written copy appeared in backups/ (not written by the backup feature)`,
      );
    result.foreignBadCopies = report.foreignBadCopies;
    if (report.lostEdits || report.partialImports || report.strayTemps || report.badBackups)
      result.failures.push(`kill ${index} (${mode}, ${delayMs} ms): ${JSON.stringify(report)}`);
    o.onKill?.(report);
  }
  result.ms = Date.now() - started;
  return result;
}
