import Database from 'better-sqlite3';
import { expect, test } from 'vitest';
import { compareVi, sortKeyVi } from '../../../electron/shared/text/collate';

/** A sort_key column makes SQLite's BINARY ORDER BY and keyset paging follow Vietnamese order. */
test('SQL ORDER BY sort_key pages in the same order as compareVi', () => {
  const names = [
    'Zung',
    'Ưng',
    'Uyên',
    'Ơn',
    'Ông',
    'Oanh',
    'Họa',
    'Hóa',
    'Hõa',
    'Hỏa',
    'Hòa',
    'Hoà',
    'Hoa',
    'Đặng',
    'Đào',
    'Dương',
    'Bình',
    'Ân',
    'Ăn',
    'Ánh',
    'An',
    'thu tuc',
    'Thủ tục',
    'THỦ TỤC',
    'Ủy ban',
    'Uỷ ban',
    'đất',
    'đắt',
    'dat',
    'Đăng ký khai sinh',
    'Đăng ký kết hôn',
    '1.001193',
    'Bà Rịa – Vũng Tàu',
    'Bắc Kạn',
    'Bạc Liêu',
  ];
  const db = new Database(':memory:');
  try {
    db.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT NOT NULL, sort_key TEXT NOT NULL)');
    const insert = db.prepare('INSERT INTO t (name, sort_key) VALUES (?, ?)');
    for (const n of names) insert.run(n, sortKeyVi(n));
    const all = db.prepare('SELECT name FROM t ORDER BY sort_key, id').pluck().all() as string[];
    expect(all).toEqual([...names].sort(compareVi));

    // Keyset paging: pages of 7 after the last key seen reassemble the full order.
    const page = db.prepare(
      'SELECT name, sort_key, id FROM t WHERE (sort_key, id) > (?, ?) ORDER BY sort_key, id LIMIT 7',
    );
    const paged: string[] = [];
    let after: [string, number] = ['', 0];
    for (;;) {
      const rows = page.all(...after) as Array<{ name: string; sort_key: string; id: number }>;
      if (rows.length === 0) break;
      paged.push(...rows.map((r) => r.name));
      const last = rows[rows.length - 1];
      if (!last) break;
      after = [last.sort_key, last.id];
    }
    expect(paged).toEqual(all);
  } finally {
    db.close();
  }
});
