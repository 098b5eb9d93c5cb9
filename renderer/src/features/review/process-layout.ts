/**
 * Layout of one internal process as vertical swimlanes (one column per responsible party, steps flowing down):
 * ELK's layered algorithm (elkjs, bundled, offline) orders and spaces the steps along the flow — one layer per
 * step of the chain, node heights from their text, merged steps beside their target — and each node is then
 * placed in its party's column. Edges are orthogonal: down from one box, across to the next box's column.
 */
import ELK from 'elkjs/lib/elk.bundled.js';
import type { ProcessDto } from '../../../../electron/shared/contract/review';

export const LANE_W = 132;
export const NODE_W = 118;
export const HEAD_H = 44;
const LINE_H = 13;
const CHARS = 19;

export interface LaidStep {
  step: ProcessDto['steps'][number];
  lane: number;
  x: number;
  y: number;
  h: number;
  lines: string[];
}
export interface ProcessLayout {
  lanes: string[];
  steps: LaidStep[];
  width: number;
  height: number;
}

/** Word-wrapped lines of at most `chars` characters, at most `max` lines (the last ends with "…" if cut). */
export function wrap(text: string, chars = CHARS, max = 3): string[] {
  const words = text.replace(/\s+/g, ' ').trim().split(' ');
  const lines: string[] = [];
  let line = '';
  for (const w of words) {
    if ((line + ' ' + w).trim().length > chars && line) {
      lines.push(line);
      line = w;
    } else line = (line + ' ' + w).trim();
  }
  if (line) lines.push(line);
  if (lines.length > max) {
    const cut = lines.slice(0, max);
    cut[max - 1] = `${cut[max - 1]!.slice(0, chars - 1)}…`;
    return cut;
  }
  return lines;
}

const elk = new ELK();

export async function layoutProcess(p: ProcessDto): Promise<ProcessLayout> {
  const lanes: string[] = [];
  const laneOf = (r: string) => {
    const key = r.trim() || '—';
    if (!lanes.includes(key)) lanes.push(key);
    return lanes.indexOf(key);
  };
  const prepared = p.steps.map((s) => {
    const lines = wrap(`${s.ord}. ${s.work}`);
    return { step: s, lane: laneOf(s.responsible), lines, h: 20 + lines.length * LINE_H + 16 };
  });
  const graph = await elk.layout({
    id: 'process',
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': 'DOWN',
      'elk.spacing.nodeNode': '14',
      'elk.layered.spacing.nodeNodeBetweenLayers': '22',
      'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
    },
    children: prepared.map((s) => ({ id: String(s.step.id), width: NODE_W, height: s.h })),
    edges: prepared.slice(1).map((s, i) => ({
      id: `e${i}`,
      sources: [String(prepared[i]!.step.id)],
      targets: [String(s.step.id)],
    })),
  });
  const yOf = new Map((graph.children ?? []).map((c) => [c.id, c.y ?? 0] as const));
  const steps = prepared.map((s) => ({
    ...s,
    x: s.lane * LANE_W + (LANE_W - NODE_W) / 2,
    y: HEAD_H + 8 + (yOf.get(String(s.step.id)) ?? 0),
  }));
  const height = Math.max(...steps.map((s) => s.y + s.h), HEAD_H + 40) + 12;
  return { lanes, steps, width: Math.max(lanes.length, 1) * LANE_W, height };
}
