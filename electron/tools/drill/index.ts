import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openBackend } from '../../backend/session';
import { runChild, type ChildMode } from './child';
import fc from 'fast-check';
import { fuzzCases, fuzzDispatcher, runCase } from './fuzz';
import { runCrashDrills } from './runner';

/**
 * `npm run drill [-- --json] [--kills N] [--seed S] [--fuzz N] [--seeds A,B,C]`: crash drills at full size
 * (SIGKILL of a child that edits, imports or backs up/restores, then the next start is checked) and the
 * dispatcher fuzz, N cases for each of three seeds (S, S+1, S+2 unless --seeds names them). Each fuzz failure is
 * reported with its seed, case index, input and the command that replays it: `--replay SEED:CASE` runs that
 * seed's cases up to CASE on a fresh database and prints the last call and its answer.
 * Exit code 1 when anything but the kill count is non-zero. `drill.js child <mode> <db> <dataDir> <run>` is the
 * child process the drills kill.
 */
function option(argv: string[], name: string, fallback: number): number {
  const i = argv.indexOf(`--${name}`);
  const v = i >= 0 ? Number(argv[i + 1]) : fallback;
  if (!Number.isInteger(v) || v < 0) throw new Error(`--${name}: ${argv[i + 1]}`);
  return v;
}

function listOption(argv: string[], name: string): number[] | null {
  const i = argv.indexOf(`--${name}`);
  if (i < 0) return null;
  const list = (argv[i + 1] ?? '').split(',').map(Number);
  if (!list.length || list.some((v) => !Number.isInteger(v) || v < 0))
    throw new Error(`--${name}: ${argv[i + 1]}`);
  return list;
}

/** A fresh backend on its own database (the demo), as the fuzz uses. */
function fuzzBackend(dataDir: string) {
  return openBackend({ dataDir, mode: 'test', remember: false, autoBackupMs: 0, log: () => undefined });
}

/** Replays one fuzz case: its seed's cases 0…index on a fresh database, the last one printed in full. */
async function replay(spec: string, cases: number, work: string): Promise<number> {
  const m = /^(\d+):(\d+)$/.exec(spec);
  if (!m) throw new Error(`--replay SEED:CASE: ${spec}`);
  const [seed, index] = [Number(m[1]), Number(m[2])];
  const backend = fuzzBackend(join(work, 'replay'));
  try {
    const list = fuzzCases(seed, Math.max(cases, index + 1)).slice(0, index + 1);
    let last: Awaited<ReturnType<typeof runCase>> = {};
    for (const [method, input] of list) last = await runCase(backend, method, input);
    const [method, input] = list[index]!;
    process.stdout.write(
      JSON.stringify({ seed, case: index, method, input: fc.stringify(input), ...last }, null, 2) + '\n',
    );
    return last.crash || last.internal || last.wroteOn ? 1 : 0;
  } finally {
    backend.close();
  }
}

async function main(argv: string[]): Promise<number> {
  if (argv[0] === 'child') {
    const [, mode, db, dataDir, run] = argv as [string, ChildMode, string, string, string];
    await runChild(mode, db, dataDir, run);
    return 0;
  }
  const json = argv.includes('--json');
  const kills = option(argv, 'kills', 120);
  const seed = option(argv, 'seed', Date.now() % 2 ** 31);
  const fuzzRuns = option(argv, 'fuzz', 10_000);
  const fuzzSeeds = listOption(argv, 'seeds') ?? [seed, seed + 1, seed + 2];
  const replaySpec = argv.includes('--replay') ? (argv[argv.indexOf('--replay') + 1] ?? '') : null;
  const work = mkdtempSync(join(tmpdir(), 'tinhgon-drill-'));
  const log = (line: string) => {
    if (!json) process.stdout.write(line + '\n');
  };
  try {
    if (replaySpec !== null) return await replay(replaySpec, fuzzRuns, work);
    const started = Date.now();
    log(`TinhGọn — diễn tập sự cố / crash drills: ${kills} lần ngắt (SIGKILL), hạt giống / seed ${seed}`);
    const crash = await runCrashDrills({
      script: process.argv[1]!,
      workDir: join(work, 'crash'),
      kills,
      seed,
      onKill: (k) => {
        if (!json && (k.index + 1) % 10 === 0) log(`  … ${k.index + 1}/${kills}`);
      },
    });
    const fuzzStarted = Date.now();
    const backend = fuzzBackend(join(work, 'fuzz'));
    const fuzz = await fuzzDispatcher(
      backend,
      fuzzRuns,
      fuzzSeeds,
      (s, i) => `npm run -s drill -- --fuzz ${fuzzRuns} --replay ${s}:${i}`,
    );
    backend.close();
    const summary = {
      kills: crash.kills,
      integrityFailures: crash.integrityFailures,
      lostEdits: crash.lostEdits,
      partialImports: crash.partialImports,
      fuzzSeeds: fuzz.seeds,
      fuzzCases: fuzz.cases,
      fuzzCrashes: fuzz.crashes + fuzz.writesOnRejection + fuzz.internalErrors,
      /** Each with its seed, case index, input and the command that replays it. */
      fuzzFailures: fuzz.failures,
      seconds: {
        crash: Math.round(crash.ms / 1000),
        fuzz: Math.round((Date.now() - fuzzStarted) / 1000),
        total: Math.round((Date.now() - started) / 1000),
      },
    };
    if (json) process.stdout.write(JSON.stringify(summary) + '\n');
    else {
      log(`Số lần ngắt / kills:                 ${summary.kills} (${(crash.ms / 1000).toFixed(1)} s)`);
      log(`Lỗi toàn vẹn / integrity failures:   ${summary.integrityFailures}`);
      log(`Sửa đổi bị mất / lost edits:         ${summary.lostEdits}`);
      log(`Nhập/xuất dở dang / partial imports or exports: ${summary.partialImports}`);
      log(`Tệp tạm sót lại / stray files:       ${crash.strayFiles}`);
      if (crash.childErrors) log(`Tiến trình con lỗi / child errors:   ${crash.childErrors}`);
      if (crash.foreignBadCopies)
        log(
          `Bản sao ghi dở (ngoài tính năng sao lưu) / half-written foreign copies: ${crash.foreignBadCopies}`,
        );
      log(
        `Đã xác nhận / acknowledged: ${crash.acked.edits} sửa / edits, ${crash.acked.import} lô nhập / import batches, ${crash.acked.backup} sao lưu-khôi phục / backups+restores, ${crash.acked.export} báo cáo / exports`,
      );
      log(
        `Fuzz: ${summary.fuzzCases} ca / cases (hạt giống / seeds ${fuzz.seeds.join(', ')}), ${summary.fuzzCrashes} lỗi / crashes (${fuzz.accepted} được xử lý / handled ok)`,
      );
      for (const f of crash.failures) log(`  ! ${f}`);
      for (const f of fuzz.failures)
        log(
          `  ! ${f.what}: ${f.method} ${f.input.slice(0, 200)} (seed ${f.seed}, case ${f.case}; ${f.replay})`,
        );
    }
    const bad =
      summary.integrityFailures +
      summary.lostEdits +
      summary.partialImports +
      summary.fuzzCrashes +
      crash.strayFiles +
      crash.childErrors +
      crash.foreignBadCopies;
    return bad === 0 ? 0 : 1;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

// The exit code is set, not forced, so a large --json answer reaches a pipe whole (as in the CLI).
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 2;
  },
);
