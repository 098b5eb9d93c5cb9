/**
 * PostgreSQL migration 0002 on a province that consolidated before it: the per-package sums by lĩnh vực the
 * dashboard now reads are backfilled from the items already stored, and give the very sums the items give
 * (Σ before, Σ after, the counts), for the province, by unit and by lĩnh vực.
 */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { upsertProvinceUnit } from '../../../db/pg/queries/accounts';
import { totalsBy } from '../../../db/pg/queries/consolidated';
import { insertPlan } from '../../../db/pg/queries/plans';
import { insertContentRows, insertSubmission } from '../../../db/pg/queries/submissions';
import { migratePg } from '../../../db/pg/migrate';
import { PG_LATEST_VERSION, pgMigrations } from '../../../db/pg/migrations';
import { decodeSubmission } from '../../../electron/backend/submission/package-file';
import { openTestDatabase, pgSkipReason, type TestDatabase } from '../../support/pg-cluster';
import { workedExampleSubmission } from '../../support/synthetic-submission';

const skip = pgSkipReason('province migration tests');
const UNITS = [
  { code: 'XA-AN-BINH', name: 'UBND xã An Bình', population: 600 },
  { code: 'XA-BINH-MINH', name: 'UBND xã Bình Minh', population: 900 },
];

describe.skipIf(skip)('province migration 0002 (sums per package and lĩnh vực)', () => {
  let db: TestDatabase;
  let pool: pg.Pool;

  beforeAll(async () => {
    db = await openTestDatabase('migration-totals');
    pool = new pg.Pool({ connectionString: db.url });
  }, 120_000);
  afterAll(async () => {
    await pool?.end();
    db?.drop();
  });

  it('backfills the sums of packages stored before it, equal to the sums of their items', async () => {
    expect(await migratePg(pool, pgMigrations.slice(0, 1))).toBe(1);
    // 0001's words of the proposals, which 0003 drops and today's writer no longer fills.
    await pool.query(
      `ALTER TABLE submission_items ALTER proposals SET DEFAULT 0, ALTER proposal_texts SET DEFAULT '[]'`,
    );
    const planId = await insertPlan(pool, {
      key: 'KH-2026-mig',
      year: 2026,
      title: 'Kế hoạch',
      deadline: null,
    });
    for (const u of UNITS) {
      await upsertProvinceUnit(pool, { code: u.code, name: u.name, level: 'XA' });
      const bytes = workedExampleSubmission({
        unitCode: u.code,
        unitName: u.name,
        planKey: 'KH-2026-mig',
        population: u.population,
        createdAt: '2026-06-01T08:00:00.000Z',
      });
      const d = decodeSubmission(bytes);
      const stored = await insertSubmission(pool, {
        planId,
        unitCode: u.code,
        version: 1,
        contentHash: d.contentHash,
        dataHash: d.dataHash,
        manifest: d.manifest,
        packageBytes: bytes,
        createdAt: d.manifest.createdAt,
        receivedBy: 'officer',
        isCurrent: true,
        supersededBy: null,
      });
      await insertContentRows(pool, stored.id, d.body);
    }

    expect(await migratePg(pool)).toBe(PG_LATEST_VERSION);
    // The items' own sums, as the dashboard computed them before 0002.
    const fromItems = (key: string) =>
      db.psql(
        `SELECT ${key}, count(*), count(i.before_milli), coalesce(sum(i.before_milli), 0),
                coalesce(sum(i.after_milli), 0)
         FROM submission_items i JOIN submissions s ON s.id = i.submission_id GROUP BY 1 ORDER BY 1`,
      );
    const fromTotals = (rows: Awaited<ReturnType<typeof totalsBy>>) =>
      rows
        .sort((a, b) => (a.key < b.key ? -1 : 1))
        .map((r) => [r.key, r.items, r.withCost, r.beforeMilli, r.afterMilli].join('|'));
    const byField = fromItems('i.field');
    expect(byField.length).toBeGreaterThan(1);
    expect(fromTotals(await totalsBy(pool, planId, 'field'))).toEqual(byField);
    expect(fromTotals(await totalsBy(pool, planId, 'unit'))).toEqual(fromItems('s.unit_code'));
    expect(fromTotals(await totalsBy(pool, planId, 'all'))).toEqual(fromItems("''"));
  });
});
