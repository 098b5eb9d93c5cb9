/**
 * The app's own import and export engines, driven exactly as the backend drives them. Until an engine is
 * usable from here, the figure is reported as pending with the reason (never as a number).
 */
import type { BenchData } from '../generate/write-data';

export type AppExcelResult = { ms: number; rows: number; detail?: string } | { pending: string };

export function importWithApp(data: BenchData): Promise<AppExcelResult> {
  void data;
  return Promise.resolve({ pending: 'import engine (electron/backend/import) has no public engine function yet' });
}

export function exportWithApp(data: BenchData, out: string): Promise<AppExcelResult> {
  void data;
  void out;
  return Promise.resolve({ pending: 'report engine (electron/backend/reports) has no national inventory builder yet' });
}
