import { useEffect, useRef } from 'preact/hooks';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { t } from '@/utils/i18n';
import { formatNumber } from '@/components/ui/format';
import type { ChartSpec } from './series';

const HEIGHT = 220;

/** Label every k-th position so a year of weeks stays readable. */
export function labelStep(count: number, width: number): number {
  const fits = Math.max(2, Math.floor(width / 56));
  return Math.max(1, Math.ceil(count / fits));
}

let drawable: boolean | undefined;
/** Whether this document can draw on a canvas at all (a test DOM cannot; uPlot would fail later). */
function canDraw(): boolean {
  drawable ??= (() => {
    try {
      return document.createElement('canvas').getContext('2d') != null;
    } catch {
      return false;
    }
  })();
  return drawable;
}

function cssVar(el: Element, name: string, fallback: string): string {
  return getComputedStyle(el).getPropertyValue(name).trim() || fallback;
}

/** uPlot options for a spec: categories on x (indices), zero-based y, bars or lines with points. */
export function chartOptions(
  spec: ChartSpec,
  width: number,
  theme: { fg: string; grid: string },
): uPlot.Options {
  const n = spec.labels.length;
  const step = labelStep(n, width);
  const bars = spec.kind === 'bars';
  const barPaths = bars ? uPlot.paths.bars?.({ size: [0.6, 48] }) : undefined;
  return {
    width,
    height: HEIGHT,
    legend: { show: spec.series.length > 1 },
    cursor: { drag: { x: false, y: false } },
    scales: {
      x: { time: false, range: bars ? [-0.5, n - 0.5] : [0, Math.max(1, n - 1)] },
      y: { range: (_u, _min, max) => [0, Math.max(1, Math.ceil(max * 1.1))] },
    },
    axes: [
      {
        stroke: theme.fg,
        grid: { show: false },
        ticks: { stroke: theme.grid },
        splits: () => spec.labels.map((_, i) => i),
        values: (_u, splits) => splits.map((i) => (i % step === 0 ? (spec.labels[i] ?? '') : '')),
      },
      {
        stroke: theme.fg,
        grid: { stroke: theme.grid, width: 1 },
        ticks: { stroke: theme.grid },
        values: (_u, splits) => splits.map((v) => formatNumber(v)),
      },
    ],
    series: [
      {
        label: spec.id === 'kinds' ? '' : t('analytics_week'),
        value: (_u, v) => (v == null ? '–' : (spec.labels[v] ?? '')),
      },
      ...spec.series.map((s) => ({
        label: s.label,
        stroke: s.color,
        width: bars ? 1 : 2,
        ...(bars
          ? { fill: `${s.color}cc`, paths: barPaths, points: { show: false } }
          : { points: { size: 5 } }),
      })),
    ],
  };
}

export function chartData(spec: ChartSpec): uPlot.AlignedData {
  return [spec.labels.map((_, i) => i), ...spec.series.map((s) => s.values)];
}

/**
 * One chart: uPlot on a canvas sized to its column (redrawn when the column resizes), and the same
 * numbers as a table under it for screen readers and for reading exact values.
 */
export function Chart({ spec }: { spec: ChartSpec }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = box.current;
    // Without a canvas, the table below still carries every number.
    if (!el || !canDraw()) return;
    const theme = { fg: cssVar(el, '--fg-muted', '#4f5560'), grid: cssVar(el, '--border', '#d5d8de') };
    const plot = new uPlot(chartOptions(spec, el.clientWidth || 600, theme), chartData(spec), el);
    const observer = new ResizeObserver(() => {
      if (el.clientWidth > 0) plot.setSize({ width: el.clientWidth, height: HEIGHT });
    });
    observer.observe(el);
    return () => {
      observer.disconnect();
      plot.destroy();
    };
  }, [spec]);
  const titleId = `chart-${spec.id}`;
  return (
    <figure class="chart" aria-labelledby={titleId} data-chart={spec.id}>
      <figcaption id={titleId}>{spec.title}</figcaption>
      <div ref={box} class="chart-canvas" aria-hidden="true" />
      <details class="chart-table">
        <summary>{t('analytics_table', spec.title)}</summary>
        <table>
          <thead>
            <tr>
              <th scope="col">{spec.kind === 'bars' && spec.id === 'kinds' ? '' : t('analytics_week')}</th>
              {spec.series.map((s) => (
                <th key={s.label} scope="col">
                  {s.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {spec.labels.map((label, i) => (
              <tr key={i}>
                <th scope="row">{label}</th>
                {spec.series.map((s) => (
                  <td key={s.label}>{formatNumber(s.values[i] ?? 0)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
