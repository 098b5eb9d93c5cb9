import type { RowLevel, RowSelection } from '../../../../electron/shared/contract/import';
import { formatNumber } from '../../../../electron/shared/text/format';
import { useI18n } from '../../i18n';

/** The officer's pick: null means every value of that kind. */
export interface PickState {
  fields: string[] | null;
  levels: RowLevel[] | null;
}

export const PICK_ALL: PickState = { fields: null, levels: null };

interface Props {
  selection: RowSelection;
  pick: PickState;
  busy: boolean;
  onPick: (next: PickState) => void;
}

/**
 * Which rows of the file to bring in, by level and by lĩnh vực (counted over the whole file), with a warning
 * when most rows are not at the unit's level (a ministry's list into a commune) and one click to keep only the
 * unit's own level.
 */
export function RowPicker({ selection, pick, busy, onPick }: Props) {
  const { t } = useI18n();
  const n = (v: number) => formatNumber(v);
  const { fit } = selection;
  const levelName = t(`import.level.${fit.level}`).toLowerCase();
  const allFields = selection.fields.map((f) => f.name);
  const allLevels = selection.levels.map((l) => l.level);
  const fieldOn = (name: string) => pick.fields === null || pick.fields.includes(name);
  const levelOn = (level: RowLevel) => pick.levels === null || pick.levels.includes(level);
  // Once the officer has kept only the unit's level (and perhaps rows that do not say), the warning has been heard.
  const heard = pick.levels !== null && pick.levels.every((l) => l === fit.level || l === 'NONE');
  const toggle = <T,>(all: T[], current: T[] | null, value: T, on: boolean): T[] | null => {
    const next = on ? [...(current ?? all), value] : (current ?? all).filter((v) => v !== value);
    return all.every((v) => next.includes(v)) ? null : all.filter((v) => next.includes(v));
  };

  return (
    <section className="import-pick-rows" data-testid="import-row-picker">
      <h3>{t('import.pick.title')}</h3>
      {fit.warn && !heard && (
        <div className="import-fit-warning" role="alert" data-testid="import-fit-warning">
          <p>
            {t('import.fit.warn', {
              level: levelName,
              notFitting: n(fit.notFitting),
              known: n(fit.fitting + fit.notFitting),
              fitting: n(fit.fitting),
              unknown: n(fit.unknown),
            })}
          </p>
          <div className="import-actions">
            <button type="button" disabled={busy} onClick={() => onPick({ ...pick, levels: [fit.level] })}>
              {t('import.fit.keepLevel', { level: levelName, count: n(fit.fitting) })}
            </button>
            {fit.unknown > 0 && (
              <button
                type="button"
                disabled={busy}
                onClick={() => onPick({ ...pick, levels: [fit.level, 'NONE'] })}
              >
                {t('import.fit.keepLevelAndUnknown', {
                  level: levelName,
                  count: n(fit.fitting + fit.unknown),
                })}
              </button>
            )}
          </div>
        </div>
      )}
      <fieldset className="import-pick-levels" disabled={busy}>
        <legend>
          {t('import.pick.byLevel', { source: t(`import.pick.source.${selection.levelSource}`) })}
        </legend>
        {selection.levels.map(({ level, count }) => (
          <label key={level}>
            <input
              type="checkbox"
              checked={levelOn(level)}
              onChange={(e) =>
                onPick({ ...pick, levels: toggle(allLevels, pick.levels, level, e.target.checked) })
              }
            />{' '}
            {t(`import.level.${level}`)} ({n(count)})
          </label>
        ))}
      </fieldset>
      <fieldset className="import-pick-fields" disabled={busy}>
        <legend>
          {t('import.pick.byField')}{' '}
          <button type="button" className="link" onClick={() => onPick({ ...pick, fields: null })}>
            {t('import.pick.all')}
          </button>{' '}
          <button type="button" className="link" onClick={() => onPick({ ...pick, fields: [] })}>
            {t('import.pick.clear')}
          </button>
        </legend>
        <div className="import-pick-field-list">
          {selection.fields.map(({ name, count }) => (
            <label key={name}>
              <input
                type="checkbox"
                checked={fieldOn(name)}
                onChange={(e) =>
                  onPick({ ...pick, fields: toggle(allFields, pick.fields, name, e.target.checked) })
                }
              />{' '}
              {name || t('import.pick.noField')} ({n(count)})
            </label>
          ))}
        </div>
      </fieldset>
      {selection.excluded > 0 && (
        <p className="import-muted" data-testid="import-excluded">
          {t('import.pick.excluded', { count: n(selection.excluded) })}
        </p>
      )}
    </section>
  );
}
