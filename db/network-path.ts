/**
 * SQLite with WAL must not live on a network share (locks are not honoured; sqlite.org/useovernet.html).
 * Detects UNC paths (\\server\share, //server/share) and common Linux network mounts by prefix. A mapped
 * Windows drive letter needs GetDriveType, which only the Electron main process can ask; it passes its answer
 * through `extraNetworkRoots`.
 */
const extraRoots: string[] = [];

export function registerNetworkRoots(roots: readonly string[]): void {
  extraRoots.push(...roots);
}

export function isNetworkPath(file: string): boolean {
  if (/^(\\\\|\/\/)[^\\/]+[\\/][^\\/]+/.test(file)) return true;
  if (/^\/(net|smb|nfs|mnt\/(smb|nfs|cifs|network))\//i.test(file)) return true;
  const lower = file.toLowerCase();
  return extraRoots.some((root) => lower.startsWith(root.toLowerCase()));
}
