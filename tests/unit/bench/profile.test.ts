import { describe, expect, it } from 'vitest';
import { formatProfiles, summariseProfile } from '../../../electron/tools/bench/profile';

const frame = (functionName: string, url = '', lineNumber = 0) => ({ functionName, url, lineNumber });

/** root → setup → parse; root → measured → hot, measured → (idle) */
const profile = {
  nodes: [
    { id: 1, callFrame: frame('(root)'), children: [2, 4] },
    { id: 2, callFrame: frame('setup', 'file:///x/bench.js', 9), children: [3] },
    { id: 3, callFrame: frame('parse', 'file:///x/node_modules/exceljs/lib/a.js', 1) },
    { id: 4, callFrame: frame('measuredThing', 'file:///x/bench.js', 20), children: [5, 6] },
    { id: 5, callFrame: frame('hot', 'file:///x/cost.js', 41) },
    { id: 6, callFrame: frame('(idle)') },
  ],
  samples: [3, 3, 5, 5, 5, 4, 6],
  timeDeltas: [1000, 1000, 2000, 2000, 2000, 1000, 50000],
};

describe('bench profile summary', () => {
  it('keeps only samples inside the measured function and ranks self time', () => {
    const s = summariseProfile(profile, 'measuredThing');
    expect(s.scope).toBe('within measuredThing');
    expect(s.totalMs).toBe(7);
    expect(s.top.map((h) => [h.fn, h.at, h.selfMs])).toEqual([
      ['hot', 'cost.js:42', 6],
      ['measuredThing', 'bench.js:21', 1],
    ]);
    expect(s.top[0]?.pct).toBeCloseTo((6 / 7) * 100);
  });

  it('summarises the whole thread when the function is absent, and names packages by their folder', () => {
    const s = summariseProfile(profile, 'notThere');
    expect(s.scope).toBe('whole thread');
    expect(s.totalMs).toBe(9); // idle is not work
    expect(s.top.find((h) => h.fn === 'parse')?.at).toBe('exceljs');
  });

  it('prints one line per hot function', () => {
    const threads = [{ file: 'CPU.1.cpuprofile', ...summariseProfile(profile, 'measuredThing') }];
    expect(formatProfiles('cost', threads)).toBe(''); // under 50 ms of work: an idle helper thread
    const text = formatProfiles('cost', threads, 0);
    expect(text.split('\n')[0]).toBe('profile cost — CPU.1.cpuprofile (within measuredThing, 7 ms sampled):');
    expect(text).toMatch(/85\.7%\s+6 ms {2}hot {2}cost\.js:42/);
  });
});
