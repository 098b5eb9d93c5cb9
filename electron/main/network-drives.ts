import { execFile } from 'node:child_process';
import { registerNetworkRoots } from '../../db/network-path';

/**
 * Windows mapped network drives (a drive letter on an SMB share looks local by its path). SQLite in WAL mode
 * must not run there, so db/network-path.ts refuses paths under the roots registered here. Asked once, in the
 * background, at start-up; the answer is needed only when the user picks a file to open or save.
 */
export function parseNetworkDriveLetters(stdout: string): string[] {
  const roots = new Set<string>();
  for (const line of stdout.split(/\r?\n/)) {
    const m = /^\s*([A-Za-z]):\s*$/.exec(line);
    if (m?.[1]) {
      const letter = m[1].toUpperCase();
      roots.add(`${letter}:\\`);
      roots.add(`${letter}:/`);
    }
  }
  return [...roots];
}

export function registerMappedNetworkDrives(log: (err: unknown) => void): void {
  if (process.platform !== 'win32') return;
  execFile(
    'powershell.exe',
    [
      '-NoProfile',
      '-NonInteractive',
      '-Command',
      '(Get-CimInstance Win32_LogicalDisk -Filter "DriveType=4").DeviceID',
    ],
    { windowsHide: true, timeout: 15_000 },
    (err, stdout) => {
      if (err) return log(err);
      registerNetworkRoots(parseNetworkDriveLetters(String(stdout)));
    },
  );
}
