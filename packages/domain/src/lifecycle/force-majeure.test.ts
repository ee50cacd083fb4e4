import { describe, expect, it } from 'vitest';
import { parseDate } from '../time/business-date.js';
import { extendForForceMajeure, mayEndAfterForceMajeure } from './force-majeure.js';

const d = parseDate;
const PERIOD = { start: d('2021-05-01'), end: d('2022-05-01') };

describe('R-FM-1 force majeure', () => {
  it('R-FM-1 the period end is extended by the suspension length: 10 days → 2022-05-11', () => {
    expect(extendForForceMajeure(PERIOD, 10)).toEqual({
      ok: true,
      period: { start: '2021-05-01', end: '2022-05-11' },
      rules: ['R-FM-1'],
      reason: 'Period end 2022-05-01 extended by 10 days of force majeure to 2022-05-11 (R-FM-1)',
    });
  });

  it('R-FM-1 extension across 1 January and a leap day', () => {
    expect(
      extendForForceMajeure({ start: d('2023-01-01'), end: d('2023-12-25') }, 10),
    ).toMatchObject({ period: { end: '2024-01-04' } });
    expect(
      extendForForceMajeure({ start: d('2023-02-20'), end: d('2024-02-20') }, 10),
    ).toMatchObject({ period: { end: '2024-03-01' } });
    expect(extendForForceMajeure(PERIOD, 0)).toMatchObject({ period: PERIOD });
  });

  it('R-FM-1 negative or fractional days → INVALID_INPUT', () => {
    for (const days of [-1, 1.5, Number.NaN]) {
      expect(extendForForceMajeure(PERIOD, days), String(days)).toMatchObject({
        ok: false,
        refusal: { code: 'INVALID_INPUT', rules: ['R-FM-1'] },
      });
      expect(mayEndAfterForceMajeure(days)).toMatchObject({
        ok: false,
        refusal: { code: 'INVALID_INPUT' },
      });
    }
  });

  it('R-FM-1 either side may end the agreement once force majeure has lasted 30 days, not 29', () => {
    expect(mayEndAfterForceMajeure(29)).toMatchObject({ ok: true, mayEnd: false });
    expect(mayEndAfterForceMajeure(30)).toEqual({
      ok: true,
      mayEnd: true,
      rules: ['R-FM-1'],
      reason: 'Force majeure has lasted 30 days (≥ 30): either side may end the agreement (R-FM-1)',
    });
    expect(mayEndAfterForceMajeure(31)).toMatchObject({ mayEnd: true });
  });
});
