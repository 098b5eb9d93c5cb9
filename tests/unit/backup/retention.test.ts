import { describe, expect, it } from 'vitest';
import {
  backupName,
  DEFAULT_RETENTION,
  parseBackupName,
  selectExpired,
  type BackupFile,
} from '../../../db/backup';

function at(local: string): Date {
  return new Date(local); // local time: "today" in the retention rule is the officer's calendar day
}

function backup(when: Date, reason: BackupFile['reason'] = 'auto'): BackupFile {
  const name = backupName('/data/tinhgon.sqlite', when, reason);
  return { file: `/data/backups/${name}`, name, createdAt: when, size: 1000, reason };
}

describe('backup names', () => {
  it('round-trip the time and reason, and carry the database name', () => {
    const when = new Date('2026-11-26T15:04:05.123Z');
    const name = backupName('/x/so-lieu xã.sqlite', when, 'import');
    expect(name).toBe('so-lieu xã-20261126-150405-123-import.sqlite');
    expect(parseBackupName(name)).toEqual({ stem: 'so-lieu xã', createdAt: when, reason: 'import' });
  });

  it('ignore files that are not backups (temp files, damaged copies, other reasons)', () => {
    expect(parseBackupName('tinhgon-20261126-150405-123-auto.sqlite.123.tmp')).toBeNull();
    expect(parseBackupName('tinhgon.sqlite.damaged-20261126T150405')).toBeNull();
    expect(parseBackupName('tinhgon-20261126-150405-123-evil.sqlite')).toBeNull();
  });
});

describe('retention (last 3 today, 1 per earlier day, at most 10)', () => {
  const now = at('2026-11-26T16:00:00');

  it('keeps the newest three of today and drops older ones of today', () => {
    const today = [9, 10, 11, 12, 13].map((h) =>
      backup(at(`2026-11-26T${String(h).padStart(2, '0')}:00:00`)),
    );
    const dropped = selectExpired(today, DEFAULT_RETENTION, now).map((b) => b.createdAt.getHours());
    expect(dropped.sort((a, b) => a - b)).toEqual([9, 10]);
  });

  it('keeps only the newest backup of each earlier day', () => {
    const list = [
      backup(at('2026-11-25T08:00:00')),
      backup(at('2026-11-25T17:00:00')),
      backup(at('2026-11-24T09:00:00')),
      backup(at('2026-11-24T10:00:00')),
    ];
    const kept = list.filter((b) => !selectExpired(list, DEFAULT_RETENTION, now).includes(b));
    expect(kept.map((b) => b.createdAt.getHours()).sort((a, b) => a - b)).toEqual([10, 17]);
  });

  it('never keeps more than the cap, dropping the oldest days first', () => {
    const list = Array.from({ length: 15 }, (_, i) => backup(new Date(now.getTime() - (i + 1) * 86_400_000)));
    const dropped = selectExpired(list, DEFAULT_RETENTION, now);
    expect(list.length - dropped.length).toBe(10);
    const oldestKept = Math.min(
      ...list.filter((b) => !dropped.includes(b)).map((b) => b.createdAt.getTime()),
    );
    expect(Math.max(...dropped.map((b) => b.createdAt.getTime()))).toBeLessThan(oldestKept);
  });

  it('follows a configured policy and always keeps the newest backup', () => {
    const list = [backup(at('2026-11-26T10:00:00')), backup(at('2026-11-26T11:00:00'))];
    const dropped = selectExpired(list, { keepToday: 1, keepPerDay: 0, maxTotal: 1 }, now);
    expect(dropped.map((b) => b.createdAt.getHours())).toEqual([10]);
    expect(
      selectExpired([backup(at('2026-11-20T10:00:00'))], { keepToday: 1, keepPerDay: 0, maxTotal: 1 }, now),
    ).toEqual([]);
  });
});
