/**
 * Progress from a worker thread, at most once per `everyMs` (the last one, done === total, always goes).
 * Each message wakes the main thread: on a busy machine that is a context switch per message, and the
 * 200 messages of a national export (one per 50 rows) cost up to 150 ms of it. The screens poll progress
 * every 250 ms, so more than one message per 100 ms shows nothing more.
 */
export function throttleProgress(
  post: (done: number, total: number) => void,
  everyMs = 100,
  now: () => number = () => performance.now(),
): (done: number, total: number) => void {
  let last = -Infinity;
  return (done, total) => {
    const t = now();
    if (done < total && t - last < everyMs) return;
    last = t;
    post(done, total);
  };
}
