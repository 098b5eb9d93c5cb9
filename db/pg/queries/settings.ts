import type { Pg } from './types';

export async function getPgSetting<T>(pg: Pg, key: string, fallback: T): Promise<T> {
  const { rows } = await pg.query<{ value: T }>('SELECT value FROM settings WHERE key = $1', [key]);
  return rows[0] ? rows[0].value : fallback;
}

export async function setPgSetting(pg: Pg, key: string, value: unknown): Promise<void> {
  await pg.query(
    'INSERT INTO settings (key, value) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
    [key, JSON.stringify(value)],
  );
}
