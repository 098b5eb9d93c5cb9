/**
 * Every numbered migration, embedded at build time (no file reads at run time, so the CLI, the Electron app and
 * the tests see exactly the same list). Names are `NNNN_description.sql`; the number is the `user_version`
 * the database has after the file is applied.
 */
const files = import.meta.glob<string>('./*.sql', { query: '?raw', import: 'default', eager: true });

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const migrations: readonly Migration[] = Object.entries(files)
  .map(([path, sql]) => {
    const name = path.replace(/^\.\//, '');
    const match = /^(\d{4})_[a-z0-9_]+\.sql$/.exec(name);
    if (!match?.[1]) throw new Error(`Bad migration file name: ${name}`);
    return { version: Number(match[1]), name, sql };
  })
  .sort((a, b) => a.version - b.version);

/** The schema version this build of TinhGọn writes. */
export const LATEST_SCHEMA_VERSION = migrations.at(-1)?.version ?? 0;
