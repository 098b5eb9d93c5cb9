import { useState } from 'react';
import type { ProfileRole } from '../../../../electron/shared/domain';
import { call } from '../../api/client';
import { useI18n } from '../../i18n';

/** Adds a local profile; a manager needs a PIN of 4–12 digits (stored as a salted hash by the backend). */
export function NewProfileForm({ onDone }: { onDone: () => void }) {
  const { t } = useI18n();
  const [name, setName] = useState('');
  const [role, setRole] = useState<ProfileRole>('officer');
  const [pin, setPin] = useState('');
  const [error, setError] = useState<string | null>(null);
  return (
    <form
      className="review-pin"
      onSubmit={(e) => {
        e.preventDefault();
        call('profiles.create', { name, role, ...(pin ? { pin } : {}) })
          .then(onDone)
          .catch((err: Error) => setError(err.message));
      }}
    >
      <input
        aria-label={t('review.profile.name')}
        placeholder={t('review.profile.name')}
        value={name}
        onChange={(e) => setName(e.target.value)}
      />
      <select
        aria-label={t('review.profile.role')}
        value={role}
        onChange={(e) => setRole(e.target.value as ProfileRole)}
      >
        <option value="officer">{t('review.role.officer')}</option>
        <option value="manager">{t('review.role.manager')}</option>
      </select>
      {role === 'manager' && (
        <input
          type="password"
          inputMode="numeric"
          aria-label={t('review.flow.pin')}
          placeholder={t('review.flow.pin')}
          value={pin}
          onChange={(e) => setPin(e.target.value)}
        />
      )}
      <button type="submit">{t('review.save')}</button>
      {error && (
        <span className="review-error" role="alert">
          {error}
        </span>
      )}
    </form>
  );
}
