import { useEffect, useState } from 'react';
import type { OpenNotice } from '../../../../electron/shared/contract/backup';
import { call } from '../../api/client';
import { useI18n } from '../../i18n';
import { openNoticeText } from './open-notice';

/**
 * The open database's integrity notice on every screen. Once the first screen has painted it asks for the
 * integrity check (`backups.openCheck`): a large file is only checked then, in the background, so the officer
 * sees the inventory first. When that late check found damage, the data on screen came from the damaged file:
 * `onReplaced` reloads the screens from the database that is open now. Keyed by the database by its parent, so
 * opening another database asks again.
 */
export function OpenCheckBanner({
  onReplaced,
  onOpenBackups,
}: {
  onReplaced: () => void;
  onOpenBackups: () => void;
}) {
  const { t } = useI18n();
  const [notice, setNotice] = useState<OpenNotice | null>(null);
  useEffect(() => {
    let live = true;
    const frame = requestAnimationFrame(() => {
      call('backups.openCheck', {})
        .then((r) => {
          performance.mark('tinhgon:open-checked');
          if (!live) return;
          setNotice(r.notice);
          if (r.deferred && !r.ok) onReplaced();
        })
        // Nothing to say when the check cannot be asked for; writes still wait for it in the backend.
        .catch(() => undefined);
    });
    return () => {
      live = false;
      cancelAnimationFrame(frame);
    };
  }, [onReplaced]);

  if (!notice) return null;
  return (
    <div className="open-check-banner" role="alert">
      <span>{openNoticeText(notice, t)}</span>
      <button type="button" onClick={onOpenBackups}>
        {t('backup.notice.openBackups')}
      </button>
      <button type="button" onClick={() => setNotice(null)}>
        {t('backup.notice.dismiss')}
      </button>
    </div>
  );
}
