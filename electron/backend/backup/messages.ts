import { registerErrorMessages } from '../../shared/errors';

/** Error codes of the backup feature (loaded by its handlers and by the session). */
registerErrorMessages({
  BACKUP_NOT_FOUND: {
    vi: 'Không tìm thấy bản sao lưu "{name}".',
    en: 'Backup "{name}" not found.',
  },
  BACKUP_DAMAGED: {
    vi: 'Bản sao lưu "{name}" bị hỏng hoặc không dùng được ({reason}). Dữ liệu hiện tại không bị thay đổi.',
    en: 'Backup "{name}" is damaged or unusable ({reason}). The current data was not changed.',
  },
  BACKUP_BUSY: {
    vi: 'Đang có thao tác ghi dữ liệu; hãy sao lưu lại sau giây lát.',
    en: 'A change is being saved; try the backup again in a moment.',
  },
  BACKUP_UNAVAILABLE: {
    vi: 'Không thể khôi phục trong chế độ này.',
    en: 'Restoring is not available in this mode.',
  },
});
