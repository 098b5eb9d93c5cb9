import { useEffect, useState } from 'react';
import type { CampaignSummary } from '../../../../electron/shared/contract/review';
import { formatDateVi, formatPercent, parseDateVi } from '../../../../electron/shared/text/format';
import { call } from '../../api/client';
import { useI18n } from '../../i18n';
import { ProgressBar } from './bars';

/** The unit's review plans with their progress, and the form to start a new one. */
export function CampaignList({ unitId, onOpen }: { unitId: number; onOpen: (campaignId: number) => void }) {
  const { t, locale } = useI18n();
  const [campaigns, setCampaigns] = useState<CampaignSummary[] | null>(null);
  const [creating, setCreating] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [form, setForm] = useState({
    title: '',
    year: new Date().getFullYear(),
    deadline: '',
    search: '',
    reviewer: '',
  });

  useEffect(() => {
    call('campaigns.list', { unitId })
      .then((c) => {
        setCampaigns(c);
        performance.mark('tinhgon:review-campaigns');
      })
      .catch((e: Error) => setError(e.message));
  }, [unitId]);

  const create = () => {
    const deadline = form.deadline.trim() ? parseDateVi(form.deadline) : null;
    call('campaigns.create', {
      unitId,
      year: form.year,
      title: form.title,
      deadline,
      search: form.search,
      reviewer: form.reviewer,
    })
      .then((d) => onOpen(d.campaign.id))
      .catch((e: Error) => setError(e.message));
  };

  return (
    <div className="review-campaigns">
      <header className="review-head">
        <h2>{t('review.campaigns')}</h2>
        <button type="button" onClick={() => setCreating((c) => !c)}>
          {t('review.newCampaign')}
        </button>
      </header>
      {error && (
        <p className="review-error" role="alert">
          {error}
        </p>
      )}
      {creating && (
        <form
          className="review-form-grid"
          onSubmit={(e) => {
            e.preventDefault();
            create();
          }}
        >
          <label>
            {t('review.title')}
            <input
              required
              value={form.title}
              onChange={(e) => setForm({ ...form, title: e.target.value })}
            />
          </label>
          <label>
            {t('review.year')}
            <input
              type="number"
              value={form.year}
              onChange={(e) => setForm({ ...form, year: Number(e.target.value) })}
            />
          </label>
          <label>
            {t('review.deadline')}
            <input
              placeholder="dd/mm/yyyy"
              value={form.deadline}
              onChange={(e) => setForm({ ...form, deadline: e.target.value })}
            />
          </label>
          <label>
            {t('review.filter')}
            <input value={form.search} onChange={(e) => setForm({ ...form, search: e.target.value })} />
          </label>
          <label>
            {t('review.reviewer')}
            <input value={form.reviewer} onChange={(e) => setForm({ ...form, reviewer: e.target.value })} />
          </label>
          <div>
            <button type="submit">{t('review.create')}</button>
            <button type="button" onClick={() => setCreating(false)}>
              {t('review.cancel')}
            </button>
          </div>
        </form>
      )}
      {campaigns?.length === 0 && <p>{t('review.noCampaigns')}</p>}
      <ul className="review-cards">
        {campaigns?.map((c) => (
          <li key={c.id}>
            <button type="button" className="review-card" onClick={() => onOpen(c.id)}>
              <strong>{c.title}</strong>
              <span>
                {c.year} · {t('review.items', { n: c.itemCount })}
                {c.deadline ? ` · ${t('review.deadline')}: ${formatDateVi(c.deadline)}` : ''}
              </span>
              <ProgressBar
                bp={c.progressBp}
                label={t('review.progress', { pct: formatPercent(c.progressBp / 100, { locale }) })}
              />
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
