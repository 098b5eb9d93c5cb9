import type { Database } from 'better-sqlite3';
import type { ProcedureRecord } from '../../electron/shared/domain';
import { fold } from '../../electron/shared/text/fold';

/** What a procedure is found by, each part as stored; steps and documents are their texts joined. */
interface SearchedText {
  code: string;
  name: string;
  field: string;
  executingAgencies: string;
  authorityAgencies: string;
  subjects: string;
  steps: string;
  docs: string;
}

/** The one definition of a procedure's search text (search_text): its searched parts, folded. */
export function foldSearchText(t: SearchedText): string {
  return fold(
    [t.code, t.name, t.field, t.executingAgencies, t.authorityAgencies, t.subjects, t.steps, t.docs].join(
      ' ',
    ),
  );
}

/** The folded search text of a record in memory — what refreshSearchText computes from the stored rows. */
export function searchTextOf(r: ProcedureRecord): string {
  // Most imported rows have neither steps nor documents: skip building empty lists for them.
  const steps = r.steps.length ? r.steps.map((s) => `${s.title} ${s.text} ${s.actor}`).join(' ') : '';
  const docs = r.componentGroups.length
    ? r.componentGroups.flatMap((g) => g.components.map((c) => `${c.name} ${c.formName}`)).join(' ')
    : '';
  return foldSearchText({
    code: r.code,
    name: r.name,
    field: r.field,
    executingAgencies: r.executingAgencies,
    authorityAgencies: r.authorityAgencies,
    subjects: r.subjects,
    steps,
    docs,
  });
}

/**
 * Rebuilds the folded search text of one procedure from its code, name, field, agencies, steps and dossier
 * components. SQLite's own folding keeps đ ≠ d (reliability-perf.md §3.1), so the app folds and stores it.
 */
export function refreshSearchText(db: Database, procedureId: number): void {
  const p = db
    .prepare(
      `SELECT code, name, field, executing_agencies AS executingAgencies, authority_agencies AS authorityAgencies,
         subjects FROM procedures WHERE id = ?`,
    )
    .get(procedureId) as Omit<SearchedText, 'steps' | 'docs'> | undefined;
  if (!p) return;
  const steps = db
    .prepare(
      "SELECT group_concat(title || ' ' || text || ' ' || actor, ' ') AS t FROM steps WHERE procedure_id = ?",
    )
    .get(procedureId) as { t: string | null };
  const docs = db
    .prepare(
      `SELECT group_concat(c.name || ' ' || c.form_name, ' ') AS t FROM components c
       JOIN component_groups g ON g.id = c.group_id WHERE g.procedure_id = ?`,
    )
    .get(procedureId) as { t: string | null };
  const text = foldSearchText({ ...p, steps: steps.t ?? '', docs: docs.t ?? '' });
  db.prepare('UPDATE procedures SET search_text = ? WHERE id = ?').run(text, procedureId);
}
