import type { Database } from 'better-sqlite3';
import { getDecision, listDecisions } from '../../../db/queries/decisions';
import type { DecisionDetail } from '../../shared/contract/decisions';
import { ApiFailure } from '../api-failure';
import './messages';

/** The decision a 'decision-appendix' report prints: the one asked for, or the unit's newest. */
export function resolveDecision(db: Database, unitId: number, decisionId: number | null): DecisionDetail {
  const id = decisionId ?? listDecisions(db, unitId)[0]?.id;
  const d = id === undefined ? undefined : getDecision(db, id);
  if (!d)
    throw new ApiFailure(decisionId === null ? 'REPORT_NO_DECISION' : 'DECISION_NOT_FOUND', {
      id: decisionId ?? '',
    });
  return d;
}

/**
 * Reports for a date show the units as they were then: a unit merged away is reported up to its valid_to, the new
 * one from its valid_from. Asked for a date outside a unit's validity, the report names the units valid then.
 */
export function requireUnitValidAt(db: Database, unitId: number, asOf: string | undefined): void {
  if (!asOf) return;
  const u = db
    .prepare(
      'SELECT name, code, valid_from AS validFrom, valid_to AS validTo, replaced_by_json AS by FROM units WHERE id = ?',
    )
    .get(unitId) as
    { name: string; code: string; validFrom: string | null; validTo: string | null; by: string } | undefined;
  if (!u) return;
  const before = u.validFrom !== null && asOf < u.validFrom;
  const after = u.validTo !== null && asOf > u.validTo;
  if (!before && !after) return;
  const others = before
    ? (db
        .prepare('SELECT name FROM units u, json_each(u.replaced_by_json) j WHERE j.value = ?')
        .pluck()
        .all(u.code) as string[])
    : (db
        .prepare('SELECT name FROM units WHERE code IN (SELECT value FROM json_each(?))')
        .pluck()
        .all(u.by) as string[]);
  throw new ApiFailure('REPORT_UNIT_NOT_VALID_AT', {
    unit: u.name,
    date: asOf.split('-').reverse().join('/'),
    units: others.join(', ') || '—',
  });
}
