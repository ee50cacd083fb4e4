import { useI18n } from '../../i18n/i18n.js';
import { layoutBars, tickY, valueScale } from './bar-chart-layout.js';
import { ChartDataTable } from './chart-data-table.js';
import { chartColor, type ChartDatum } from './chart-datum.js';
import { useElementWidth } from './use-element-width.js';

interface BarChartProps {
  /** Visible caption and the image's accessible name. */
  readonly title: string;
  readonly data: readonly ChartDatum[];
  readonly categoryHeader?: string;
  readonly valueHeader?: string;
  /** Whole-number ticks (counts). */
  readonly integer?: boolean;
  readonly height?: number;
  /** Tick label text; defaults to the number in the chosen language (e.g. "15,000"). */
  readonly formatTick?: (value: number) => string;
}

const MARGIN = { top: 22, right: 8, bottom: 30, left: 48 };

export function BarChart({
  title,
  data,
  categoryHeader,
  valueHeader,
  integer = false,
  height = 240,
  formatTick,
}: BarChartProps) {
  const { t, locale } = useI18n();
  const tickText = formatTick ?? ((value: number) => new Intl.NumberFormat(locale).format(value));
  const [ref, width] = useElementWidth<HTMLDivElement>(560);
  const area = {
    x: MARGIN.left,
    y: MARGIN.top,
    width: Math.max(0, width - MARGIN.left - MARGIN.right),
    height: height - MARGIN.top - MARGIN.bottom,
  };
  const scale = valueScale(Math.max(0, ...data.map((d) => d.value)), 4, integer);
  const bars = layoutBars(
    data.map((d) => d.value),
    area,
    scale,
  );
  return (
    <figure className="chart bar-chart">
      <figcaption>{title}</figcaption>
      <div ref={ref} className="chart-canvas">
        <svg
          role="img"
          aria-label={title}
          width={width}
          height={height}
          viewBox={`0 0 ${width} ${height}`}
        >
          <g className="chart-axis" aria-hidden="true">
            {scale.ticks.map((tick) => {
              const y = tickY(tick, area, scale);
              return (
                <g key={tick}>
                  <line x1={area.x} x2={area.x + area.width} y1={y} y2={y} />
                  <text x={area.x - 6} y={y} dy="0.32em" textAnchor="end">
                    {tickText(tick)}
                  </text>
                </g>
              );
            })}
          </g>
          {bars.map((bar, i) => {
            const datum = data[i];
            if (!datum) return null;
            return (
              <g key={datum.key} aria-hidden="true">
                <rect
                  x={bar.x}
                  y={bar.y}
                  width={bar.width}
                  height={bar.height}
                  rx={2}
                  fill={chartColor(i)}
                >
                  <title>{`${datum.label}: ${datum.display ?? datum.value}`}</title>
                </rect>
                <text className="chart-value" x={bar.centerX} y={bar.y - 6} textAnchor="middle">
                  {datum.display ?? datum.value}
                </text>
                <text
                  className="chart-category"
                  x={bar.centerX}
                  y={height - MARGIN.bottom + 18}
                  textAnchor="middle"
                >
                  {datum.label}
                </text>
              </g>
            );
          })}
        </svg>
      </div>
      <ChartDataTable
        title={title}
        data={data}
        categoryHeader={categoryHeader ?? t('chart.category')}
        valueHeader={valueHeader ?? t('chart.value')}
      />
    </figure>
  );
}
