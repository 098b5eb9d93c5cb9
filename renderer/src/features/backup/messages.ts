/** UI strings of the Backups screen (Sao lưu). Keys are prefixed "backup.". */
export const backupVi = {
  'backup.title': 'Sao lưu và khôi phục',
  'backup.intro':
    'TinhGọn tự sao lưu trước mỗi lần nhập dữ liệu, sửa hàng loạt, khôi phục, nâng cấp và 15 phút một lần khi có thay đổi.',
  'backup.createNow': 'Sao lưu ngay',
  'backup.created': 'Đã sao lưu: {name}',
  'backup.empty': 'Chưa có bản sao lưu nào.',
  'backup.col.time': 'Thời điểm',
  'backup.col.reason': 'Lý do',
  'backup.col.size': 'Dung lượng',
  'backup.restore': 'Khôi phục',
  'backup.confirm': 'Khôi phục bản lúc {time}? Dữ liệu hiện tại sẽ được sao lưu trước, nên có thể hoàn tác.',
  'backup.confirmYes': 'Khôi phục',
  'backup.cancel': 'Hủy',
  'backup.restored':
    'Đã khôi phục bản lúc {time}. Dữ liệu trước khi khôi phục được giữ trong bản "{safety}".',
  'backup.reason.auto': 'Tự động',
  'backup.reason.manual': 'Thủ công',
  'backup.reason.import': 'Trước khi nhập',
  'backup.reason.bulk': 'Trước khi sửa hàng loạt',
  'backup.reason.restore': 'Trước khi khôi phục',
  'backup.reason.migration': 'Trước khi nâng cấp',
  'backup.notice.recovered':
    'Tệp dữ liệu bị hỏng nên đã được cất riêng ("{damaged}", không bị ghi đè). TinhGọn đã mở bản sao lưu tốt gần nhất ("{from}").',
  'backup.notice.readOnly':
    'Tệp dữ liệu đang mở ở chế độ chỉ đọc (ổ đĩa hoặc thư mục không ghi được). Bạn vẫn xem và sao lưu được; thay đổi sẽ không được lưu.',
  'backup.notice.damagedReadOnly':
    'Tệp dữ liệu bị hỏng và chưa có bản sao lưu nào còn tốt. Tệp được mở ở chế độ chỉ đọc, không bị ghi đè: bạn vẫn xem và xuất báo cáo được; thay đổi sẽ không được lưu.',
  'backup.notice.lockedBy':
    'Chỉ xem: tệp dữ liệu đang được {user} mở để sửa trên máy {host} từ {since}. Bạn vẫn xem, sao lưu và xuất báo cáo được; muốn sửa, hãy đợi nơi đó đóng TinhGọn rồi mở lại.',
  'backup.notice.openBackups': 'Xem các bản sao lưu',
  'backup.notice.dismiss': 'Đóng',
  'backup.settings': 'Giữ lại bao nhiêu bản',
  'backup.keepToday': 'Số bản trong hôm nay',
  'backup.keepPerDay': 'Số bản cho mỗi ngày trước',
  'backup.maxTotal': 'Tối đa tất cả',
  'backup.autoMinutes': 'Tự sao lưu sau (phút, 0 = tắt)',
  'backup.save': 'Lưu thiết lập',
  'backup.saved': 'Đã lưu thiết lập.',
} as const;

export const backupEn: Record<keyof typeof backupVi, string> = {
  'backup.title': 'Backup and restore',
  'backup.intro':
    'TinhGọn backs up before every import, bulk edit, restore and upgrade, and every 15 minutes while there are changes.',
  'backup.createNow': 'Back up now',
  'backup.created': 'Backed up: {name}',
  'backup.empty': 'No backups yet.',
  'backup.col.time': 'Time',
  'backup.col.reason': 'Reason',
  'backup.col.size': 'Size',
  'backup.restore': 'Restore',
  'backup.confirm':
    'Restore the backup of {time}? The current data is backed up first, so this can be undone.',
  'backup.confirmYes': 'Restore',
  'backup.cancel': 'Cancel',
  'backup.restored': 'Restored the backup of {time}. The data from before the restore is kept in "{safety}".',
  'backup.reason.auto': 'Automatic',
  'backup.reason.manual': 'Manual',
  'backup.reason.import': 'Before import',
  'backup.reason.bulk': 'Before bulk edit',
  'backup.reason.restore': 'Before restore',
  'backup.reason.migration': 'Before upgrade',
  'backup.notice.recovered':
    'The database file was damaged, so it was set aside ("{damaged}", not overwritten). TinhGọn opened the newest good backup ("{from}").',
  'backup.notice.readOnly':
    'The database is open read-only (the disk or folder cannot be written). You can still view and back up; changes will not be saved.',
  'backup.notice.damagedReadOnly':
    'The database file is damaged and no good backup exists. It is open read-only and was not overwritten: you can still view it and export reports; changes will not be saved.',
  'backup.notice.lockedBy':
    'View only: {user} has this database open for editing on {host} since {since}. You can still view, back up and export; to edit, wait until TinhGọn is closed there, then reopen.',
  'backup.notice.openBackups': 'See backups',
  'backup.notice.dismiss': 'Dismiss',
  'backup.settings': 'How many backups to keep',
  'backup.keepToday': 'Backups kept for today',
  'backup.keepPerDay': 'Backups kept per earlier day',
  'backup.maxTotal': 'At most in total',
  'backup.autoMinutes': 'Automatic backup after (minutes, 0 = off)',
  'backup.save': 'Save settings',
  'backup.saved': 'Settings saved.',
};
