import { useEffect, useRef } from 'react';
import {
  AgCharts,
  AllCommunityModule,
  ModuleRegistry,
  type AgCartesianChartOptions,
  type AgChartInstance,
} from 'ag-charts-community';
import { formatNumber } from '../../../../electron/shared/text/format';
import { useI18n } from '../../i18n';

ModuleRegistry.registerModules([AllCommunityModule]);

export interface Bar {
  key: string;
  label: string;
  value: number;
}

/** Category labels wrapped at spaces to lines of at most `width` characters, so a long lĩnh vực is never cut. */
export function wrapLabel(text: string, width = 40): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.join('\n');
}

/**
 * A bar chart (ag-charts-community, bundled: works offline). `onBar` makes bars clickable. With nothing to draw
 * it says so in the user's language (the chart library's own "No data to display" never shows).
 */
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
  const { t } = useI18n();
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
        x: {
          type: horizontal ? 'number' : 'category',
          position: 'bottom',
          ...(horizontal
            ? {}
            : { label: { formatter: ({ value }: { value: string }) => wrapLabel(value, 16) } }),
        },
        y: {
          type: horizontal ? 'category' : 'number',
          position: 'left',
          // Every lĩnh vực keeps its label (the rows are tall enough for two lines; see the caller's height).
          ...(horizontal
            ? {
                label: {
                  avoidCollisions: false,
                  formatter: ({ value }: { value: string }) => wrapLabel(value),
                },
              }
            : {}),
        },
      },
      overlays: { noData: { text: t('dashboard.noData') } },
      listeners: {
        seriesNodeClick: (e: { datum: unknown }) => click.current?.(e.datum as Bar),
      },
    } as unknown as AgCartesianChartOptions;
    if (chart.current) void chart.current.update(options);
    else chart.current = AgCharts.create(options);
  }, [bars, horizontal, height, yName, t]);

  useEffect(
    () => () => {
      chart.current?.destroy();
      chart.current = null;
    },
    [],
  );

  if (bars.length === 0)
    return (
      <p className="dashboard-note" data-testid={testId}>
        {t('dashboard.noData')}
      </p>
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
