import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openBackend } from '../../backend/session';
import { runChild, type ChildMode } from './child';
import { fuzzDispatcher } from './fuzz';
import { runCrashDrills } from './runner';

/**
 * `npm run drill [-- --json] [--kills N] [--seed S] [--fuzz N]`: crash drills at full size (SIGKILL of a child
 * that edits, imports or backs up/restores, then the next start is checked) and the dispatcher fuzz.
 * Exit code 1 when anything but the kill count is non-zero. `drill.js child <mode> <db> <dataDir> <run>` is the
 * child process the drills kill.
 */
function option(argv: string[], name: string, fallback: number): number {
  const i = argv.indexOf(`--${name}`);
  const v = i >= 0 ? Number(argv[i + 1]) : fallback;
  if (!Number.isInteger(v) || v < 0) throw new Error(`--${name}: ${argv[i + 1]}`);
  return v;
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
  const work = mkdtempSync(join(tmpdir(), 'tinhgon-drill-'));
  const log = (line: string) => {
    if (!json) process.stdout.write(line + '\n');
  };
  try {
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
    const backend = openBackend({
      dataDir: join(work, 'fuzz'),
      mode: 'test',
      remember: false,
      autoBackupMs: 0,
      log: () => undefined,
    });
    const fuzz = await fuzzDispatcher(backend, fuzzRuns, seed);
    backend.close();
    const summary = {
      kills: crash.kills,
      integrityFailures: crash.integrityFailures,
      lostEdits: crash.lostEdits,
      partialImports: crash.partialImports,
      fuzzCases: fuzz.cases,
      fuzzCrashes: fuzz.crashes + fuzz.writesOnRejection + fuzz.internalErrors,
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
        `Fuzz: ${summary.fuzzCases} ca / cases, ${summary.fuzzCrashes} lỗi / crashes (${fuzz.accepted} được xử lý / handled ok)`,
      );
      for (const f of [...crash.failures, ...fuzz.examples]) log(`  ! ${f}`);
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

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err: unknown) => {
    process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(2);
  },
);
