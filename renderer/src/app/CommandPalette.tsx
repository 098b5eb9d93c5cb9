import { useEffect, useMemo, useRef, useState } from 'react';
import type { MenuCommand } from '../../../electron/shared/contract/menu';
import { fold, matchesAll } from '../../../electron/shared/text/fold';
import { useI18n, type MessageKey } from '../i18n';
import { sendMenuCommand } from './menu-events';
import { SCREENS, type ScreenId } from './screens';

interface PaletteItem {
  id: string;
  label: string;
  hint?: string;
  run: () => void;
}

const MENU_ITEMS: { command: MenuCommand; label: MessageKey; hint?: string }[] = [
  { command: 'new-database', label: 'palette.newDatabase' },
  { command: 'import-excel', label: 'palette.import' },
  { command: 'export-report', label: 'palette.export' },
  { command: 'undo', label: 'palette.undo', hint: 'Ctrl+Z' },
  { command: 'redo', label: 'palette.redo', hint: 'Ctrl+Y' },
];

/**
 * Ctrl+K: every menu action and every screen from the keyboard, searched accent-insensitively
 * ("nhap" finds "Nhập Excel").
 */
export function CommandPalette(props: { onNavigate: (id: ScreenId) => void; onSwitchLocale: () => void }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'k') {
        e.preventDefault();
        setOpen((o) => !o);
        setQuery('');
        setActive(0);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  useEffect(() => {
    if (open) input.current?.focus();
  }, [open]);

  const items = useMemo<PaletteItem[]>(
    () => [
      ...SCREENS.map((s) => ({
        id: `go:${s.id}`,
        label: t('palette.goto', { screen: t(s.label) }),
        run: () => props.onNavigate(s.id),
      })),
      ...MENU_ITEMS.map((m) => ({
        id: m.command,
        label: t(m.label),
        ...(m.hint ? { hint: m.hint } : {}),
        run: () => sendMenuCommand(m.command),
      })),
      { id: 'locale', label: t('palette.locale'), run: props.onSwitchLocale },
    ],
    [t, props],
  );
  const shown = useMemo(() => items.filter((i) => matchesAll(fold(i.label), query)), [items, query]);
  if (!open) return null;

  const runAt = (index: number) => {
    const item = shown[index];
    if (!item) return;
    setOpen(false);
    item.run();
  };

  return (
    <div className="dialog-backdrop" onMouseDown={() => setOpen(false)}>
      <div
        className="palette"
        role="dialog"
        aria-label={t('palette.title')}
        onMouseDown={(e) => e.stopPropagation()}
      >
        <input
          ref={input}
          value={query}
          placeholder={t('palette.placeholder')}
          aria-label={t('palette.placeholder')}
          onChange={(e) => {
            setQuery(e.target.value);
            setActive(0);
          }}
          onKeyDown={(e) => {
            if (e.key === 'Escape') setOpen(false);
            else if (e.key === 'ArrowDown') setActive((a) => Math.min(a + 1, shown.length - 1));
            else if (e.key === 'ArrowUp') setActive((a) => Math.max(a - 1, 0));
            else if (e.key === 'Enter') runAt(active);
            else return;
            e.preventDefault();
          }}
        />
        <ul role="listbox">
          {shown.map((item, i) => (
            <li
              key={item.id}
              role="option"
              aria-selected={i === active}
              className={i === active ? 'active' : ''}
              onClick={() => runAt(i)}
            >
              <span>{item.label}</span>
              {item.hint && <kbd>{item.hint}</kbd>}
            </li>
          ))}
          {shown.length === 0 && <li className="empty">{t('palette.none')}</li>}
        </ul>
      </div>
    </div>
  );
}
