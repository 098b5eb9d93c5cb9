import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { schemaVersion } from '../../../../db/migrate';
import { openDatabase } from '../../../../db/open';
import { integrityCheck } from '../../../../db/integrity';
import { findInvalidText } from '../../../../db/invalid-text';
import { seedDemo } from '../../../../db/seed/demo';
import { insertUnit, unitCodeFromName } from '../../../../db/queries/units';
import type { UnitLevel } from '../../../shared/domain';
import { bool, InputError, openExisting, requiredFlag, flag, UsageError, type CliCommand } from '../cli-kit';

const LEVELS: Record<string, UnitLevel> = { xa: 'XA', tinh: 'TINH', huyen: 'HUYEN_LEGACY', bo: 'BO' };

function createFresh(dbFile: string) {
  const file = resolve(dbFile);
  if (existsSync(file))
    throw new InputError(`Tệp "${dbFile}" đã tồn tại; TinhGọn không ghi đè. / File exists; not overwritten.`);
  return openDatabase(file);
}

export const initCommand: CliCommand = {
  name: 'init',
  usage: 'init --db FILE --unit-name NAME [--unit-level xa|tinh|huyen|bo]',
  flags: ['db', 'unit-name', 'unit-level', 'json'],
  run(args, out) {
    const levelText = flag(args, 'unit-level') ?? 'xa';
    const level = LEVELS[levelText];
    if (!level) throw new UsageError(`--unit-level: xa | tinh | huyen | bo (không phải "${levelText}")`);
    const name = requiredFlag(args, 'unit-name').normalize('NFC').trim();
    if (!name) throw new UsageError('--unit-name trống / empty');
    const db = createFresh(requiredFlag(args, 'db'));
    try {
      const code = unitCodeFromName(db, name);
      db.transaction(() => insertUnit(db, { code, name, level }))();
      out(
        bool(args, 'json')
          ? JSON.stringify({ ok: true, unit: { code, name, level } })
          : `Đã tạo cơ sở dữ liệu cho ${name} (${code}).`,
      );
    } finally {
      db.close();
    }
  },
};

export const demoCommand: CliCommand = {
  name: 'demo',
  usage: 'demo --db FILE',
  flags: ['db', 'json'],
  run(args, out) {
    const db = createFresh(requiredFlag(args, 'db'));
    try {
      seedDemo(db);
      const n = (db.prepare('SELECT count(*) AS n FROM unit_procedures').get() as { n: number }).n;
      out(
        bool(args, 'json')
          ? JSON.stringify({ ok: true, procedures: n })
          : `Đã tạo cơ sở dữ liệu mẫu với ${n} thủ tục.`,
      );
    } finally {
      db.close();
    }
  },
};

export const checkCommand: CliCommand = {
  name: 'check',
  usage: 'check --db FILE [--json]',
  flags: ['db', 'json'],
  run(args, out) {
    const { backend } = openExisting(requiredFlag(args, 'db'));
    try {
      const integrity = integrityCheck(backend.ctx.db);
      const fk = backend.ctx.db.pragma('foreign_key_check') as unknown[];
      const text = findInvalidText(backend.ctx.db);
      const result = {
        ok: integrity === 'ok' && fk.length === 0 && text.count === 0,
        integrity,
        schemaVersion: schemaVersion(backend.ctx.db),
        foreignKeyProblems: fk.length,
        invalidText: text.count,
        invalidTextExamples: text.examples,
      };
      if (bool(args, 'json')) out(JSON.stringify(result));
      else {
        out(
          `Toàn vẹn: ${integrity}; lược đồ: ${result.schemaVersion}; lỗi khóa ngoại: ${fk.length}; ` +
            `ô chữ hỏng (byte sai, ký tự điều khiển, �): ${text.count}`,
        );
        for (const e of text.examples) out(`  ${e.table}.${e.column} (rowid ${e.rowid}): ${e.fault}`);
      }
      if (!result.ok) process.exitCode = 1;
    } finally {
      backend.close();
    }
  },
};
