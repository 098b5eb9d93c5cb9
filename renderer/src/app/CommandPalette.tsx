import { useEffect, useMemo, useRef, useState } from 'react';
import { MENU_COMMANDS, type MenuCommand } from '../../../electron/shared/contract/menu';
import type { ReportInfo } from '../../../electron/shared/contract/reports';
import { fold } from '../../../electron/shared/text/fold';
import { call } from '../api/client';
import { useI18n } from '../i18n';
import { COMMANDS } from './commands';

interface PaletteItem {
  id: string;
  label: string;
  hint?: string;
  command: MenuCommand;
  arg?: string;
}

const WORD_RE = /[\p{L}\p{N}]+/gu;

/**
 * Where the query matches a label, or null: every query word (accent-free, đ = d) starts a word of the label, so
 * "in" finds "In…" but not "Chính"; a smaller score (the first word's position) ranks higher.
 */
export function paletteScore(label: string, query: string): number | null {
  const words = fold(label).match(WORD_RE) ?? [];
  const tokens = fold(query).match(WORD_RE) ?? [];
  let first = 0;
  for (const [i, token] of tokens.entries()) {
    const at = words.findIndex((w) => w.startsWith(token));
    if (at < 0) return null;
    if (i === 0) first = at;
  }
  return first;
}

/** Shortcuts the page itself handles (the others are the desktop menu's accelerators; a browser keeps its own). */
const PAGE_KEYS = new Set(['Ctrl+Z', 'Ctrl+Y', 'Ctrl+F']);

/**
 * Ctrl+K: every command of the menus and toolbars (commands.ts), one "export" per report, searched
 * accent-insensitively at word starts ("nhap" finds "Nhập Excel", "in" finds "In…").
 */
export function CommandPalette(props: { onCommand: (command: MenuCommand, arg?: string) => void }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const [reports, setReports] = useState<ReportInfo[]>([]);
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
    if (!open) return;
    input.current?.focus();
    if (reports.length === 0)
      call('reports.list', {})
        .then(setReports)
        .catch(() => setReports([]));
  }, [open, reports.length]);

  const items = useMemo<PaletteItem[]>(() => {
    const desktop = !!window.tinhgon;
    const list: PaletteItem[] = MENU_COMMANDS.map((command) => {
      const { label, hint } = COMMANDS[command];
      return {
        id: command,
        label: t(label),
        command,
        ...(hint && (desktop || PAGE_KEYS.has(hint)) ? { hint } : {}),
      };
    });
    const at = list.findIndex((i) => i.command === 'export-report') + 1;
    list.splice(
      at,
      0,
      ...reports.map((r) => ({
        id: `export:${r.id}`,
        label: t('cmd.export-one', { title: r.title }),
        command: 'export-report' as const,
        arg: r.id,
      })),
    );
    return list;
  }, [t, reports]);
  const shown = useMemo(
    () =>
      items
        .map((item, order) => ({ item, order, score: paletteScore(item.label, query) }))
        .filter((x): x is { item: PaletteItem; order: number; score: number } => x.score !== null)
        .sort((a, b) => a.score - b.score || a.order - b.order)
        .map((x) => x.item),
    [items, query],
  );
  if (!open) return null;

  const runAt = (index: number) => {
    const item = shown[index];
    if (!item) return;
    setOpen(false);
    props.onCommand(item.command, item.arg);
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
              ref={i === active ? (el) => el?.scrollIntoView({ block: 'nearest' }) : undefined}
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
