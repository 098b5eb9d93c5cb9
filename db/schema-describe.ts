import type { Database } from 'better-sqlite3';

export interface SchemaDescription {
  version: number;
  tables: Record<string, { columns: string[]; indexes: string[]; triggers: string[] }>;
}

/**
 * A stable, diffable description of the schema (tables → "name TYPE [NOT NULL] [PK] [= default]", indexes,
 * triggers). The schema-snapshot test compares it with db/schema-snapshot.json so no migration changes the
 * schema by accident (Actual Budget's schema guard).
 */
export function describeSchema(db: Database): SchemaDescription {
  const tables = db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .all() as { name: string }[];
  const out: SchemaDescription['tables'] = {};
  for (const { name } of tables) {
    const columns = (
      db.prepare(`PRAGMA table_info("${name}")`).all() as {
        name: string;
        type: string;
        notnull: number;
        dflt_value: string | null;
        pk: number;
      }[]
    ).map(
      (c) =>
        `${c.name} ${c.type}${c.notnull ? ' NOT NULL' : ''}${c.pk ? ' PK' : ''}${c.dflt_value !== null ? ` = ${c.dflt_value}` : ''}`,
    );
    const indexes = (
      db
        .prepare(
          "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL ORDER BY name",
        )
        .all(name) as { name: string }[]
    ).map((i) => i.name);
    const triggers = (
      db
        .prepare("SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ? ORDER BY name")
        .all(name) as {
        name: string;
      }[]
    ).map((t) => t.name);
    out[name] = { columns, indexes, triggers };
  }
  return { version: db.pragma('user_version', { simple: true }) as number, tables: out };
}
