/**
 * The import peer: LibreOffice headless converting the list workbook to CSV, with its own throw-away profile
 * (-env:UserInstallation) so a user's running LibreOffice and its first-start wizard stay out of it. The
 * profile is created by one untimed warm-up conversion; the timed runs start `soffice` cold each time, as a
 * user would, so the time includes LibreOffice's start-up (that is what "open it in LibreOffice" costs).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export interface SofficeRun {
  ms: number;
  ok: boolean;
  peakRssMiB: number | null;
}

/** Runs one conversion; peak RSS is the highest VmHWM seen while polling /proc (soffice forks soffice.bin). */
function convertOnce(xlsx: string, outDir: string, profile: string): Promise<SofficeRun> {
  return new Promise((resolve) => {
    const t = performance.now();
    const child = spawn(
      'soffice',
      [
        '--headless',
        '--norestore',
        `-env:UserInstallation=${pathToFileURL(profile).href}`,
        '--convert-to',
        'csv',
        '--outdir',
        outDir,
        xlsx,
      ],
      { stdio: 'ignore' },
    );
    let peakKiB = 0;
    const poll = setInterval(() => (peakKiB = Math.max(peakKiB, treeHwmKiB(child.pid))), 50);
    child.on('error', () => {
      clearInterval(poll);
      resolve({ ms: performance.now() - t, ok: false, peakRssMiB: null });
    });
    child.on('exit', (code) => {
      clearInterval(poll);
      resolve({ ms: performance.now() - t, ok: code === 0, peakRssMiB: peakKiB ? peakKiB / 1024 : null });
    });
  });
}

/** VmHWM of a process and its direct children (soffice is a shell script that execs soffice.bin). */
function treeHwmKiB(pid: number | undefined): number {
  if (!pid) return 0;
  let best = hwm(pid);
  try {
    for (const d of readdirSync('/proc')) {
      if (!/^\d+$/.test(d)) continue;
      const stat = readFileSync(`/proc/${d}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid === pid) best = Math.max(best, hwm(Number(d)));
    }
  } catch {
    // A process that exits while we read /proc is simply not counted.
  }
  return best;
}

function hwm(pid: number): number {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) : 0;
  } catch {
    return 0;
  }
}

export function sofficeAvailable(): boolean {
  return ['/usr/bin/soffice', '/usr/local/bin/soffice'].some((p) => existsSync(p));
}

export async function measureLibreOffice(xlsx: string, dir: string, runs: number): Promise<SofficeRun[]> {
  const profile = join(dir, 'lo-profile');
  const outDir = join(dir, 'lo-out');
  mkdirSync(outDir, { recursive: true });
  await convertOnce(xlsx, outDir, profile); // creates the profile; not timed
  const results: SofficeRun[] = [];
  for (let i = 0; i < runs; i++) results.push(await convertOnce(xlsx, outDir, profile));
  return results;
}
