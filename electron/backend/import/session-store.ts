import { randomUUID } from 'node:crypto';
import type { ImportProgress, RowPick } from '../../shared/contract/import';
import { ApiFailure } from '../api-failure';
import type { PlannedRow } from './dry-run';
import type { SheetPlan } from './layout';
import type { Problem } from './problems';
import type { ParseJob, ParseProgress } from './parse-in-worker';
import type { RawWorkbook } from './raw-workbook';

/**
 * One wizard run: the upload being parsed (or parsed), and the last dry run. Kept in memory only — nothing of
 * an import touches the database before commit. At most a few are kept; the oldest is dropped (and cancelled).
 */
export interface ImportSession {
  token: string;
  fileName: string;
  job: ParseJob | null;
  raw: RawWorkbook | null;
  failure: ApiFailure | null;
  progress: ImportProgress;
  /** The last dry run: its unit, plans, the officer's pick of rows, and the planned rows. */
  dryRun: {
    unitId: number;
    plans: SheetPlan[];
    pick: RowPick | undefined;
    rows: PlannedRow[];
    orphans: Problem[];
  } | null;
}

const MAX_SESSIONS = 4;
const sessions = new Map<string, ImportSession>();

const PHASE_SPAN: Record<string, [number, number]> = { check: [5, 15], parse: [15, 60], sheets: [60, 95] };

export function progressOf(p: ParseProgress): ImportProgress {
  const [from, to] = PHASE_SPAN[p.phase] ?? [0, 0];
  const frac = p.total > 0 ? p.done / p.total : 0;
  return { phase: p.phase as ImportProgress['phase'], percent: Math.round(from + (to - from) * frac) };
}

export function openSession(fileName: string, start: (s: ImportSession) => ParseJob): ImportSession {
  while (sessions.size >= MAX_SESSIONS) {
    const oldest = sessions.values().next().value!;
    oldest.job?.cancel();
    sessions.delete(oldest.token);
  }
  const s: ImportSession = {
    token: randomUUID(),
    fileName,
    job: null,
    raw: null,
    failure: null,
    progress: { phase: 'upload', percent: 2 },
    dryRun: null,
  };
  s.job = start(s);
  sessions.set(s.token, s);
  s.job.promise.then(
    (raw) => {
      s.raw = raw;
      s.job = null;
      s.progress = { phase: 'ready', percent: 100 };
    },
    (err: unknown) => {
      s.job = null;
      s.failure =
        err instanceof ApiFailure
          ? err
          : new ApiFailure('IMPORT_UNREADABLE', { file: fileName, detail: String(err) });
      s.progress = { phase: s.failure.code === 'IMPORT_CANCELLED' ? 'cancelled' : 'failed', percent: 100 };
    },
  );
  return s;
}

export function getSession(token: string): ImportSession {
  const s = sessions.get(token);
  if (!s) throw new ApiFailure('IMPORT_SESSION_GONE');
  return s;
}

/** The parsed workbook, waiting for the worker when it is still running. */
export async function parsedWorkbook(s: ImportSession): Promise<RawWorkbook> {
  if (s.job) await s.job.promise.catch(() => undefined);
  if (s.failure) throw s.failure;
  if (!s.raw) throw new ApiFailure('IMPORT_SESSION_GONE');
  return s.raw;
}

export function closeSession(token: string): void {
  const s = sessions.get(token);
  s?.job?.cancel();
  sessions.delete(token);
}
