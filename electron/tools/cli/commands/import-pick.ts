import type { LevelFit } from '../../../backend/import/level-fit';
import type { RowLevel, RowPick } from '../../../shared/contract/import';
import { flag, UsageError, type ParsedArgs } from '../cli-kit';

/** The import's row filters: --only-field "Hộ tịch;Chứng thực" and --level xa,tinh,none. */
const LEVEL_FLAGS: Record<string, RowLevel> = {
  xa: 'XA',
  huyen: 'HUYEN',
  tinh: 'TINH',
  bo: 'BO',
  none: 'NONE',
};
const LEVEL_VI: Record<RowLevel, string> = {
  XA: 'cấp xã',
  HUYEN: 'cấp huyện',
  TINH: 'cấp tỉnh',
  BO: 'cấp bộ',
  NONE: 'không rõ cấp',
};

export function pickFrom(args: ParsedArgs): RowPick | undefined {
  const fields = flag(args, 'only-field');
  const levels = flag(args, 'level');
  if (fields === undefined && levels === undefined) return undefined;
  const pick: RowPick = {};
  if (fields !== undefined)
    pick.fields = fields
      .split(';')
      .map((f) => f.normalize('NFC').trim())
      .filter(Boolean);
  if (levels !== undefined)
    pick.levels = levels.split(',').map((l) => {
      const level = LEVEL_FLAGS[l.trim().toLowerCase()];
      if (!level) throw new UsageError(`--level: xa | huyen | tinh | bo | none (không phải "${l}")`);
      return level;
    });
  return pick;
}

/** The warning when most rows whose level the file states are not at the unit's level; null otherwise. */
export function levelWarning(fit: LevelFit, unitName: string): string | null {
  if (!fit.warn) return null;
  const flagName = Object.keys(LEVEL_FLAGS).find((k) => LEVEL_FLAGS[k] === fit.level)!;
  const level = LEVEL_VI[fit.level];
  return (
    `Cảnh báo: ${fit.notFitting}/${fit.fitting + fit.notFitting} thủ tục có ghi cấp thực hiện không phải ${level}, ` +
    `mà "${unitName}" là đơn vị ${level} (xét cột cấp thực hiện, hoặc tên cơ quan thực hiện: Bộ, Cục, Sở, cấp ` +
    `tỉnh…); ${fit.fitting} thủ tục ${level}, ${fit.unknown} không rõ cấp. Dùng --level ${flagName} (hoặc ` +
    `--level ${flagName},none) để chỉ nhập thủ tục ${level}.`
  );
}
