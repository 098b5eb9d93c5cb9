import type { HistoryItem, HistoryList } from '../../../../electron/shared/contract/inventory';
import { useI18n, type Translate } from '../../i18n';

export function describeHistory(item: HistoryItem, t: Translate): string {
  return t('inventory.history.item', {
    what: t(`inventory.kind.${item.kind}`),
    code: item.code,
    count: item.count,
  });
}

/** The visible undo/redo history (newest first). */
export function HistoryPanel(props: {
  history: HistoryList;
  onUndo: () => void;
  onRedo: () => void;
  onClose: () => void;
}) {
  const { t, locale } = useI18n();
  const time = (iso: string) => new Date(iso).toLocaleTimeString(locale === 'vi' ? 'vi-VN' : 'en-GB');
  const list = (items: HistoryItem[]) => (
    <ol>
      {items.map((i) => (
        <li key={i.id}>
          <time>{time(i.at)}</time> {describeHistory(i, t)}
        </li>
      ))}
    </ol>
  );
  return (
    <aside className="side-list history-panel" aria-label={t('inventory.toolbar.history')}>
      <header>
        <strong>{t('inventory.toolbar.history')}</strong>
        <button type="button" onClick={props.onClose}>
          {t('inventory.close')}
        </button>
      </header>
      {!props.history.undo.length && !props.history.redo.length && (
        <p className="muted">{t('inventory.history.none')}</p>
      )}
      {props.history.undo.length > 0 && (
        <section>
          <h3>
            {t('inventory.history.undoList')}{' '}
            <button type="button" onClick={props.onUndo}>
              {t('inventory.toolbar.undo')}
            </button>
          </h3>
          {list(props.history.undo)}
        </section>
      )}
      {props.history.redo.length > 0 && (
        <section>
          <h3>
            {t('inventory.history.redoList')}{' '}
            <button type="button" onClick={props.onRedo}>
              {t('inventory.toolbar.redo')}
            </button>
          </h3>
          {list(props.history.redo)}
        </section>
      )}
    </aside>
  );
}
