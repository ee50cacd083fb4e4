import { round2 } from './chart-datum.js';

export interface DonutGeometry {
  readonly cx: number;
  readonly cy: number;
  readonly outerRadius: number;
  readonly innerRadius: number;
}

export interface DonutArc {
  /** Share of the total, 0–1 (0 for every slice when the total is 0). */
  readonly fraction: number;
  /** Radians clockwise from 12 o'clock. */
  readonly startAngle: number;
  readonly endAngle: number;
  /** SVG path of the ring segment; empty for a zero slice. */
  readonly path: string;
}

function point(g: DonutGeometry, radius: number, angle: number): string {
  return `${round2(g.cx + radius * Math.sin(angle))} ${round2(g.cy - radius * Math.cos(angle))}`;
}

/** The ring segment between two angles (clockwise outside, back counter-clockwise inside). */
export function ringSegmentPath(g: DonutGeometry, start: number, end: number): string {
  const { outerRadius: R, innerRadius: r } = g;
  if (end - start >= 2 * Math.PI - 1e-9) {
    // An arc cannot start and end at the same point: a full ring is two half circles each way.
    const half = start + Math.PI;
    return [
      `M ${point(g, R, start)}`,
      `A ${R} ${R} 0 1 1 ${point(g, R, half)}`,
      `A ${R} ${R} 0 1 1 ${point(g, R, start)}`,
      `M ${point(g, r, start)}`,
      `A ${r} ${r} 0 1 0 ${point(g, r, half)}`,
      `A ${r} ${r} 0 1 0 ${point(g, r, start)}`,
      'Z',
    ].join(' ');
  }
  const large = end - start > Math.PI ? 1 : 0;
  return [
    `M ${point(g, R, start)}`,
    `A ${R} ${R} 0 ${large} 1 ${point(g, R, end)}`,
    `L ${point(g, r, end)}`,
    `A ${r} ${r} 0 ${large} 0 ${point(g, r, start)}`,
    'Z',
  ].join(' ');
}

/** Splits the ring in proportion to the values (negative values count as zero). */
export function layoutDonut(values: readonly number[], g: DonutGeometry): DonutArc[] {
  const clean = values.map((v) => (Number.isFinite(v) && v > 0 ? v : 0));
  const total = clean.reduce((sum, v) => sum + v, 0);
  let angle = 0;
  return clean.map((value) => {
    const fraction = total > 0 ? value / total : 0;
    const start = angle;
    const end = start + fraction * 2 * Math.PI;
    angle = end;
    return {
      fraction,
      startAngle: start,
      endAngle: end,
      path: fraction > 0 ? ringSegmentPath(g, start, end) : '',
    };
  });
}

/** A share as a percentage with at most one decimal: 0.125 → "12.5%", 1/3 → "33.3%". */
export function formatShare(fraction: number): string {
  return `${Math.round(fraction * 1000) / 10}%`;
}
