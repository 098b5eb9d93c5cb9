import { describe, expect, it } from 'vitest';
import { parseHostArgs } from '../../../electron/node-host/args';

describe('browser-mode host arguments', () => {
  it('defaults to a free port chosen by the system (never a fixed, guessable one)', () => {
    expect(parseHostArgs([], {})).toEqual({ port: 0, db: undefined, dataDir: undefined });
  });

  it('reads --port/--db/--data-dir in both spellings, flags before the environment', () => {
    expect(
      parseHostArgs(['--port', '5175', '--db=/d/a.sqlite', '--data-dir', '/d'], { TINHGON_PORT: '1' }),
    ).toEqual({
      port: 5175,
      db: '/d/a.sqlite',
      dataDir: '/d',
    });
    expect(parseHostArgs([], { TINHGON_PORT: '8080', TINHGON_DB: '/x.sqlite' })).toMatchObject({
      port: 8080,
      db: '/x.sqlite',
    });
  });

  it('refuses a port that is not a TCP port number', () => {
    for (const p of ['-1', '65536', '80.5', 'abc'])
      expect(() => parseHostArgs(['--port', p], {})).toThrow('--port');
  });
});
