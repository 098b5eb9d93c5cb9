import type { OpenNotice } from '../../shared/contract/backup';
import { runWorker, spawnWorker } from '../workers/spawn-worker';

/** What `backups.openCheck` reports: when the open database was checked, whether it was sound, the notice. */
export interface OpenCheckOutcome {
  deferred: boolean;
  ok: boolean;
  notice: OpenNotice | null;
}

/** The integrity check of the database a session has open (issue: reliability, "integrity on open"). */
export interface OpenCheck {
  /** True while a deferred check has not finished: writes wait for it, so nothing lands on a damaged file. */
  pending(): boolean;
  /** Starts a deferred check now if it has not started, and resolves once it ran and any damage was handled. */
  settled(): Promise<OpenCheckOutcome>;
  /** The session switched or closed the database: a running check no longer concerns it. */
  cancel(): void;
}

/** The file was checked before anything was served (small files, read-only opens, the CLI). */
export function checkedAtOpen(notice: OpenNotice | null): OpenCheck {
  const outcome: OpenCheckOutcome = { deferred: false, ok: notice?.kind !== 'recovered', notice };
  return { pending: () => false, settled: () => Promise.resolve(outcome), cancel: () => undefined };
}

export interface DeferredCheckOptions {
  dbFile: string;
  /** Start anyway after this long when the UI never asks (no renderer: tests, a host that failed to paint). */
  delayMs: number;
  /** quick_check on the session's own connection, when a worker thread cannot run the check. */
  inline: () => string;
  /** Closes the damaged file's connection, sets it aside or reopens it read-only; returns the new notice. */
  onDamaged: (problems: string) => OpenNotice | null;
  notice: () => OpenNotice | null;
  log?: ((err: unknown) => void) | undefined;
}

/**
 * quick_check of a large database after the first screen is up (0.3–0.4 s at 325 MiB would otherwise delay it),
 * on a read-only connection in a worker thread so the UI keeps answering. The renderer starts it once it has
 * painted (`backups.openCheck`); a write or backup arriving first starts it and waits for it.
 */
export function deferredCheck(o: DeferredCheckOptions): OpenCheck {
  let running: Promise<OpenCheckOutcome> | null = null;
  let done = false;
  let cancelled = false;
  let stopWorker: (() => void) | null = null;
  const timer = setTimeout(() => void settled(), o.delayMs);
  timer.unref();

  async function run(): Promise<OpenCheckOutcome> {
    if (cancelled) return { deferred: true, ok: true, notice: null };
    let problems: string;
    try {
      const worker = spawnWorker('integrity-worker', 'electron/backend/backup/integrity-worker.ts', {
        dbFile: o.dbFile,
      });
      stopWorker = () => void worker.terminate();
      problems = await runWorker<string>(worker, 10 * 60_000);
    } catch (err) {
      if (cancelled) return { deferred: true, ok: true, notice: null };
      o.log?.(err);
      try {
        problems = o.inline();
      } catch (inlineErr) {
        problems = inlineErr instanceof Error ? inlineErr.message : String(inlineErr);
      }
    } finally {
      stopWorker = null;
    }
    if (cancelled) return { deferred: true, ok: true, notice: null };
    if (problems === 'ok') return { deferred: true, ok: true, notice: o.notice() };
    try {
      return { deferred: true, ok: false, notice: o.onDamaged(problems) };
    } catch (err) {
      o.log?.(err);
      return { deferred: true, ok: false, notice: o.notice() };
    }
  }

  function settled(): Promise<OpenCheckOutcome> {
    clearTimeout(timer);
    running ??= run().finally(() => {
      done = true;
    });
    return running;
  }

  return {
    pending: () => !done && !cancelled,
    settled,
    cancel: () => {
      cancelled = true;
      clearTimeout(timer);
      stopWorker?.();
    },
  };
}
