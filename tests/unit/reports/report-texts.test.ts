/**
 * The per-procedure texts of the reports (times and fees per channel, legal bases) are built with loops for
 * speed; they must read exactly as the first, map/filter/Set versions did: known cases, then 20,000 random
 * procedures with blank, repeated and differing values.
 */
import { describe, expect, test } from 'vitest';
import type { ReportChannel, ReportFee } from '../../../db/queries/report-procedures';
import {
  CHANNEL_LABEL,
  channelTime,
  feeText,
  feesText,
  legalText,
  timesText,
} from '../../../electron/backend/reports/builders/text';
import { createPrng } from '../../../electron/tools/prng';

// The first versions, kept as the specification.
function timesBySpec(channels: readonly ReportChannel[]): string {
  const lines = channels.map((c) => ({ m: CHANNEL_LABEL[c.method], t: channelTime(c) })).filter((l) => l.t);
  if (lines.length === 0) return '';
  if (new Set(lines.map((l) => l.t)).size === 1 && lines.length === channels.length) return lines[0]!.t;
  return lines.map((l) => `${l.m}: ${l.t}`).join('\n');
}
function feesBySpec(channels: readonly ReportChannel[]): string {
  const lines = channels
    .map((c) => ({ m: CHANNEL_LABEL[c.method], t: c.fees.map(feeText).filter(Boolean).join('; ') }))
    .filter((l) => l.t);
  if (lines.length === 0) return 'Không';
  if (new Set(lines.map((l) => l.t)).size === 1 && lines.length === channels.length) return lines[0]!.t;
  return lines.map((l) => `${l.m}: ${l.t}`).join('\n');
}
function legalBySpec(bases: readonly { code: string; name: string }[]): string {
  return bases
    .map((b) => [b.code, b.name].filter((s) => s.trim()).join(' - '))
    .filter(Boolean)
    .map((s) => `- ${s}`)
    .join('\n');
}

const fee = (o: Partial<ReportFee>): ReportFee => ({
  kind: 'LE_PHI',
  amount: null,
  setBy: null,
  currency: 'VND',
  perUnit: '',
  text: '',
  ...o,
});
const channel = (o: Partial<ReportChannel>): ReportChannel => ({
  method: 'TRUC_TIEP',
  timeValue: null,
  timeUnit: 'UNSPECIFIED',
  timeText: '',
  description: '',
  fees: [],
  ...o,
});

describe('report texts', () => {
  test('known cases', () => {
    const same = [
      channel({ timeText: '03 ngày làm việc', fees: [fee({ amount: 50_000 })] }),
      channel({ method: 'TRUC_TUYEN', timeText: ' 03 ngày làm việc ', fees: [fee({ amount: 50_000 })] }),
    ];
    expect(timesText(same)).toBe('03 ngày làm việc');
    expect(feesText(same)).toBe('50.000 đ');
    const differ = [
      channel({ timeValue: 5, timeUnit: 'WORKING_DAY', fees: [fee({ amount: 0 })] }),
      channel({ method: 'BUU_CHINH' }),
    ];
    expect(timesText(differ)).toBe('Trực tiếp: 5 ngày làm việc');
    expect(feesText(differ)).toBe('Trực tiếp: Không thu');
    expect(timesText([])).toBe('');
    expect(feesText([])).toBe('Không');
    expect(
      legalText([
        { code: '1/2020/NĐ-CP', name: 'Nghị định' },
        { code: ' ', name: 'Luật' },
        { code: '', name: '' },
      ]),
    ).toBe('- 1/2020/NĐ-CP - Nghị định\n- Luật');
  });

  test('20,000 random procedures read as the first versions did', () => {
    const next = createPrng(20261126).next;
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!;
    const some = <T>(max: number, make: () => T): T[] =>
      Array.from({ length: Math.floor(next() * (max + 1)) }, make);
    const texts = [
      '',
      ' ',
      '\t',
      '03 ngày',
      '03 ngày ',
      'Mức thu theo quy định',
      'x'.repeat(310),
      ' dài '.repeat(70),
    ];
    for (let n = 0; n < 20_000; n++) {
      const channels = some(4, () =>
        channel({
          method: pick(['TRUC_TIEP', 'BUU_CHINH', 'TRUC_TUYEN'] as const),
          timeValue: pick([null, 0, 1, 2.5, 15]),
          timeUnit: pick(['WORKING_DAY', 'CALENDAR_DAY', 'HOUR', 'MONTH', 'UNSPECIFIED'] as const),
          timeText: pick(texts.slice(0, 5)),
          fees: some(3, () =>
            fee({
              amount: pick([null, null, 0, 50_000, 1_250_000]),
              setBy: pick([null, null, 'HDND_TINH']),
              currency: pick(['VND', 'usd']),
              perUnit: pick(['', 'hồ sơ']),
              text: pick(texts),
            }),
          ),
        }),
      );
      const bases = some(5, () => ({
        code: pick(['', ' ', '12/2020/TT-BTC']),
        name: pick(['', '\n', 'Thông tư']),
      }));
      const label = JSON.stringify({ channels, bases });
      expect(timesText(channels), label).toBe(timesBySpec(channels));
      expect(feesText(channels), label).toBe(feesBySpec(channels));
      expect(legalText(bases), label).toBe(legalBySpec(bases));
    }
  });
});
