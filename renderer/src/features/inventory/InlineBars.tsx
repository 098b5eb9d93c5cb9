import { useState, type RefObject } from 'react';
import type { InventoryRow } from '../../../../electron/shared/contract/inventory';
import { formatNumber } from '../../../../electron/shared/text/format';
import { call } from '../../api/client';
import { useI18n } from '../../i18n';
import type { RangeBounds } from './grid/cell-range';

/** The reason an edit was refused, shown right under the cell (the value stays as it was). */
export function InvalidBubble(p: {
  container: RefObject<HTMLElement | null>;
  rowId: string;
  colId: string;
  message: string;
}) {
  // Placed from the DOM once mounted (the cell's position is only known there).
  const place = (el: HTMLDivElement | null) => {
    const box = p.container.current;
    const cell = box?.querySelector<HTMLElement>(
      `.ag-row[row-id="${CSS.escape(p.rowId)}"] .ag-cell[col-id="${CSS.escape(p.colId)}"]`,
    );
    if (!el) return;
    if (!box || !cell) {
      el.hidden = true;
      return;
    }
    const b = box.getBoundingClientRect();
    const c = cell.getBoundingClientRect();
    el.hidden = false;
    el.style.top = `${c.bottom - b.top + 2}px`;
    el.style.left = `${Math.max(0, c.left - b.left)}px`;
  };
  return (
    <div
      ref={place}
      key={`${p.rowId}:${p.colId}:${p.message}`}
      className="invalid-bubble"
      data-testid="cell-invalid"
    >
      {p.message}
    </div>
  );
}

/** Confirmation for pasted rows beyond the end of the list (they would become new procedures). */
export function PasteConfirm(p: {
  count: number;
  onCreate: () => void;
  onSkip: () => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  return (
    <div className="confirm-bar" role="group" aria-label={t('inventory.paste.confirm', { count: p.count })}>
      <span>{t('inventory.paste.confirm', { count: p.count })}</span>
      <button type="button" className="primary" onClick={p.onCreate}>
        {t('inventory.paste.create')}
      </button>
      <button type="button" onClick={p.onSkip}>
        {t('inventory.paste.skip')}
      </button>
      <button type="button" onClick={p.onCancel}>
        {t('inventory.paste.cancel')}
      </button>
    </div>
  );
}

/** "Thêm thủ tục": code and name, validated by the backend with the reason shown inline. */
export function NewProcedureForm(p: {
  unitId: number;
  onCreated: (row: InventoryRow) => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const [code, setCode] = useState('');
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  return (
    <form
      className="confirm-bar"
      onSubmit={(e) => {
        e.preventDefault();
        call('procedures.create', { unitId: p.unitId, code, name })
          .then(p.onCreated)
          .catch((err: Error) => setError(err.message));
      }}
    >
      <label>
        {t('inventory.new.code')}{' '}
        <input autoFocus value={code} onChange={(e) => setCode(e.target.value)} placeholder="1.000000" />
      </label>
      <label>
        {t('inventory.new.name')} <input value={name} onChange={(e) => setName(e.target.value)} size={50} />
      </label>
      <button type="submit" className="primary">
        {t('inventory.new.create')}
      </button>
      <button type="button" onClick={p.onCancel}>
        {t('inventory.new.cancel')}
      </button>
      {error && <span className="field-error">{error}</span>}
    </form>
  );
}

/** The status line under the grid: rows shown / total, the trash, the selection, active filters, the last message. */
export function StatusLine(p: {
  shown: number;
  total: number;
  trashed: boolean;
  bounds: RangeBounds | null;
  filtered: string[];
  status: string | null;
  /** The backend is still searching steps and documents; then how many rows it found only there. */
  textPending: boolean;
  textCount: number;
}) {
  const { t } = useI18n();
  const b = p.bounds;
  return (
    <footer className="status-line">
      <span data-testid="row-count">
        {t('inv.status', { shown: formatNumber(p.shown), total: formatNumber(p.total) })}
      </span>
      {p.trashed && <span>{t('inventory.toolbar.trashView')}</span>}
      {b && (b.bottom > b.top || b.colIds.length > 1) && (
        <span>{t('inventory.selection', { rows: b.bottom - b.top + 1, cols: b.colIds.length })}</span>
      )}
      {p.textPending && <span>{t('inventory.search.pending')}</span>}
      {!p.textPending && p.textCount > 0 && (
        <span>{t('inventory.search.textFound', { count: formatNumber(p.textCount) })}</span>
      )}
      {p.filtered.length > 0 && (
        <span>{t('inventory.filter.active', { columns: p.filtered.join(', ') })}</span>
      )}
      {p.status && <span role="status">{p.status}</span>}
    </footer>
  );
}
