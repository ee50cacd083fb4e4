import { describe, expect, it } from 'vitest';
import { formatShare, layoutDonut, ringSegmentPath } from './donut-chart-layout.js';

const g = { cx: 50, cy: 50, outerRadius: 40, innerRadius: 20 };

describe('layoutDonut', () => {
  it('splits the circle in proportion, clockwise from 12 o’clock', () => {
    const arcs = layoutDonut([1, 1, 2], g);
    expect(arcs.map((a) => a.fraction)).toEqual([0.25, 0.25, 0.5]);
    expect(arcs.map((a) => a.startAngle)).toEqual([0, Math.PI / 2, Math.PI]);
    expect(arcs[2]?.endAngle).toBeCloseTo(2 * Math.PI);
  });

  it('draws the first quarter from the top to 3 o’clock', () => {
    const [quarter] = layoutDonut([1, 3], g);
    expect(quarter?.path).toBe('M 50 10 A 40 40 0 0 1 90 50 L 70 50 A 20 20 0 0 0 50 30 Z');
  });

  it('uses the large-arc flag past half the ring', () => {
    const [, big] = layoutDonut([1, 3], g);
    expect(big?.path).toContain('A 40 40 0 1 1');
  });

  it('draws one slice holding everything as a full ring with a hole', () => {
    const [only, empty] = layoutDonut([5, 0], g);
    expect(only?.fraction).toBe(1);
    expect(only?.path).toBe(ringSegmentPath(g, 0, 2 * Math.PI));
    expect(only?.path.match(/M /g)).toHaveLength(2);
    expect(empty?.path).toBe('');
  });

  it('gives every slice a zero share when the total is zero or negative', () => {
    expect(layoutDonut([0, -3], g).map((a) => [a.fraction, a.path])).toEqual([
      [0, ''],
      [0, ''],
    ]);
  });
});

describe('formatShare', () => {
  it('rounds to one decimal', () => {
    expect(formatShare(0.125)).toBe('12.5%');
    expect(formatShare(1 / 3)).toBe('33.3%');
    expect(formatShare(1)).toBe('100%');
    expect(formatShare(0)).toBe('0%');
  });
});
