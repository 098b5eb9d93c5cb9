import { useMemo, useState } from 'react';
import type {
  DryRunRow,
  DryRunSummary,
  RowSelection,
  RowStatus,
} from '../../../../electron/shared/contract/import';
import { formatNumber } from '../../../../electron/shared/text/format';
import { useI18n } from '../../i18n';
import { RowPicker, type PickState } from './RowPicker';

interface Props {
  summary: DryRunSummary;
  rows: DryRunRow[];
  truncated: boolean;
  selection: RowSelection;
  pick: PickState;
  onPick: (next: PickState) => void;
  accepted: Set<string>;
  onAccepted: (next: Set<string>) => void;
  busy: boolean;
  onCommit: () => void;
  onBack: () => void;
}

const STATUSES: RowStatus[] = ['updated', 'new', 'rejected'];

/**
 * The dry run: which rows to bring in (by level, by lĩnh vực, with the level-fit warning), counts, then every
 * new/changed/rejected row; changed rows show old → new per field, each accepted or not.
 */
export function ReviewStep({
  summary,
  rows,
  truncated,
  selection,
  pick,
  onPick,
  accepted,
  onAccepted,
  busy,
  onCommit,
  onBack,
}: Props) {
  const { t } = useI18n();
  const first = STATUSES.find((s) => rows.some((r) => r.status === s)) ?? 'new';
  const [tab, setTab] = useState<RowStatus>(first);
  const shown = useMemo(() => rows.filter((r) => r.status === tab), [rows, tab]);
  const updatedKeys = rows.filter((r) => r.status === 'updated').map((r) => r.key);
  const toWrite = summary.new + accepted.size;
  const n = (v: number) => formatNumber(v);

  const toggle = (key: string, on: boolean) => {
    const next = new Set(accepted);
    if (on) next.add(key);
    else next.delete(key);
    onAccepted(next);
  };

  return (
    <div className="import-review">
      <RowPicker selection={selection} pick={pick} busy={busy} onPick={onPick} />
      <p className="import-summary" data-testid="import-summary">
        {t('import.summary', {
          total: n(summary.total),
          new: n(summary.new),
          updated: n(summary.updated),
          unchanged: n(summary.unchanged),
          rejected: n(summary.rejected),
        })}
      </p>
      <div className="import-tabs" role="tablist">
        {STATUSES.map((s) => (
          <button
            key={s}
            type="button"
            role="tab"
            aria-selected={tab === s}
            className={tab === s ? 'active' : ''}
            onClick={() => setTab(s)}
          >
            {t(`import.status.${s}`)} ({n(rows.filter((r) => r.status === s).length)})
          </button>
        ))}
      </div>
      {tab === 'updated' && updatedKeys.length > 0 && (
        <div className="import-row">
          <span className="import-muted">{t('import.diffHint')}</span>
          <button type="button" onClick={() => onAccepted(new Set(updatedKeys))}>
            {t('import.acceptAll')}
          </button>
          <button type="button" onClick={() => onAccepted(new Set())}>
            {t('import.rejectAll')}
          </button>
        </div>
      )}
      <div className="import-scroll import-review-list">
        {shown.map((r) => (
          <section
            key={r.key}
            className={`import-item import-item-${r.status}`}
            data-testid={`import-row-${r.key}`}
          >
            <header>
              {r.status === 'updated' && (
                <label className="import-accept">
                  <input
                    type="checkbox"
                    checked={accepted.has(r.key)}
                    onChange={(e) => toggle(r.key, e.target.checked)}
                    aria-label={`${t('import.accept')} ${r.key}`}
                  />
                  {t('import.accept')}
                </label>
              )}
              <strong>{r.key}</strong> <span>{r.name}</span>
              <span className="import-muted">
                {' '}
                — {r.sheet}, {t('import.row').toLowerCase()} {r.row}
              </span>
            </header>
            {r.diffs.length > 0 && (
              <table className="import-table import-diff">
                <thead>
                  <tr>
                    <th>{t('import.field')}</th>
                    <th>{t('import.old')}</th>
                    <th>{t('import.new')}</th>
                  </tr>
                </thead>
                <tbody>
                  {r.diffs.map((d) => (
                    <tr key={d.field}>
                      <td>{d.label}</td>
                      <td className="import-old">{d.old}</td>
                      <td className="import-new">{d.new}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
            {r.problems.length > 0 && (
              <ul className="import-problems">
                {r.problems.map((p, i) => (
                  <li key={i} className={`import-cell-${p.severity}`}>
                    {p.sheet}!{p.column}
                    {p.row}: {p.message}
                  </li>
                ))}
              </ul>
            )}
          </section>
        ))}
      </div>
      {truncated && <p className="import-muted">{t('import.truncated')}</p>}
      {toWrite === 0 ? (
        <p className="import-error" role="status" data-testid="import-nothing">
          {t('import.noneImported', {
            rejected: n(summary.rejected),
            unchanged: n(summary.unchanged),
            conflicts: n(summary.updated),
          })}
        </p>
      ) : (
        <p className="import-muted" data-testid="import-all-or-nothing">
          {t(summary.rejected ? 'import.allOrNothingRejected' : 'import.allOrNothing', {
            count: n(toWrite),
            rejected: n(summary.rejected),
          })}
        </p>
      )}
      <div className="import-actions">
        <button type="button" onClick={onBack} disabled={busy}>
          {t('import.back')}
        </button>
        <button
          type="button"
          className="primary"
          disabled={busy || toWrite === 0}
          onClick={onCommit}
          data-testid="import-commit"
        >
          {toWrite === 0 ? t('import.nothing') : t('import.commit', { count: n(toWrite) })}
        </button>
      </div>
    </div>
  );
}
