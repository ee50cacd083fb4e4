import { describe, expect, it } from 'vitest';
import { layoutBars, niceStep, tickY, valueScale } from './bar-chart-layout.js';

describe('niceStep', () => {
  it.each([
    [0.7, 1],
    [1, 1],
    [1.2, 2],
    [3, 5],
    [7, 10],
    [23, 50],
    [0.03, 0.05],
    [2500, 5000],
  ])('%d → %d', (raw, step) => {
    expect(niceStep(raw)).toBe(step);
  });

  it('falls back to 1 for nothing to scale', () => {
    expect(niceStep(0)).toBe(1);
    expect(niceStep(Number.NaN)).toBe(1);
  });
});

describe('valueScale', () => {
  it('covers the maximum with round ticks from zero', () => {
    expect(valueScale(37)).toEqual({ max: 40, ticks: [0, 10, 20, 30, 40] });
    expect(valueScale(10450)).toEqual({ max: 15000, ticks: [0, 5000, 10000, 15000] });
    expect(valueScale(3990, 5)).toEqual({ max: 4000, ticks: [0, 1000, 2000, 3000, 4000] });
  });

  it('keeps whole-number steps for counts', () => {
    expect(valueScale(3, 4, true)).toEqual({ max: 3, ticks: [0, 1, 2, 3] });
    expect(valueScale(1, 4, true)).toEqual({ max: 1, ticks: [0, 1] });
  });

  it('has a non-zero maximum when every value is zero', () => {
    expect(valueScale(0)).toEqual({ max: 1, ticks: [0, 1] });
  });
});

describe('layoutBars', () => {
  const area = { x: 40, y: 10, width: 300, height: 100 };

  it('puts each bar in its own band, bottom-aligned and scaled to the axis', () => {
    const bars = layoutBars([10, 40, 0], area, { max: 40, ticks: [] }, 0.2);
    expect(bars).toEqual([
      { x: 50, y: 85, width: 80, height: 25, centerX: 90 },
      { x: 150, y: 10, width: 80, height: 100, centerX: 190 },
      { x: 250, y: 110, width: 80, height: 0, centerX: 290 },
    ]);
  });

  it('draws a negative value as an empty bar', () => {
    const [bar] = layoutBars([-5], area, { max: 10, ticks: [] });
    expect(bar?.height).toBe(0);
  });

  it('returns no bars for no data', () => {
    expect(layoutBars([], area, { max: 1, ticks: [] })).toEqual([]);
  });

  it('places ticks on the same scale as the bars', () => {
    const scale = { max: 40, ticks: [0, 20, 40] };
    expect(scale.ticks.map((v) => tickY(v, area, scale))).toEqual([110, 60, 10]);
  });
});
