import { forwardRef, useEffect, useState } from 'react';
import type { Profile } from '../../../../electron/shared/contract/review';
import { call } from '../../api/client';
import { useI18n } from '../../i18n';
import { NewProfileForm } from './NewProfileForm';
import { PinField } from './PinField';

/**
 * Local profiles: choosing a manager asks for the PIN (wrong PINs are counted by the backend). `current` is the
 * shell's profile name; after a switch `onChanged` asks the shell to reload it.
 */
export const ProfileSwitcher = forwardRef<HTMLSelectElement, { current: string; onChanged: () => void }>(
  function ProfileSwitcher({ current, onChanged }, ref) {
    const { t } = useI18n();
    const [profiles, setProfiles] = useState<Profile[]>([]);
    const [pending, setPending] = useState<Profile | null>(null);
    const [pin, setPin] = useState('');
    const [error, setError] = useState<string | null>(null);
    const [adding, setAdding] = useState(false);

    const load = () =>
      call('profiles.list', {})
        .then((r) => setProfiles(r.profiles))
        .catch((e: Error) => setError(e.message));
    useEffect(() => void load(), []);

    const switchTo = (p: Profile, withPin?: string) =>
      call('profiles.switch', { profileId: p.id, ...(withPin ? { pin: withPin } : {}) })
        .then(() => {
          setPending(null);
          setPin('');
          setError(null);
          onChanged();
        })
        .catch((e: Error) => setError(e.message));

    const choose = (id: number) => {
      const p = profiles.find((x) => x.id === id);
      if (!p) return;
      setError(null);
      if (p.role === 'manager') setPending(p);
      else void switchTo(p);
    };

    return (
      <div className="review-profile">
        <label>
          {t('review.profile')}{' '}
          <select
            ref={ref}
            aria-label={t('review.profile.switch')}
            value={profiles.find((p) => p.name === current)?.id ?? ''}
            onChange={(e) => choose(Number(e.target.value))}
          >
            {profiles.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name} ({t(`review.role.${p.role}`)})
              </option>
            ))}
          </select>
        </label>
        <button type="button" onClick={() => setAdding((a) => !a)}>
          {t('review.profile.add')}
        </button>
        {adding && (
          <NewProfileForm
            onDone={() => {
              setAdding(false);
              void load();
            }}
          />
        )}
        {pending && (
          <form
            className="review-pin"
            onSubmit={(e) => {
              e.preventDefault();
              void switchTo(pending, pin);
            }}
          >
            <PinField value={pin} onChange={setPin} />
            <button type="submit">{t('review.flow.confirm')}</button>
            <button type="button" onClick={() => setPending(null)}>
              {t('review.cancel')}
            </button>
          </form>
        )}
        {error && (
          <span className="review-error" role="alert">
            {error}
          </span>
        )}
      </div>
    );
  },
);
