import { useMemo, useState } from 'react';
import { useI18n } from '../../i18n';
import { distinctValues, type GridRow, type ValueFilters } from './grid/row-filter';

/** Checkbox value filter per column (the Enterprise set filter, rebuilt small). */
export function ValueFilter(props: {
  rows: readonly GridRow[];
  columns: { id: string; name: string }[];
  filters: ValueFilters;
  valueOf: (row: GridRow, colId: string) => string;
  onChange: (filters: ValueFilters) => void;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const [colId, setColId] = useState(props.columns[0]?.id ?? '');
  const { rows, valueOf } = props;
  const values = useMemo(() => distinctValues(rows, (r) => valueOf(r, colId)), [rows, colId, valueOf]);
  const allowed = props.filters[colId];
  const isOn = (v: string) => !allowed || allowed.includes(v);
  const toggle = (v: string, on: boolean) => {
    const current = allowed ?? values.map((x) => x.value);
    const next = on ? [...current, v] : current.filter((x) => x !== v);
    const copy = { ...props.filters };
    if (next.length === values.length) delete copy[colId];
    else copy[colId] = next;
    props.onChange(copy);
  };
  const clear = () => {
    const copy = { ...props.filters };
    delete copy[colId];
    props.onChange(copy);
  };
  return (
    <div className="popover value-filter" role="dialog" aria-label={t('inventory.toolbar.filter')}>
      <header>
        <label>
          {t('inventory.filter.column')}{' '}
          <select value={colId} onChange={(e) => setColId(e.target.value)}>
            {props.columns.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </label>
        <button type="button" onClick={props.onClose}>
          {t('inventory.close')}
        </button>
      </header>
      <label className="filter-all">
        <input type="checkbox" checked={!allowed} onChange={clear} /> {t('inventory.filter.all')}
      </label>
      <ul>
        {values.map((v) => (
          <li key={v.value}>
            <label>
              <input
                type="checkbox"
                checked={isOn(v.value)}
                onChange={(e) => toggle(v.value, e.target.checked)}
              />
              {v.value || t('inventory.group.empty')} <span className="muted">({v.count})</span>
            </label>
          </li>
        ))}
      </ul>
    </div>
  );
}
