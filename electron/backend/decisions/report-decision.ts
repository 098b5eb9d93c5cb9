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
