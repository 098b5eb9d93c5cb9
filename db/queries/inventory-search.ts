/**
 * The inventory search on the backend, by the rule of electron/shared/text/search.ts. The grid's columns of every
 * row are ranked by `columnTier`, exactly as the renderer ranks them. For the other rows, SQLite keeps those whose
 * stored search text (code, name, lĩnh vực, agencies, subjects, steps, components, folded) holds the words in
 * order and settles most of them; `hasPhrase` reads the rest; those rows come last (TEXT).
 */
import type { Database, Statement } from 'better-sqlite3';
import { liveOrTrash } from './validity';
import {
  columnTier,
  compareMatches,
  foldColumns,
  hasPhrase,
  MatchTier,
  parseSearch,
  placeOf,
  type HiddenParts,
  type MatchPlace,
} from '../../electron/shared/text/search';

/** One matching row of a unit's inventory, with its rank. */
export interface SearchMatch {
  /** unit_procedures.id (the grid's row id). */
  id: number;
  procedureId: number;
  code: string;
  name: string;
  tier: MatchTier;
}

/** GLOB pattern text matching `word` literally. */
const globLiteral = (word: string) => word.replace(/[*?[]/g, (c) => `[${c}]`);
/**
 * A string holding the UTF-8 bytes of `text`, one character per byte. Stored texts are read this way (as a blob):
 * ≈ 2× faster than decoding 110 MB of UTF-8 at national scale, and the match is the same, since every byte of a
 * non-ASCII character is, like the character, not a letter a–z or a digit.
 */
const asBytes = (text: string) => Buffer.from(text, 'utf8').toString('latin1');

/**
 * Every row of a unit's inventory (or its trash) matching the query, unordered (rank with compareMatches); null
 * for an empty query (no search).
 */
export function findMatches(
  db: Database,
  o: { unitId: number; search: string | undefined; deleted?: boolean | undefined },
): SearchMatch[] | null {
  const q = parseSearch(o.search ?? '');
  if (!q.words.length) return null;
  const rows = db
    .prepare(
      `SELECT up.id, up.procedure_id AS procedureId, p.code, p.name, p.field,
              p.executing_agencies AS executingAgencies
       FROM unit_procedures up JOIN procedures p ON p.id = up.procedure_id
       WHERE up.unit_id = ? AND ${liveOrTrash(o.deleted)}`,
    )
    .all(o.unitId) as (SearchMatch & { field: string; executingAgencies: string })[];
  const out: SearchMatch[] = [];
  const rest = new Map<number, SearchMatch>();
  for (const r of rows) {
    const tier = columnTier(foldColumns(r), q);
    const match = {
      id: r.id,
      procedureId: r.procedureId,
      code: r.code,
      name: r.name,
      tier: tier ?? MatchTier.TEXT,
    };
    if (tier !== null) out.push(match);
    else rest.set(r.procedureId, match);
  }
  if (rest.size) {
    // SQLite keeps the rows holding the words in order (a superset) and marks those holding them as typed, one
    // space apart after a space (surely the phrase: a subset); only the others are read here.
    const phrase = q.words.join(' ');
    const candidates = db
      .prepare(
        `SELECT p.id, instr(p.search_text, ?) > 0 OR substr(p.search_text, 1, ?) = ?
         FROM json_each(?) j JOIN procedures p ON p.id = j.value WHERE p.search_text GLOB ?`,
      )
      .raw()
      .all(
        ` ${phrase}`,
        phrase.length,
        phrase,
        JSON.stringify([...rest.keys()]),
        `*${q.words.map(globLiteral).join('*')}*`,
      ) as [number, number][];
    const unsure: number[] = [];
    for (const [procedureId, surely] of candidates)
      if (surely) out.push(rest.get(procedureId)!);
      else unsure.push(procedureId);
    const texts = db
      .prepare(
        'SELECT p.id, CAST(p.search_text AS BLOB) FROM json_each(?) j JOIN procedures p ON p.id = j.value',
      )
      .raw()
      .iterate(JSON.stringify(unsure)) as IterableIterator<[number, Buffer]>;
    const bytes = { words: q.words.map(asBytes) };
    for (const [procedureId, text] of texts)
      if (hasPhrase(text.toString('latin1'), bytes)) out.push(rest.get(procedureId)!);
  }
  return out;
}

/** findMatches, best first. */
export function searchInventory(
  db: Database,
  o: { unitId: number; search: string | undefined; deleted?: boolean | undefined },
): SearchMatch[] | null {
  return findMatches(db, o)?.sort(compareMatches) ?? null;
}

const HINT_NAME_MAX = 80;

const statements = new WeakMap<Database, { head: Statement; steps: Statement; documents: Statement }>();
function partStatements(db: Database) {
  let s = statements.get(db);
  if (!s) {
    s = {
      head: db.prepare('SELECT authority_agencies AS authority, subjects FROM procedures WHERE id = ?'),
      steps: db.prepare('SELECT title, text, actor FROM steps WHERE procedure_id = ? ORDER BY ord, id').raw(),
      documents: db
        .prepare(
          `SELECT c.name, c.form_name, c.is_note FROM components c JOIN component_groups g ON g.id = c.group_id
           WHERE g.procedure_id = ? ORDER BY g.ord, g.id, c.ord, c.id`,
        )
        .raw(),
    };
    statements.set(db, s);
  }
  return s;
}

/**
 * Where each of these procedures holds the query as a phrase (the hint of a TEXT match), read part by part until
 * found. Asked for the rows the grid shows, not for every match: reading every step of thousands of
 * rows would take seconds at national scale.
 */
export function matchPlaces(
  db: Database,
  search: string,
  procedureIds: readonly number[],
): { procedureId: number; place: MatchPlace | null }[] {
  const q = parseSearch(search);
  const s = partStatements(db);
  return procedureIds.map((procedureId) => {
    const head = s.head.get(procedureId) as { authority: string; subjects: string } | undefined;
    if (!head || !q.words.length) return { procedureId, place: null };
    const parts: HiddenParts = {
      authority: head.authority,
      subjects: head.subjects,
      steps: (function* () {
        for (const r of s.steps.iterate(procedureId) as IterableIterator<string[]>) yield r.join(' ');
      })(),
      documents: (function* () {
        for (const [name, form, note] of s.documents.iterate(procedureId) as IterableIterator<
          [string, string, number]
        >)
          yield { name, text: `${name} ${form}`, note: note === 1 };
      })(),
    };
    const place = placeOf(parts, q);
    // Component names run to hundreds of characters; the hint shows their start.
    if (place?.part === 'document' && place.name.length > HINT_NAME_MAX)
      place.name = place.name.slice(0, HINT_NAME_MAX - 1).trimEnd() + '…';
    return { procedureId, place };
  });
}
