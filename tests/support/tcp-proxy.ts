/**
 * A small TCP proxy for the fault drills (tc netem is not available here): the client → server direction is
 * slowed to a byte rate with a delay per slice (a slow commune link), and a connection can be cut after a number
 * of bytes (loss). It counts what it forwarded, so a test can act in the middle of an upload.
 */
import { createServer, connect, type Server, type Socket } from 'node:net';

export interface ProxyOptions {
  targetPort: number;
  targetHost?: string;
  listenHost?: string;
  /** Client → server bytes per second (default: unthrottled). */
  bytesPerSecond?: number;
  /** Extra delay per forwarded slice, both directions (latency). */
  latencyMs?: number;
  /** Cut (reset) connection number `n` (0-based) once this many client bytes went through it; null = never. */
  cutAfter?: (connection: number) => number | null;
  /**
   * Lose the answer: once connection `n` forwarded this many client bytes, the server's next bytes are not
   * delivered and the connection is reset (the server did its work; the client never hears of it).
   */
  loseAnswerAfter?: (connection: number) => number | null;
}

export interface TcpProxy {
  port: number;
  /** Client → server bytes forwarded, over all connections. */
  upstreamBytes(): number;
  connections(): number;
  close(): Promise<void>;
}

const SLICE = 1024;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export function startProxy(o: ProxyOptions): Promise<TcpProxy> {
  let upstream = 0;
  let count = 0;
  const sockets = new Set<Socket>();
  const server: Server = createServer((client) => {
    const index = count++;
    const cutAt = o.cutAfter?.(index) ?? null;
    const loseAt = o.loseAnswerAfter?.(index) ?? null;
    let forwarded = 0;
    const target = connect(o.targetPort, o.targetHost ?? '127.0.0.1');
    sockets.add(client);
    sockets.add(target);
    const end = () => {
      client.destroy();
      target.destroy();
    };
    client.on('error', end);
    target.on('error', end);
    client.on('close', end);
    target.on('close', end);
    // Client → server: slices at the given rate, cut after `cutAt` bytes.
    client.on('data', (chunk: Buffer) => {
      client.pause();
      void (async () => {
        for (let i = 0; i < chunk.length; i += SLICE) {
          const slice = chunk.subarray(i, i + SLICE);
          if (cutAt !== null && forwarded + slice.length > cutAt) {
            client.resetAndDestroy();
            target.resetAndDestroy();
            return;
          }
          if (target.destroyed) return;
          target.write(slice);
          forwarded += slice.length;
          upstream += slice.length;
          const wait = (o.bytesPerSecond ? (slice.length / o.bytesPerSecond) * 1000 : 0) + (o.latencyMs ?? 0);
          if (wait > 0) await sleep(wait);
        }
        if (!client.destroyed) client.resume();
      })();
    });
    // Server → client: latency only.
    target.on('data', (chunk: Buffer) => {
      if (loseAt !== null && forwarded >= loseAt) {
        client.resetAndDestroy();
        target.destroy();
        return;
      }
      if (!o.latencyMs) return void client.write(chunk);
      target.pause();
      setTimeout(() => {
        if (!client.destroyed) client.write(chunk);
        target.resume();
      }, o.latencyMs);
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, o.listenHost ?? '127.0.0.1', () => {
      const addr = server.address();
      resolve({
        port: typeof addr === 'object' && addr ? addr.port : 0,
        upstreamBytes: () => upstream,
        connections: () => count,
        close: () =>
          new Promise<void>((r) => {
            for (const s of sockets) s.destroy();
            server.close(() => r());
          }),
      });
    });
  });
}
