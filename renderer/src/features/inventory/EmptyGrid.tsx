import { useI18n } from '../../i18n';

/**
 * What the grid says when it shows no row, in the officer's words and with the way forward (AG Grid's own
 * overlays are switched off): an empty unit offers the import and a first procedure; an empty search or filter
 * says what matched nothing and clears it; the trash says it is empty.
 */
export function EmptyGrid(p: {
  total: number;
  trashed: boolean;
  search: string;
  onImport: () => void;
  onCreate: () => void;
  onClear: () => void;
}) {
  const { t } = useI18n();
  let body;
  if (p.trashed) body = <p>{t('inventory.trash.empty')}</p>;
  else if (p.total === 0)
    body = (
      <>
        <p>
          <strong>{t('inventory.empty.none')}</strong>
        </p>
        <p>{t('inventory.empty.noneHint')}</p>
        <div className="empty-actions">
          <button type="button" className="primary" onClick={p.onImport}>
            {t('inventory.empty.import')}
          </button>
          <button type="button" onClick={p.onCreate}>
            {t('inventory.empty.create')}
          </button>
        </div>
      </>
    );
  else
    body = (
      <>
        <p>
          {p.search.trim()
            ? t('inventory.empty.noMatch', { query: p.search.trim() })
            : t('inventory.empty.noMatchFilter')}
        </p>
        <div className="empty-actions">
          <button type="button" onClick={p.onClear}>
            {t('inventory.empty.clear')}
          </button>
        </div>
      </>
    );
  return (
    <div className="empty-grid" data-testid="grid-empty">
      {body}
    </div>
  );
}
