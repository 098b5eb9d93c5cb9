import { useCallback, useEffect, useRef, useState } from 'react';
import type { BackupEntry, BackupSettings, OpenNotice } from '../../../../electron/shared/contract/backup';
import { formatDateTimeVi, formatNumber } from '../../../../electron/shared/text/format';
import { call } from '../../api/client';
import { useScreenCommands } from '../../app/menu-events';
import { useI18n, type MessageKey } from '../../i18n';
import './backup.css';
import { openNoticeText } from './open-notice';

/** dd/mm/yyyy hh:mm in the officer's local time (backups are named in UTC). */
const localTime = formatDateTimeVi;

function size(bytes: number): string {
  return bytes >= 1024 * 1024
    ? `${formatNumber(Math.round(bytes / 104857.6) / 10)} MB`
    : `${formatNumber(Math.ceil(bytes / 1024))} KB`;
}

const SETTING_FIELDS: { key: keyof BackupSettings; label: MessageKey; min: number; max: number }[] = [
  { key: 'keepToday', label: 'backup.keepToday', min: 1, max: 50 },
  { key: 'keepPerDay', label: 'backup.keepPerDay', min: 0, max: 10 },
  { key: 'maxTotal', label: 'backup.maxTotal', min: 1, max: 200 },
  { key: 'autoMinutes', label: 'backup.autoMinutes', min: 0, max: 1440 },
];

/** Backups screen: the list (time, reason, size), back up now, restore (undoable), retention settings. */
export function BackupScreen({ refresh }: { refresh: () => void }) {
  const { t } = useI18n();
  const [backups, setBackups] = useState<BackupEntry[]>([]);
  const [settings, setSettings] = useState<BackupSettings | null>(null);
  const [notice, setNotice] = useState<OpenNotice | null>(null);
  const [confirming, setConfirming] = useState<BackupEntry | null>(null);
  const [status, setStatus] = useState<{ text: string; error?: boolean } | null>(null);
  const [busy, setBusy] = useState(false);

  const load = useCallback(() => {
    call('backups.list', {})
      .then((r) => {
        setBackups(r.backups);
        setSettings(r.settings);
        setNotice(r.notice);
        performance.mark('tinhgon:backups-listed');
      })
      .catch((e: Error) => setStatus({ text: e.message, error: true }));
  }, []);
  useEffect(load, [load]);

  const run = (work: () => Promise<string>) => {
    setBusy(true);
    work()
      .then((text) => setStatus({ text }))
      .catch((e: Error) => setStatus({ text: e.message, error: true }))
      .finally(() => {
        setBusy(false);
        load();
      });
  };

  const createNow = () =>
    run(async () => t('backup.created', { name: (await call('backups.create', {})).name }));
  // Tệp → Sao lưu ngay / Khôi phục… (menu, palette): a restore starts by choosing the copy, in the list.
  const list = useRef<HTMLTableElement>(null);
  useScreenCommands('backup', (command) => {
    if (command === 'backup-now') createNow();
    else if (command === 'restore-backup') list.current?.querySelector<HTMLButtonElement>('button')?.focus();
  });
  const restore = (b: BackupEntry) =>
    run(async () => {
      setConfirming(null);
      const r = await call('backups.restore', { name: b.name });
      refresh();
      return t('backup.restored', { time: localTime(r.restored.createdAt), safety: r.safetyBackup.name });
    });
  const saveSettings = () =>
    settings &&
    run(async () => {
      setSettings(await call('backups.settings', settings));
      return t('backup.saved');
    });

  return (
    <section className="backup-screen" aria-labelledby="backup-title">
      <header>
        <h1 id="backup-title">{t('backup.title')}</h1>
        <button type="button" onClick={createNow} disabled={busy}>
          {t('backup.createNow')}
        </button>
      </header>
      <p className="backup-intro">{t('backup.intro')}</p>
      {notice && (
        <p className="backup-notice" role="alert">
          {openNoticeText(notice, t)}
        </p>
      )}
      {status && (
        <p className={status.error ? 'backup-status backup-error' : 'backup-status'} role="status">
          {status.text}
        </p>
      )}
      {confirming && (
        <div className="backup-confirm" role="dialog" aria-modal="false">
          <span>{t('backup.confirm', { time: localTime(confirming.createdAt) })}</span>
          <button type="button" onClick={() => restore(confirming)} disabled={busy}>
            {t('backup.confirmYes')}
          </button>
          <button type="button" onClick={() => setConfirming(null)}>
            {t('backup.cancel')}
          </button>
        </div>
      )}
      {backups.length === 0 ? (
        <p>{t('backup.empty')}</p>
      ) : (
        <table ref={list}>
          <thead>
            <tr>
              <th>{t('backup.col.time')}</th>
              <th>{t('backup.col.reason')}</th>
              <th>{t('backup.col.size')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {backups.map((b) => (
              <tr key={b.name} title={b.name}>
                <td>{localTime(b.createdAt)}</td>
                <td>{t(`backup.reason.${b.reason}`)}</td>
                <td className="num">{size(b.size)}</td>
                <td>
                  <button type="button" onClick={() => setConfirming(b)} disabled={busy}>
                    {t('backup.restore')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {settings && (
        <fieldset>
          <legend>{t('backup.settings')}</legend>
          {SETTING_FIELDS.map((f) => (
            <label key={f.key} style={{ display: 'contents' }}>
              <span>{t(f.label)}</span>
              <input
                type="number"
                min={f.min}
                max={f.max}
                value={settings[f.key]}
                onChange={(e) =>
                  setSettings({
                    ...settings,
                    [f.key]: Math.max(f.min, Math.min(f.max, Math.trunc(Number(e.target.value) || 0))),
                  })
                }
              />
            </label>
          ))}
          <button type="button" onClick={saveSettings} disabled={busy}>
            {t('backup.save')}
          </button>
        </fieldset>
      )}
    </section>
  );
}
