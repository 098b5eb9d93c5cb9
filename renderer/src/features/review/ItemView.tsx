import { useEffect, useState } from 'react';
import type { ReviewView } from '../../../../electron/shared/contract/review';
import type { ProfileRole } from '../../../../electron/shared/domain';
import { call } from '../../api/client';
import { useI18n } from '../../i18n';
import { OutdatedBanner } from '../decisions/OutdatedBanner';
import { BeforeAfterView } from './BeforeAfterView';
import { CostTable } from './CostTable';
import { HistoryTab } from './HistoryTab';
import { ReviewFormTab } from './ReviewFormTab';
import { WorkflowBar } from './WorkflowBar';

type Tab = 'view' | 'form' | 'cost' | 'history';
const TABS: Tab[] = ['view', 'form', 'cost', 'history'];

/** One procedure under review. Every edit returns the whole view, so cost and % update at once. */
export function ItemView({
  itemId,
  role,
  onBack,
}: {
  itemId: number;
  role: ProfileRole;
  onBack: () => void;
}) {
  const { t } = useI18n();
  const [view, setView] = useState<ReviewView | null>(null);
  const [tab, setTab] = useState<Tab>('view');
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    call('review.get', { itemId })
      .then((v) => {
        setView(v);
        performance.mark('tinhgon:review-item');
      })
      .catch((e: Error) => setError(e.message));
  }, [itemId]);

  if (error && !view)
    return (
      <p className="review-error" role="alert">
        {error}
      </p>
    );
  if (!view) return null;
  const update = (v: ReviewView) => {
    setView(v);
    setError(null);
    performance.mark('tinhgon:review-recomputed');
  };
  return (
    <div className="review-item-view">
      <header className="review-head">
        <button type="button" onClick={onBack}>
          {t('review.back')}
        </button>
        <h2>
          {view.item.code} {view.item.name}
        </h2>
        <span className={`review-status status-${view.item.status}`} data-testid="review-status">
          {t(`review.status.${view.item.status}`)}
        </span>
      </header>
      <OutdatedBanner view={view} onChange={update} onError={setError} />
      <WorkflowBar view={view} role={role} onChange={update} />
      <nav className="review-tabs" role="tablist">
        {TABS.map((x) => (
          <button key={x} type="button" role="tab" aria-selected={tab === x} onClick={() => setTab(x)}>
            {t(`review.tab.${x}`)}
          </button>
        ))}
      </nav>
      {tab === 'view' && <BeforeAfterView view={view} onChange={update} />}
      {tab === 'form' && <ReviewFormTab view={view} onChange={update} />}
      {tab === 'cost' && <CostTable view={view} onChange={update} />}
      {tab === 'history' && <HistoryTab procedureId={view.item.procedureId} />}
    </div>
  );
}
