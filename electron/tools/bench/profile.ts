/**
 * `--profile`: each probe runs with `node --cpu-prof` (one .cpuprofile per thread, worker threads included)
 * and this summarises where the time went: self time per function, top first. `within` keeps only the samples
 * whose stack passes through the measured function (so data set-up in the same process does not blur it);
 * a thread with no such sample (a worker) is summarised whole.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';

interface CpuNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface CpuProfile {
  nodes: CpuNode[];
  samples: number[];
  timeDeltas: number[];
}

export interface HotFunction {
  fn: string;
  at: string;
  selfMs: number;
  pct: number;
}

export interface ThreadProfile {
  file: string;
  totalMs: number;
  scope: string;
  top: HotFunction[];
}

const where = (url: string, line: number) => {
  if (!url) return '';
  const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  return m ? `${m[1]}` : `${basename(url)}:${line + 1}`;
};

export function summariseProfile(
  p: CpuProfile,
  within: string | null,
  topN = 12,
): { totalMs: number; scope: string; top: HotFunction[] } {
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const inScope = new Map<number, boolean>();
  const scoped = (id: number): boolean => {
    const known = inScope.get(id);
    if (known !== undefined) return known;
    const node = byId.get(id);
    const name = node?.callFrame.functionName ?? '';
    const up = parent.get(id);
    const r = within !== null && name.startsWith(within) ? true : up === undefined ? false : scoped(up);
    inScope.set(id, r);
    return r;
  };
  const useScope = within !== null && p.samples.some((s) => scoped(s));
  const self = new Map<string, { fn: string; at: string; us: number }>();
  let total = 0;
  p.samples.forEach((id, i) => {
    if (useScope && !scoped(id)) return;
    const node = byId.get(id);
    if (!node) return;
    const dt = p.timeDeltas[i] ?? 0;
    const fn = node.callFrame.functionName || '(anonymous)';
    const at = where(node.callFrame.url, node.callFrame.lineNumber);
    if (fn === '(idle)') return;
    total += dt;
    const key = `${fn}@${at}`;
    const e = self.get(key) ?? { fn, at, us: 0 };
    e.us += dt;
    self.set(key, e);
  });
  const top = [...self.values()]
    .sort((a, b) => b.us - a.us)
    .slice(0, topN)
    .map((e) => ({ fn: e.fn, at: e.at, selfMs: e.us / 1000, pct: total ? (100 * e.us) / total : 0 }));
  return { totalMs: total / 1000, scope: useScope ? `within ${within}` : 'whole thread', top };
}

export function summariseDir(dir: string, within: string | null): ThreadProfile[] {
  let files: string[] = [];
  try {
    files = readdirSync(dir).filter((f) => f.endsWith('.cpuprofile'));
  } catch {
    return [];
  }
  return files.map((f) => ({
    file: f,
    ...summariseProfile(JSON.parse(readFileSync(join(dir, f), 'utf8')) as CpuProfile, within),
  }));
}

/** Threads with less than `minMs` of work (idle helper threads) are left out. */
export function formatProfiles(name: string, threads: readonly ThreadProfile[], minMs = 50): string {
  const out: string[] = [];
  for (const t of threads) {
    if (t.totalMs < minMs) continue;
    out.push(`profile ${name} — ${t.file} (${t.scope}, ${t.totalMs.toFixed(0)} ms sampled):`);
    for (const h of t.top)
      out.push(`  ${h.pct.toFixed(1).padStart(5)}%  ${h.selfMs.toFixed(0).padStart(6)} ms  ${h.fn}  ${h.at}`);
  }
  return out.join('\n');
}
