import { useEffect, useState, type Ref } from 'react';
import type { ProcessDto } from '../../../../electron/shared/contract/review';
import { formatMilli } from '../../../../electron/shared/cost/step-time';
import { useI18n } from '../../i18n';
import {
  HEAD_H,
  LANE_W,
  NODE_W,
  layoutProcess,
  wrap,
  type LaidStep,
  type ProcessLayout,
} from './process-layout';

type Step = ProcessDto['steps'][number];
const FONT = 'Noto Sans, Arial, sans-serif';
const COLORS = {
  KEPT: { fill: '#ffffff', stroke: '#4a6fa5', dash: undefined },
  SHORTENED: { fill: '#fff6dc', stroke: '#b7791f', dash: undefined },
  REMOVED: { fill: '#f5f5f5', stroke: '#b42318', dash: '4 3' },
  MERGED: { fill: '#f5f5f5', stroke: '#6b7280', dash: '4 3' },
} as const;

/**
 * One internal process as swimlanes (presentation attributes only, no CSS, so the exported SVG and PNG look
 * like the screen). `after` shows the marks: removed steps struck through with their reason, shortened ones
 * with old → new time, merged ones dashed and tied to the step they join.
 */
export function ProcessDiagram({
  svgRef,
  ...p
}: {
  process: ProcessDto;
  mode: 'before' | 'after';
  title: string;
  testId: string;
  svgRef?: Ref<SVGSVGElement>;
  onStep?: ((s: Step) => void) | undefined;
}) {
  const { t, locale } = useI18n();
  const [layout, setLayout] = useState<ProcessLayout | null>(null);
  useEffect(() => {
    let live = true;
    void layoutProcess(p.process).then((l) => live && setLayout(l));
    return () => {
      live = false;
    };
  }, [p.process]);
  if (!layout) return <div className="process-diagram loading" data-testid={p.testId} />;
  const after = p.mode === 'after';
  const fate = (s: Step) => (after ? s.fate : 'KEPT');
  // Compact in the box: "0,25 ngày", "4 giờ", "1,5 → 1 ngày" (the title says they are working days).
  const compact = (x: Step['time']) =>
    x.unit === 'NOT_COUNTED' || x.milli === null
      ? t('process.notCounted')
      : `${formatMilli(x.milli, locale)} ${t(x.unit === 'HOUR' ? 'process.unit.h' : 'process.unit.d')}`;
  const time = (s: Step) => {
    if (!after || s.fate === 'KEPT') return compact(s.time);
    if (s.fate === 'SHORTENED' && s.timeAfter)
      return s.time.unit === s.timeAfter.unit && s.time.milli !== null
        ? `${formatMilli(s.time.milli, locale)} → ${compact(s.timeAfter)}`
        : `${compact(s.time)} → ${compact(s.timeAfter)}`;
    if (s.fate === 'MERGED')
      return t('process.mergedInto', { n: p.process.steps.find((x) => x.id === s.mergedIntoId)?.ord ?? '?' });
    return t('process.removed');
  };
  const byId = new Map(layout.steps.map((s) => [s.step.id, s] as const));
  const flow = layout.steps.filter((s) => fate(s.step) === 'KEPT' || fate(s.step) === 'SHORTENED');
  const TOP = 26;
  const width = layout.width + 2;
  const height = layout.height + TOP;
  const edge = (a: LaidStep, b: LaidStep, key: string, dashed = false) => {
    const x1 = a.x + NODE_W / 2;
    const y1 = a.y + a.h;
    const x2 = b.x + NODE_W / 2;
    const y2 = b.y;
    const mid = y2 - 9;
    return (
      <path
        key={key}
        d={`M${x1},${y1 + TOP} L${x1},${mid + TOP} L${x2},${mid + TOP} L${x2},${y2 + TOP - 2}`}
        fill="none"
        stroke={dashed ? '#6b7280' : '#334155'}
        strokeWidth={1.2}
        strokeDasharray={dashed ? '3 3' : undefined}
        markerEnd={dashed ? undefined : `url(#arrow-${p.testId})`}
      />
    );
  };
  return (
    <svg
      ref={svgRef}
      xmlns="http://www.w3.org/2000/svg"
      className="process-diagram"
      data-testid={p.testId}
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      fontFamily={FONT}
      role="img"
      aria-label={p.title}
    >
      <defs>
        <marker
          id={`arrow-${p.testId}`}
          viewBox="0 0 8 8"
          refX="7"
          refY="4"
          markerWidth="7"
          markerHeight="7"
          orient="auto"
        >
          <path d="M0,0 L8,4 L0,8 z" fill="#334155" />
        </marker>
      </defs>
      <rect x={0} y={0} width={width} height={height} fill="#ffffff" />
      <text x={4} y={17} fontSize={12} fontWeight={700} fill="#0f172a">
        {p.title}
      </text>
      {layout.lanes.map((lane, i) => (
        <g key={lane}>
          <rect
            x={i * LANE_W + 1}
            y={TOP}
            width={LANE_W - 2}
            height={HEAD_H}
            fill="#e8eef7"
            stroke="#c7d3e6"
          />
          {wrap(lane, 24, 3).map((line, j) => (
            <text
              key={j}
              x={i * LANE_W + LANE_W / 2}
              y={TOP + 12 + j * 11}
              fontSize={8.5}
              textAnchor="middle"
              fill="#1e293b"
            >
              {line}
            </text>
          ))}
          {i > 0 && (
            <line
              x1={i * LANE_W}
              y1={TOP}
              x2={i * LANE_W}
              y2={height}
              stroke="#cbd5e1"
              strokeDasharray="2 3"
            />
          )}
        </g>
      ))}
      {flow.slice(1).map((b, i) => edge(flow[i]!, b, `f${i}`))}
      {layout.steps
        .filter(
          (s) => fate(s.step) === 'MERGED' && s.step.mergedIntoId !== null && byId.has(s.step.mergedIntoId),
        )
        .map((s) => edge(s, byId.get(s.step.mergedIntoId!)!, `m${s.step.id}`, true))}
      {layout.steps.map((s) => {
        const f = fate(s.step);
        const c = COLORS[f];
        const cut = f === 'REMOVED' || f === 'MERGED';
        return (
          <g
            key={s.step.id}
            data-testid={`${p.testId}-step-${s.step.ord}`}
            data-fate={f}
            role={p.onStep ? 'button' : undefined}
            tabIndex={p.onStep ? 0 : undefined}
            aria-label={`${s.step.ord}. ${s.step.work} — ${time(s.step)}`}
            style={p.onStep ? { cursor: 'pointer' } : undefined}
            onClick={() => p.onStep?.(s.step)}
            onKeyDown={(e) => {
              if (e.key === 'Enter' || e.key === ' ') p.onStep?.(s.step);
            }}
          >
            <title>{`${s.step.ord}. ${s.step.work}${s.step.reason ? `\n${s.step.reason}` : ''}`}</title>
            <rect
              x={s.x}
              y={s.y + TOP}
              width={NODE_W}
              height={s.h}
              rx={4}
              fill={c.fill}
              stroke={c.stroke}
              strokeWidth={1.3}
              strokeDasharray={c.dash}
            />
            {s.lines.map((line, j) => (
              <text
                key={j}
                x={s.x + 6}
                y={s.y + TOP + 14 + j * 13}
                fontSize={9.5}
                fill={cut ? '#6b7280' : '#0f172a'}
                textDecoration={f === 'REMOVED' ? 'line-through' : undefined}
              >
                {line}
              </text>
            ))}
            <text x={s.x + 6} y={s.y + TOP + s.h - 6} fontSize={9} fontWeight={700} fill={c.stroke}>
              {time(s.step)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
