import { useI18n } from '../../i18n/i18n.js';
import { ChartDataTable } from './chart-data-table.js';
import { chartColor, type ChartDatum } from './chart-datum.js';
import { formatShare, layoutDonut } from './donut-chart-layout.js';

interface DonutChartProps {
  /** Visible caption and the image's accessible name. */
  readonly title: string;
  readonly data: readonly ChartDatum[];
  /** Text in the hole, e.g. the total as the API reported it. */
  readonly centerLabel?: string;
  readonly categoryHeader?: string;
  readonly valueHeader?: string;
  readonly size?: number;
}

export function DonutChart({
  title,
  data,
  centerLabel,
  categoryHeader,
  valueHeader,
  size = 180,
}: DonutChartProps) {
  const { t } = useI18n();
  const half = size / 2;
  const arcs = layoutDonut(
    data.map((d) => d.value),
    { cx: half, cy: half, outerRadius: half - 2, innerRadius: half * 0.58 },
  );
  const empty = arcs.every((arc) => arc.fraction === 0);
  return (
    <figure className="chart donut-chart">
      <figcaption>{title}</figcaption>
      <div className="donut-body">
        <svg
          role="img"
          aria-label={title}
          width={size}
          height={size}
          viewBox={`0 0 ${size} ${size}`}
        >
          <circle
            className="donut-track"
            cx={half}
            cy={half}
            r={half * 0.79}
            strokeWidth={half * 0.42}
            fill="none"
          />
          {!empty &&
            arcs.map((arc, i) => {
              const datum = data[i];
              if (!datum || !arc.path) return null;
              return (
                <path key={datum.key} d={arc.path} fill={chartColor(i)} aria-hidden="true">
                  <title>{`${datum.label}: ${datum.display ?? datum.value} (${formatShare(arc.fraction)})`}</title>
                </path>
              );
            })}
          {centerLabel && (
            <text
              className="donut-center"
              x={half}
              y={half}
              dy="0.35em"
              textAnchor="middle"
              aria-hidden="true"
            >
              {centerLabel}
            </text>
          )}
        </svg>
        <ul className="chart-legend" aria-hidden="true">
          {data.map((datum, i) => (
            <li key={datum.key}>
              <span className="swatch" style={{ background: chartColor(i) }} />
              <span className="legend-label">{datum.label}</span>
              <span className="legend-value">{datum.display ?? datum.value}</span>
              <span className="legend-share">{formatShare(arcs[i]?.fraction ?? 0)}</span>
            </li>
          ))}
        </ul>
      </div>
      <ChartDataTable
        title={title}
        data={data}
        categoryHeader={categoryHeader ?? t('chart.category')}
        valueHeader={valueHeader ?? t('chart.value')}
        extra={{ header: t('chart.share'), cell: (_, i) => formatShare(arcs[i]?.fraction ?? 0) }}
      />
    </figure>
  );
}
