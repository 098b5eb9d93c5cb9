/**
 * Wall time of an async operation, and the CPU time of the whole process meanwhile (every thread: the app's
 * workers, zlib's and the file system's pool), inside a probe (module loading excluded: imports happen first).
 */
export async function timed<T>(fn: () => Promise<T>): Promise<{ ms: number; cpuMs: number; result: T }> {
  const cpu = process.cpuUsage();
  const t = performance.now();
  const result = await fn();
  const ms = performance.now() - t;
  const used = process.cpuUsage(cpu);
  return { ms, cpuMs: (used.user + used.system) / 1000, result };
}
