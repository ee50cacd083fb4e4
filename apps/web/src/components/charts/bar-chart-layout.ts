import { round2 } from './chart-datum.js';

/** The value axis: a round maximum and evenly spaced ticks from zero. */
export interface ValueScale {
  readonly max: number;
  readonly ticks: readonly number[];
}

/** 1, 2 or 5 × 10ⁿ: the smallest such step ≥ `raw`. */
export function niceStep(raw: number): number {
  if (!(raw > 0) || !Number.isFinite(raw)) return 1;
  const power = 10 ** Math.floor(Math.log10(raw));
  for (const m of [1, 2, 5, 10]) {
    const step = m * power;
    if (step >= raw * (1 - 1e-9)) return Number(step.toPrecision(12));
  }
  return 10 * power;
}

/** A scale from 0 covering `maxValue` in about `tickCount` round steps. */
export function valueScale(maxValue: number, tickCount = 4, integer = false): ValueScale {
  const top = Math.max(0, maxValue);
  let step = niceStep(top / tickCount);
  if (integer) step = Math.max(1, Math.round(step));
  const max = top === 0 ? step : Math.ceil(top / step - 1e-9) * step;
  const ticks: number[] = [];
  for (let i = 0; i * step <= max + step * 1e-9; i += 1)
    ticks.push(Number((i * step).toPrecision(12)));
  return { max: Number(max.toPrecision(12)), ticks };
}

export interface PlotArea {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface BarGeometry {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  /** The centre of the bar's band, where its category label goes. */
  readonly centerX: number;
}

/**
 * Vertical bars in equal bands across the plot area, bottom-aligned; `padding` is the share of
 * each band left empty. Negative values are drawn as zero-height bars.
 */
export function layoutBars(
  values: readonly number[],
  area: PlotArea,
  scale: ValueScale,
  padding = 0.3,
): BarGeometry[] {
  if (values.length === 0) return [];
  const band = area.width / values.length;
  const barWidth = band * (1 - padding);
  const bottom = area.y + area.height;
  return values.map((value, i) => {
    const height = (Math.max(0, value) / scale.max) * area.height;
    return {
      x: round2(area.x + i * band + (band - barWidth) / 2),
      y: round2(bottom - height),
      width: round2(barWidth),
      height: round2(height),
      centerX: round2(area.x + i * band + band / 2),
    };
  });
}

/** The y coordinate of a tick value on the plot area. */
export function tickY(value: number, area: PlotArea, scale: ValueScale): number {
  return round2(area.y + area.height - (value / scale.max) * area.height);
}
