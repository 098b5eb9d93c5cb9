/**
 * Command-line options of the browser-mode host (`--port`, `--db`, `--data-dir`, `--check-after-open-above-mb`,
 * `--manager-idle-seconds`), env as fallback.
 */
export interface HostArgs {
  port: number;
  db: string | undefined;
  dataDir: string | undefined;
  /** Databases larger than this (MiB) get their integrity check after the first screen; default 64. */
  checkAfterOpenAboveMb: number | undefined;
  /** Seconds without a call from the user before the manager role ends; default 900 (15 minutes). */
  managerIdleSeconds: number | undefined;
}

export function parseHostArgs(argv: readonly string[], env: NodeJS.ProcessEnv): HostArgs {
  const value = (flag: string): string | undefined => {
    const i = argv.indexOf(flag);
    if (i >= 0) return argv[i + 1];
    const eq = argv.find((a) => a.startsWith(flag + '='));
    return eq?.slice(flag.length + 1);
  };
  const portText = value('--port') ?? env.TINHGON_PORT ?? '0';
  const port = Number(portText);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port: ${portText}`);
  const mbText = value('--check-after-open-above-mb') ?? env.TINHGON_CHECK_AFTER_OPEN_ABOVE_MB;
  const mb = mbText === undefined ? undefined : Number(mbText);
  if (mb !== undefined && !(Number.isFinite(mb) && mb >= 0))
    throw new Error(`--check-after-open-above-mb: ${mbText}`);
  const idleText = value('--manager-idle-seconds') ?? env.TINHGON_MANAGER_IDLE_SECONDS;
  const idle = idleText === undefined ? undefined : Number(idleText);
  if (idle !== undefined && !(Number.isFinite(idle) && idle > 0))
    throw new Error(`--manager-idle-seconds: ${idleText}`);
  return {
    port,
    db: value('--db') ?? env.TINHGON_DB,
    dataDir: value('--data-dir') ?? env.TINHGON_DATA_DIR,
    checkAfterOpenAboveMb: mb,
    managerIdleSeconds: idle,
  };
}
