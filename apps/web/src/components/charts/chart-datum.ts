/**
 * One value of a chart. `value` only sizes the shapes; text shows `display` when given, so an
 * amount from the API is shown exactly as formatted (a float is fine for pixels, not for money).
 */
export interface ChartDatum {
  readonly key: string;
  readonly label: string;
  readonly value: number;
  readonly display?: string;
}

export const CHART_COLORS = [
  '#1f4e8c',
  '#2a9d8f',
  '#e9a23b',
  '#c8553d',
  '#6c5b7b',
  '#8ab17d',
] as const;

export function chartColor(index: number): string {
  return CHART_COLORS[index % CHART_COLORS.length] ?? CHART_COLORS[0];
}

/** Rounds a coordinate so paths are short and stable (tests compare them). */
export function round2(n: number): number {
  return Math.round(n * 100) / 100 + 0; // + 0 turns -0 into 0
}
