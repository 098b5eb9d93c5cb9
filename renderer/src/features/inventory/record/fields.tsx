import { useId, useState } from 'react';

/**
 * A labelled text input (or multi-line editor for long texts) that keeps its own draft and commits on blur
 * when the value changed. `validate` returns the reason shown inline under the field; an invalid value is not
 * committed.
 */
export function TextField(p: {
  label: string;
  value: string;
  onCommit: (value: string) => void;
  multiline?: boolean;
  rows?: number;
  validate?: (value: string) => string | null;
  className?: string;
  placeholder?: string;
}) {
  const id = useId();
  const [draft, setDraft] = useState(p.value);
  const [error, setError] = useState<string | null>(null);
  // A saved (or undone) value replaces the draft: adjust state while rendering, as React recommends.
  const [shown, setShown] = useState(p.value);
  if (shown !== p.value) {
    setShown(p.value);
    setDraft(p.value);
    setError(null);
  }
  const commit = () => {
    const normalized = draft.normalize('NFC');
    const reason = p.validate?.(normalized) ?? null;
    setError(reason);
    if (!reason && normalized !== p.value) p.onCommit(normalized);
  };
  const common = {
    id,
    value: draft,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': error ? `${id}-err` : undefined,
    placeholder: p.placeholder,
    onChange: (e: { target: { value: string } }) => setDraft(e.target.value),
    onBlur: commit,
  };
  return (
    <div className={`field ${p.className ?? ''}`}>
      <label htmlFor={id}>{p.label}</label>
      {p.multiline ? (
        <textarea rows={p.rows ?? Math.min(12, Math.max(3, draft.split('\n').length + 1))} {...common} />
      ) : (
        <input
          type="text"
          {...common}
          onKeyDown={(e) => {
            if (e.key === 'Enter') commit();
          }}
        />
      )}
      {error && (
        <span className="field-error" id={`${id}-err`}>
          {error}
        </span>
      )}
    </div>
  );
}

/** Number from Vietnamese-style input ("1.234", "2,5"); null when empty; NaN when not a number. */
export function parseNumberVi(s: string): number | null {
  const t = s.trim();
  if (!t) return null;
  const normalized = /,/.test(t)
    ? t.replace(/\./g, '').replace(',', '.')
    : /^\d{1,3}(\.\d{3})+$/.test(t)
      ? t.replace(/\./g, '')
      : t;
  return /^-?\d+(\.\d+)?$/.test(normalized) ? Number(normalized) : Number.NaN;
}

export function NumberField(p: {
  label: string;
  value: number | null;
  integer?: boolean;
  onCommit: (value: number | null) => void;
  messages: { number: string; integer: string };
  className?: string;
}) {
  return (
    <TextField
      className={`number ${p.className ?? ''}`}
      label={p.label}
      value={p.value === null ? '' : String(p.value).replace('.', ',')}
      validate={(s) => {
        const n = parseNumberVi(s);
        if (n === null) return null;
        if (Number.isNaN(n) || n < 0) return p.integer ? p.messages.integer : p.messages.number;
        if (p.integer && !Number.isInteger(n)) return p.messages.integer;
        return null;
      }}
      onCommit={(s) => p.onCommit(parseNumberVi(s))}
    />
  );
}

export function SelectField<V extends string>(p: {
  label: string;
  value: V | '';
  options: { value: V | ''; label: string }[];
  onCommit: (v: V | '') => void;
}) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{p.label}</label>
      <select id={id} value={p.value} onChange={(e) => p.onCommit(e.target.value as V | '')}>
        {p.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

export function CheckField(p: { label: string; value: boolean; onCommit: (v: boolean) => void }) {
  return (
    <label className="field check">
      <input type="checkbox" checked={p.value} onChange={(e) => p.onCommit(e.target.checked)} /> {p.label}
    </label>
  );
}

/** Up / down / delete buttons of a list item (keyboard-accessible reordering). */
export function ItemButtons(p: {
  index: number;
  count: number;
  labels: { up: string; down: string; del: string };
  onMove: (from: number, to: number) => void;
  onDelete: () => void;
  name: string;
}) {
  return (
    <span className="item-buttons">
      <button
        type="button"
        aria-label={`${p.labels.up}: ${p.name}`}
        disabled={p.index === 0}
        onClick={() => p.onMove(p.index, p.index - 1)}
      >
        ↑
      </button>
      <button
        type="button"
        aria-label={`${p.labels.down}: ${p.name}`}
        disabled={p.index === p.count - 1}
        onClick={() => p.onMove(p.index, p.index + 1)}
      >
        ↓
      </button>
      <button type="button" className="danger" aria-label={`${p.labels.del}: ${p.name}`} onClick={p.onDelete}>
        ✕
      </button>
    </span>
  );
}

export function moved<T>(list: readonly T[], from: number, to: number): T[] {
  const copy = [...list];
  const [item] = copy.splice(from, 1);
  if (item !== undefined) copy.splice(to, 0, item);
  return copy;
}
