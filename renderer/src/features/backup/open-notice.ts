import type { OpenNotice } from '../../../../electron/shared/contract/backup';
import { formatDateTimeVi } from '../../../../electron/shared/text/format';
import type { Translate } from '../../i18n';

/** The sentence for how the database was opened (recovered from a backup, read-only and why). */
export function openNoticeText(notice: OpenNotice, t: Translate): string {
  if (notice.kind === 'recovered')
    return t('backup.notice.recovered', { damaged: notice.damagedName, from: notice.restoredFrom });
  if (notice.kind === 'lockedBy')
    return t('backup.notice.lockedBy', {
      user: notice.user,
      host: notice.host,
      since: formatDateTimeVi(notice.since),
    });
  return notice.reason === 'DB_CORRUPT' ? t('backup.notice.damagedReadOnly') : t('backup.notice.readOnly');
}
