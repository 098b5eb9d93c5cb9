import { describe, expect, it } from 'vitest';
import { parseHostArgs } from '../../../electron/node-host/args';

describe('browser-mode host arguments', () => {
  it('defaults to a free port chosen by the system (never a fixed, guessable one)', () => {
    expect(parseHostArgs([], {})).toEqual({
      port: 0,
      db: undefined,
      dataDir: undefined,
      checkAfterOpenAboveMb: undefined,
      managerIdleSeconds: undefined,
    });
  });

  it('reads --port/--db/--data-dir in both spellings, flags before the environment', () => {
    expect(
      parseHostArgs(['--port', '5175', '--db=/d/a.sqlite', '--data-dir', '/d'], { TINHGON_PORT: '1' }),
    ).toEqual({
      port: 5175,
      db: '/d/a.sqlite',
      dataDir: '/d',
      checkAfterOpenAboveMb: undefined,
      managerIdleSeconds: undefined,
    });
    expect(parseHostArgs([], { TINHGON_PORT: '8080', TINHGON_DB: '/x.sqlite' })).toMatchObject({
      port: 8080,
      db: '/x.sqlite',
    });
  });

  it('reads the size above which the integrity check runs after the first screen, and refuses nonsense', () => {
    expect(parseHostArgs(['--check-after-open-above-mb', '0'], {}).checkAfterOpenAboveMb).toBe(0);
    expect(parseHostArgs([], { TINHGON_CHECK_AFTER_OPEN_ABOVE_MB: '128' }).checkAfterOpenAboveMb).toBe(128);
    for (const v of ['-1', 'abc'])
      expect(() => parseHostArgs(['--check-after-open-above-mb', v], {})).toThrow(
        '--check-after-open-above-mb',
      );
  });

  it('reads how long a manager may be idle (tests shorten it), and refuses nonsense', () => {
    expect(parseHostArgs(['--manager-idle-seconds', '2'], {}).managerIdleSeconds).toBe(2);
    expect(parseHostArgs([], { TINHGON_MANAGER_IDLE_SECONDS: '60' }).managerIdleSeconds).toBe(60);
    for (const v of ['0', '-5', 'abc'])
      expect(() => parseHostArgs(['--manager-idle-seconds', v], {})).toThrow('--manager-idle-seconds');
  });

  it('refuses a port that is not a TCP port number', () => {
    for (const p of ['-1', '65536', '80.5', 'abc'])
      expect(() => parseHostArgs(['--port', p], {})).toThrow('--port');
  });
});
