import { useEffect, useRef } from 'react';
import {
  AgCharts,
  AllCommunityModule,
  ModuleRegistry,
  type AgCartesianChartOptions,
  type AgChartInstance,
} from 'ag-charts-community';
import { formatNumber } from '../../../../electron/shared/text/format';

ModuleRegistry.registerModules([AllCommunityModule]);

export interface Bar {
  key: string;
  label: string;
  value: number;
}

/** A bar chart (ag-charts-community, bundled: works offline). `onBar` makes bars clickable. */
export function BarChart({
  bars,
  horizontal = false,
  height = 260,
  yName,
  onBar,
  testId,
}: {
  bars: Bar[];
  horizontal?: boolean;
  height?: number;
  yName: string;
  onBar?: (bar: Bar) => void;
  testId?: string;
}) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<AgChartInstance | null>(null);
  const click = useRef(onBar);
  useEffect(() => {
    click.current = onBar;
  });

  useEffect(() => {
    if (!box.current) return;
    const options: AgCartesianChartOptions = {
      container: box.current,
      height,
      data: bars,
      animation: { enabled: false },
      series: [
        {
          type: 'bar',
          direction: horizontal ? 'horizontal' : 'vertical',
          xKey: 'label',
          yKey: 'value',
          yName,
          label: { formatter: ({ value }: { value: number }) => formatNumber(value) },
          tooltip: {
            renderer: ({ datum }: { datum: Bar }) => ({
              heading: datum.label,
              data: [{ label: yName, value: formatNumber(datum.value) }],
            }),
          },
        },
      ],
      axes: {
        x: { type: horizontal ? 'number' : 'category', position: horizontal ? 'bottom' : 'bottom' },
        y: { type: horizontal ? 'category' : 'number', position: 'left' },
      },
      listeners: {
        seriesNodeClick: (e: { datum: unknown }) => click.current?.(e.datum as Bar),
      },
    } as unknown as AgCartesianChartOptions;
    if (chart.current) void chart.current.update(options);
    else chart.current = AgCharts.create(options);
  }, [bars, horizontal, height, yName]);

  useEffect(
    () => () => {
      chart.current?.destroy();
      chart.current = null;
    },
    [],
  );

  return (
    <div className={onBar ? 'dashboard-chart clickable' : 'dashboard-chart'} data-testid={testId}>
      <div ref={box} style={{ height }} />
      {/* The same numbers as text, for screen readers and for reading exact values. */}
      <ul className="dashboard-chart-values">
        {bars.map((b) => (
          <li key={b.key}>
            {onBar ? (
              <button type="button" onClick={() => onBar(b)}>
                {b.label}: {formatNumber(b.value)}
              </button>
            ) : (
              <span>
                {b.label}: {formatNumber(b.value)}
              </span>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
