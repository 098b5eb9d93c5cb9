/**
 * Recording a builder's sink calls and replaying them elsewhere (the export worker's writer thread) must
 * reach the real sink as the very same calls in the same order, whatever the batch boundaries.
 */
import { describe, expect, test } from 'vitest';
import type { ReportSink, SheetSink, SheetSpec } from '../../../electron/backend/reports/xlsx/sink';
import { SinkRecorder, SinkReplayer, type SinkOp } from '../../../electron/backend/reports/xlsx/sink-ops';
import { testSheet } from '../../support/report-sheet';

/** A sink that writes down every call it receives. */
function loggingSink(log: string[]): ReportSink {
  return {
    sheet(spec: SheetSpec): SheetSink {
      log.push(`sheet ${JSON.stringify(spec)}`);
      const rec =
        (name: string) =>
        (...args: unknown[]) => {
          // An optional argument left out and one passed as undefined are the same call.
          while (args.length > 0 && args[args.length - 1] === undefined) args.pop();
          log.push(`${name} ${JSON.stringify(args)}`);
        };
      return {
        group: rec('group'),
        row: rec('row'),
        beginSum: rec('beginSum'),
        total: rec('total'),
        line: rec('line'),
        pair: rec('pair'),
      };
    },
    progress: () => {},
    cancelled: () => false,
  };
}

const spec = (name: string): SheetSpec => testSheet(name, { title: `Title ${name}`, landscape: true });

/** A builder using every call, on two sheets, flushing as ticker.ts does. */
async function build(sink: ReportSink): Promise<void> {
  const a = sink.sheet(spec('Một'));
  a.group('I. Lĩnh vực Hộ tịch');
  a.beginSum();
  for (let i = 1; i <= 7; i++) {
    a.row([i, `Thủ tục ${i}`, i * 1000]);
    await sink.flush?.();
  }
  a.total('Tổng cộng', [null, null, 28_000], 2);
  a.line('Ghi chú', { italic: true });
  a.pair('Chi phí', { formula: 'SUM(C1:C2)', result: 3 }, 'money');
  const b = sink.sheet(spec('Hai'));
  b.group('', ['II', 'Nhóm', null]);
  b.row([1, '=HYPERLINK("x")', null]);
}

describe('sink calls recorded and replayed', () => {
  test.each([1, 3, 100])('reach the sink unchanged in batches of %i', async (batchSize) => {
    const direct: string[] = [];
    await build(loggingSink(direct));

    const replayed: string[] = [];
    const replayer = new SinkReplayer(loggingSink(replayed));
    const batches: number[] = [];
    const recorder = new SinkRecorder(
      async (ops) => {
        batches.push(ops.length);
        await new Promise((r) => setTimeout(r, 1)); // the writer thread answers later
        replayer.replay(structuredClone(ops)); // as posted between threads
      },
      {},
      batchSize,
    );
    await build(recorder);
    await recorder.end();

    expect(replayed).toEqual(direct);
    expect(batches.reduce((n, b) => n + b, 0)).toBe(direct.length);
    // Only full batches go before the end (at the builder's flush points), then the rest at once.
    for (const n of batches.slice(0, -1)) expect(n).toBeGreaterThanOrEqual(batchSize);
  });

  test('a call before any sheet is refused on replay', () => {
    const replayer = new SinkReplayer(loggingSink([]));
    const ops: SinkOp[] = [['row', [1, 'x']]];
    expect(() => replayer.replay(ops)).toThrow(/before any sheet/);
  });

  test('progress and cancel stay with the builder', () => {
    const seen: number[][] = [];
    const recorder = new SinkRecorder(() => Promise.resolve(), {
      progress: (done, total) => seen.push([done, total]),
      cancelled: () => true,
    });
    recorder.progress(5, 10);
    expect(seen).toEqual([[5, 10]]);
    expect(recorder.cancelled()).toBe(true);
  });
});
