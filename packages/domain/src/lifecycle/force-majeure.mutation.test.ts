import { describe, expect, it } from 'vitest';
import { parseDate } from '../time/business-date.js';
import { extendForForceMajeure, mayEndAfterForceMajeure } from './force-majeure.js';
import { inEnglish } from '../test-support/refusal-english.js';

/** Explanations of force majeure that a wrong rule would slip past (found by mutation testing). */
const d = parseDate;
const PERIOD = { start: d('2021-05-01'), end: d('2022-05-01') };

describe('R-FM-1 force majeure explained', () => {
  it('R-FM-1 invalid days are refused, naming the value and the field', () => {
    const expected = (days: number) => ({
      ok: false,
      refusal: {
        code: 'INVALID_INPUT',
        message: `Force-majeure days must be a whole number ≥ 0, got ${days} (R-FM-1)`,
        rules: ['R-FM-1'],
        field: ['days'],
      },
    });
    expect(inEnglish(extendForForceMajeure(PERIOD, -1))).toEqual(expected(-1));
    expect(inEnglish(mayEndAfterForceMajeure(2.5))).toEqual(expected(2.5));
  });

  it('R-FM-1 under 30 days the agreement continues, and the reason says so', () => {
    expect(mayEndAfterForceMajeure(29)).toEqual({
      ok: true,
      mayEnd: false,
      rules: ['R-FM-1'],
      reason:
        'Force majeure has lasted 29 days (< 30): the agreement continues, the period is extended (R-FM-1)',
    });
  });
});
