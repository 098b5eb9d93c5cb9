import type { PoolClient } from 'pg';
import type { ServerContext } from './context';

/** BEGIN … COMMIT on one pooled connection; ROLLBACK on any error (a broken connection is discarded). */
export async function inTransaction<T>(
  ctx: Pick<ServerContext, 'pg'>,
  work: (c: PoolClient) => Promise<T>,
): Promise<T> {
  const client = await ctx.pg.connect();
  let broken = false;
  // A connection that dies while checked out (PostgreSQL restarted) emits 'error' after failing the query;
  // unheard, it would take the server down. The query's own failure is what the caller sees.
  const onError = () => {
    broken = true;
  };
  client.on('error', onError);
  try {
    await client.query('BEGIN');
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (err) {
    await client.query('ROLLBACK').catch(() => {
      broken = true;
    });
    throw err;
  } finally {
    client.off('error', onError);
    client.release(broken);
  }
}

/** Errors that mean "PostgreSQL is not reachable right now" (retry later), not "this request is wrong". */
export function isPgUnavailable(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') {
    const message = err instanceof Error ? err.message : '';
    return /Connection terminated|connection timeout|timeout exceeded when trying to connect/i.test(message);
  }
  // Connection exceptions, admin shutdown / crash / cannot connect now, and the OS's network errors.
  return (
    code.startsWith('08') ||
    code === '57P01' ||
    code === '57P02' ||
    code === '57P03' ||
    ['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'ENOTFOUND', 'EHOSTUNREACH'].includes(code)
  );
}
