import type { RowLevel, RowPick, RowSelection } from '../../shared/contract/import';
import type { UnitLevel } from '../../shared/domain';
import { compareVi } from '../../shared/text/collate';
import { fold } from '../../shared/text/fold';
import { LEVEL_KEYS, levelFit, levelsOf, type LevelFit } from './level-fit';
import type { Candidate } from './list-rows';

/**
 * The officer's choice of rows (issue: a ministry's list imported whole into a commune): by lĩnh vực and by
 * level, both read from the file (level-fit.ts). Rows left out are dropped before anything is planned, so they
 * are neither written nor reported.
 */
export function rowLevels(c: Candidate): RowLevel[] {
  const levels = levelsOf(c);
  return levels.size ? LEVEL_KEYS.filter((l) => levels.has(l)) : ['NONE'];
}

export function pickRows(
  candidates: Candidate[],
  pick: RowPick | undefined,
): { kept: Candidate[]; excluded: number } {
  if (!pick || (!pick.fields && !pick.levels)) return { kept: candidates, excluded: 0 };
  // Lĩnh vực compared accent- and case-insensitively (the CLI's --only-field is typed by hand).
  const fields = pick.fields ? new Set(pick.fields.map(fold)) : null;
  const levels = pick.levels ? new Set(pick.levels) : null;
  const kept = candidates.filter(
    (c) =>
      (!fields || fields.has(fold(c.record.field ?? ''))) &&
      (!levels || rowLevels(c).some((l) => levels.has(l))),
  );
  return { kept, excluded: candidates.length - kept.length };
}

/** The fit of all of a file's rows to a unit's level (the CLI's warning, the wizard's banner). */
export function fitOf(candidates: Candidate[], unitLevel: UnitLevel): LevelFit {
  return levelFit(candidates.map(levelsOf), unitLevel);
}

/** What there is to pick from, counted over every row of the file. */
export function rowSelection(candidates: Candidate[], unitLevel: UnitLevel, excluded: number): RowSelection {
  const fields = new Map<string, number>();
  const levels = new Map<RowLevel, number>();
  for (const c of candidates) {
    const field = c.record.field ?? '';
    fields.set(field, (fields.get(field) ?? 0) + 1);
    for (const l of rowLevels(c)) levels.set(l, (levels.get(l) ?? 0) + 1);
  }
  const fit = fitOf(candidates, unitLevel);
  return {
    fields: [...fields]
      .map(([name, count]) => ({ name, count }))
      .sort((a, b) => (a.name === '' ? 1 : b.name === '' ? -1 : compareVi(a.name, b.name))),
    levels: (['XA', 'HUYEN', 'TINH', 'BO', 'NONE'] as const)
      .filter((l) => levels.has(l))
      .map((level) => ({ level, count: levels.get(level)! })),
    levelSource: candidates.some((c) => c.record.levels?.length)
      ? 'column'
      : fit.fitting + fit.notFitting > 0
        ? 'agencies'
        : 'none',
    fit,
    excluded,
  };
}
