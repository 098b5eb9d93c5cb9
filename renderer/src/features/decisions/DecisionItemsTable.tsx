import type {
  DecisionChange,
  DecisionItem,
  DecisionLevel,
} from '../../../../electron/shared/contract/decisions';
import { useI18n } from '../../i18n';

export const CHANGES: DecisionChange[] = ['NEW', 'AMENDED', 'REPLACED', 'ABOLISHED'];
export const LEVELS: DecisionLevel[] = ['TINH', 'CHUNG', 'XA'];

export const blankItem = (): DecisionItem => ({
  change: 'NEW',
  level: 'XA',
  field: '',
  code: '',
  name: '',
  replacesCode: '',
  timeText: '',
  placeText: '',
  feeText: '',
  legalText: '',
  agency: '',
  note: '',
});

type TextKey = 'field' | 'code' | 'name' | 'timeText' | 'feeText' | 'legalText' | 'replacesCode';
const TEXT_COLUMNS: {
  key: TextKey;
  label:
    | 'decisions.col.field'
    | 'decisions.col.code'
    | 'decisions.col.name'
    | 'decisions.col.time'
    | 'decisions.col.fee'
    | 'decisions.col.legal'
    | 'decisions.col.replaces';
  wide?: boolean;
}[] = [
  { key: 'field', label: 'decisions.col.field' },
  { key: 'code', label: 'decisions.col.code' },
  { key: 'name', label: 'decisions.col.name', wide: true },
  { key: 'timeText', label: 'decisions.col.time' },
  { key: 'feeText', label: 'decisions.col.fee' },
  { key: 'legalText', label: 'decisions.col.legal', wide: true },
  { key: 'replacesCode', label: 'decisions.col.replaces' },
];

/** The Phần I rows of a decision, edited in place (one row per procedure, its list and its level group). */
export function DecisionItemsTable({
  items,
  readOnly,
  onChange,
}: {
  items: DecisionItem[];
  readOnly: boolean;
  onChange: (items: DecisionItem[]) => void;
}) {
  const { t } = useI18n();
  const set = (i: number, patch: Partial<DecisionItem>) =>
    onChange(items.map((it, j) => (j === i ? { ...it, ...patch } : it)));
  return (
    <div className="decision-items-wrap">
      <table className="decision-items">
        <thead>
          <tr>
            <th>#</th>
            <th>{t('decisions.col.change')}</th>
            <th>{t('decisions.col.level')}</th>
            {TEXT_COLUMNS.map((c) => (
              <th key={c.key} className={c.wide ? 'wide' : ''}>
                {t(c.label)}
              </th>
            ))}
            {!readOnly && <th />}
          </tr>
        </thead>
        <tbody>
          {items.map((it, i) => (
            <tr key={i}>
              <td className="num">{i + 1}</td>
              <td>
                <select
                  aria-label={`${t('decisions.col.change')} ${i + 1}`}
                  disabled={readOnly}
                  value={it.change}
                  onChange={(e) => set(i, { change: e.target.value as DecisionChange })}
                >
                  {CHANGES.map((c) => (
                    <option key={c} value={c}>
                      {t(`decisions.change.${c}`)}
                    </option>
                  ))}
                </select>
              </td>
              <td>
                <select
                  aria-label={`${t('decisions.col.level')} ${i + 1}`}
                  disabled={readOnly}
                  value={it.level}
                  onChange={(e) => set(i, { level: e.target.value as DecisionLevel })}
                >
                  {LEVELS.map((l) => (
                    <option key={l} value={l}>
                      {t(`decisions.level.${l}`)}
                    </option>
                  ))}
                </select>
              </td>
              {TEXT_COLUMNS.map((c) => (
                <td key={c.key} className={c.wide ? 'wide' : ''}>
                  <textarea
                    rows={1}
                    aria-label={`${t(c.label)} ${i + 1}`}
                    readOnly={readOnly}
                    value={it[c.key]}
                    onChange={(e) => set(i, { [c.key]: e.target.value })}
                  />
                  {c.key === 'name' && it.content && (
                    <div className="content-note" data-testid={`content-note-${i + 1}`}>
                      {t('decisions.contentNote', {
                        steps: it.content.steps.length,
                        documents: it.content.components.length,
                      })}
                    </div>
                  )}
                </td>
              ))}
              {!readOnly && (
                <td>
                  <button
                    type="button"
                    title={t('decisions.removeRow')}
                    aria-label={`${t('decisions.removeRow')} ${i + 1}`}
                    onClick={() => onChange(items.filter((_, j) => j !== i))}
                  >
                    ✕
                  </button>
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
