/**
 * Each measured operation runs in its own child process (this same bench.js with `--probe NAME`), so its peak
 * memory is its own: the child reports `process.resourceUsage().maxRSS` (the kernel's high-water mark of the
 * whole process, worker threads included) when it is done. The child's stdout goes to our stderr, so
 * `--json` keeps stdout for the one result object; the result itself comes back over the IPC channel.
 */
import { fork } from 'node:child_process';

export interface ProbeOutcome<T> {
  value: T;
  peakRssMiB: number;
}

interface ProbeMessage {
  ok: boolean;
  value?: unknown;
  error?: string;
  maxRssKiB?: number;
}

export function runProbe<T>(
  entry: string,
  name: string,
  input: unknown,
  o: { cpuProfileDir?: string | undefined; timeoutMs?: number } = {},
): Promise<ProbeOutcome<T>> {
  const timeoutMs = o.timeoutMs ?? 20 * 60_000;
  const execArgv = o.cpuProfileDir ? ['--cpu-prof', `--cpu-prof-dir=${o.cpuProfileDir}`] : [];
  return new Promise((resolve, reject) => {
    const child = fork(entry, ['--probe', name], {
      stdio: ['ignore', 2, 2, 'ipc'],
      serialization: 'advanced',
      execArgv,
    });
    let settled = false;
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      finish(new Error(`probe ${name} timed out`));
    }, timeoutMs);
    const finish = (err: Error | null, out?: ProbeOutcome<T>) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (err) reject(err);
      else resolve(out as ProbeOutcome<T>);
    };
    // Resolve on exit, not on the message: with --cpu-prof the profile is written while the child exits.
    let outcome: ProbeOutcome<T> | null = null;
    let failure: Error | null = null;
    child.on('message', (m: ProbeMessage) => {
      if (m.ok) outcome = { value: m.value as T, peakRssMiB: (m.maxRssKiB ?? 0) / 1024 };
      else failure = new Error(`probe ${name}: ${m.error ?? 'failed'}`);
    });
    child.on('exit', (code) => {
      if (outcome) finish(null, outcome);
      else finish(failure ?? new Error(`probe ${name} exited with ${code}`));
    });
    child.send({ input });
  });
}

/** Child side: waits for the input, runs the probe, sends the value and the peak RSS, exits. */
export function serveProbe(run: (input: unknown) => Promise<unknown>): void {
  process.once('message', (m: { input: unknown }) => {
    run(m.input)
      .then((value) => {
        const msg: ProbeMessage = { ok: true, value, maxRssKiB: process.resourceUsage().maxRSS };
        process.send?.(msg, () => process.exit(0));
      })
      .catch((err: unknown) => {
        const msg: ProbeMessage = {
          ok: false,
          error: err instanceof Error ? (err.stack ?? err.message) : String(err),
        };
        process.send?.(msg, () => process.exit(1));
      });
  });
}
