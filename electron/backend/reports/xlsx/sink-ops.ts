/**
 * A report builder's calls on its sink, as data: the export worker records them (reading the database and
 * building the texts) while a second thread replays them onto the .xlsx writer (exceljs and the zip), so the
 * two halves of a big export run on the machine's two cores at once instead of one after the other.
 * Every call is one-way (a sink returns nothing the builder reads), so recording and replaying them in order
 * writes exactly the workbook the builder would have written directly.
 */
import type { CellInput, ColumnKind, LineStyle, ReportSink, SheetSink, SheetSpec, TotalValue } from './sink';

export type SinkOp =
  | ['sheet', SheetSpec]
  | ['group', string, CellInput[] | undefined]
  | ['row', CellInput[]]
  | ['beginSum']
  | ['total', string, TotalValue[], number | undefined]
  | ['line', string, LineStyle | undefined]
  | ['pair', string, CellInput, ColumnKind | undefined];

/** Applies recorded calls to a real sink; `current` carries the open sheet from one batch to the next. */
export class SinkReplayer {
  private current: SheetSink | null = null;

  constructor(private readonly target: ReportSink) {}

  replay(ops: readonly SinkOp[]): void {
    for (const op of ops) {
      if (op[0] === 'sheet') {
        this.current = this.target.sheet(op[1]);
        continue;
      }
      const sheet = this.current;
      if (!sheet) throw new Error(`report op "${op[0]}" before any sheet`);
      switch (op[0]) {
        case 'row':
          sheet.row(op[1]);
          break;
        case 'group':
          sheet.group(op[1], op[2]);
          break;
        case 'beginSum':
          sheet.beginSum();
          break;
        case 'total':
          sheet.total(op[1], op[2], op[3]);
          break;
        case 'line':
          sheet.line(op[1], op[2]);
          break;
        case 'pair':
          sheet.pair(op[1], op[2], op[3]);
          break;
      }
    }
  }
}

/**
 * The builder's side: a sink that only records. Recorded calls are handed to `send` in batches, at the
 * builder's flush points (ticker.ts yields every few rows) once a batch is full, and whatever is left at `end`.
 */
export class SinkRecorder implements ReportSink {
  private ops: SinkOp[] = [];

  constructor(
    private readonly send: (ops: SinkOp[]) => Promise<void>,
    private readonly hooks: {
      progress?: (done: number, total: number) => void;
      cancelled?: () => boolean;
    } = {},
    private readonly batchSize = 100,
  ) {}

  sheet(spec: SheetSpec): SheetSink {
    this.ops.push(['sheet', spec]);
    const ops = () => this.ops; // the array is swapped after each batch
    return {
      group: (label, cells) => void ops().push(['group', label, cells]),
      row: (cells) => void ops().push(['row', cells]),
      beginSum: () => void ops().push(['beginSum']),
      total: (label, values, labelSpan) => void ops().push(['total', label, values, labelSpan]),
      line: (text, style) => void ops().push(['line', text, style]),
      pair: (label, value, kind) => void ops().push(['pair', label, value, kind]),
    };
  }

  progress(done: number, total: number): void {
    this.hooks.progress?.(done, total);
  }

  cancelled(): boolean {
    return this.hooks.cancelled?.() ?? false;
  }

  async flush(): Promise<void> {
    if (this.ops.length >= this.batchSize) await this.sendBatch();
  }

  /** Sends what is left; the caller then closes the writer. */
  async end(): Promise<void> {
    if (this.ops.length > 0) await this.sendBatch();
  }

  private sendBatch(): Promise<void> {
    const batch = this.ops;
    this.ops = [];
    return this.send(batch);
  }
}
