import { useState } from 'react';
import { useI18n } from '../../i18n';
import { signIn } from './api';

export function LoginScreen({
  onSignedIn,
  onSwitchLocale,
}: {
  onSignedIn: () => void;
  onSwitchLocale: () => void;
}) {
  const { t } = useI18n();
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  return (
    <div className="login-page">
      <form
        className="login-box"
        onSubmit={(e) => {
          e.preventDefault();
          setBusy(true);
          signIn(name.trim(), password)
            .then(onSignedIn)
            .catch((err: Error) => setError(err.message))
            .finally(() => setBusy(false));
        }}
      >
        <h1>{t('prov.title')}</h1>
        <p className="muted">{t('prov.subtitle')}</p>
        <h2>{t('prov.login.title')}</h2>
        <label>
          {t('prov.login.name')}
          <input autoFocus autoComplete="username" value={name} onChange={(e) => setName(e.target.value)} />
        </label>
        <label>
          {t('prov.login.password')}
          <input
            type="password"
            autoComplete="current-password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
        </label>
        {error && (
          <div className="error-bar" role="alert">
            {error}
          </div>
        )}
        <div className="login-actions">
          <button type="submit" className="primary" disabled={busy || !name.trim() || !password}>
            {t('prov.login.submit')}
          </button>
          <button type="button" onClick={onSwitchLocale}>
            {t('locale.switch')}
          </button>
        </div>
      </form>
    </div>
  );
}
