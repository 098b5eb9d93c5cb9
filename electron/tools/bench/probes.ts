/**
 * The operations that run in a child process (probe.ts), by name. Modules are imported on demand so a floor
 * probe loads only exceljs, not the whole backend: its peak RSS is then exceljs's, not ours.
 */
import type { BenchData } from './generate/write-data';
import type { BenchSizes } from './generate/records';
import type { ProvinceProbeInput } from './figures/province';
import type { ProvinceSizes } from './generate/packages';
import { timed } from './timed';

export interface ProbeInputs {
  generate: { dir: string; sizes: BenchSizes };
  edit: { data: BenchData; samples: number };
  cost: { sizes: BenchSizes; runs: number };
  mark: { samples: number };
  open: { dbFile: string; runs: number };
  'import-reader': { xlsx: string };
  'import-app': { data: BenchData };
  'export-writer': { data: BenchData; out: string };
  'export-app': { data: BenchData; out: string };
  'province-packages': { dir: string; sizes: ProvinceSizes };
  'province-consolidate': ProvinceProbeInput;
  'province-copy': ProvinceProbeInput;
  'floor-data': { data: BenchData; outDir: string; queries: string[] };
}

export type ProbeName = keyof ProbeInputs;

export async function runNamedProbe(name: string, input: unknown): Promise<unknown> {
  switch (name as ProbeName) {
    case 'generate': {
      const i = input as ProbeInputs['generate'];
      const { writeBenchData } = await import('./generate/write-data');
      return writeBenchData(i.dir, i.sizes);
    }
    case 'edit': {
      const i = input as ProbeInputs['edit'];
      const { measureEdits } = await import('./figures/edit');
      return measureEdits(i.data, i.samples);
    }
    case 'cost': {
      const i = input as ProbeInputs['cost'];
      const { measureCost } = await import('./figures/cost');
      return measureCost(i.sizes, i.runs);
    }
    case 'mark': {
      const i = input as ProbeInputs['mark'];
      const { measureMarks } = await import('./figures/mark');
      return measureMarks(i.samples);
    }
    case 'open': {
      const i = input as ProbeInputs['open'];
      const { measureOpen } = await import('./figures/open');
      return measureOpen(i.dbFile, i.runs);
    }
    case 'import-reader': {
      const i = input as ProbeInputs['import-reader'];
      const { readWithExceljs } = await import('./figures/excel-floors');
      return timed(() => readWithExceljs(i.xlsx));
    }
    case 'import-app': {
      const i = input as ProbeInputs['import-app'];
      const { importWithApp } = await import('./figures/app-excel');
      return importWithApp(i.data);
    }
    case 'export-writer': {
      const i = input as ProbeInputs['export-writer'];
      const { writeWithExceljs } = await import('./figures/export-floor');
      return timed(() => writeWithExceljs(i.data.dbFile, i.data.unitId, i.out));
    }
    case 'export-app': {
      const i = input as ProbeInputs['export-app'];
      const { exportWithApp } = await import('./figures/app-excel');
      return exportWithApp(i.data, i.out);
    }
    case 'province-packages': {
      const i = input as ProbeInputs['province-packages'];
      const { writeProvincePackages } = await import('./generate/packages');
      return writeProvincePackages(i.dir, i.sizes);
    }
    case 'province-consolidate': {
      const { consolidateWithServer } = await import('./figures/province');
      return consolidateWithServer(input as ProvinceProbeInput);
    }
    case 'province-copy': {
      const { copyFloor } = await import('./figures/province');
      return copyFloor(input as ProvinceProbeInput);
    }
    case 'floor-data': {
      const i = input as ProbeInputs['floor-data'];
      const { writeFloorData } = await import('./figures/ui-floor');
      return writeFloorData({
        dbFile: i.data.dbFile,
        unitId: i.data.unitId,
        outDir: i.outDir,
        queries: i.queries,
      });
    }
    default:
      throw new Error(`unknown probe ${name}`);
  }
}
