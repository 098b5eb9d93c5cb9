/**
 * A unit's row of a procedure is current from its valid_from (a decision's effective date) until its valid_to
 * (the date a decision or a national update repealed it). Repealed rows are never deleted: hidden from the
 * current lists, shown in history and in reports for earlier dates. SQL on the `up` (unit_procedures) alias.
 */
export const CURRENT_ROW = "(up.valid_to IS NULL OR up.valid_to > date('now', 'localtime'))";

/** The rows in force on an ISO date (bind the date twice). */
export const ROW_IN_FORCE_AT =
  '(up.valid_to IS NULL OR up.valid_to > ?) AND (up.valid_from IS NULL OR up.valid_from <= ?)';

/** Live rows: not in the trash and not repealed; the trash view shows the trashed ones. SQL on the `up` alias. */
export const liveOrTrash = (trash: boolean | undefined): string =>
  trash ? 'up.deleted_at IS NOT NULL' : `up.deleted_at IS NULL AND ${CURRENT_ROW}`;
