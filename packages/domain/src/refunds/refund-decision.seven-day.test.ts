import { describe, expect, it } from 'vitest';
import { decideInEnglish as decideRefund } from '../test-support/refund-english.js';
import { d, eqqRequest, why } from '../test-support/refund-requests.js';

/**
 * R-REF-7DAY, R-TIME-4: a full refund within 7 natural days of activation (`decideSevenDayRefund`).
 * One clause of `decideServicePart` in refund-decision.ts, decided through `decideRefund`.
 */

describe('R-REF-7DAY the 7-day window (R-TIME-4: the 7th day after activation is in, the 8th is out)', () => {
  it('R-REF-7DAY the 7th day after activation (2021-05-08) is in, the 8th (2021-05-09) is out', () => {
    expect(decideRefund(eqqRequest('2021-05-08')).amount).toBe(500_000);
    expect(decideRefund(eqqRequest('2021-05-01')).amount).toBe(500_000); // activation day itself
    const late = decideRefund(eqqRequest('2021-05-09'));
    expect(late.eligible).toBe(false);
    expect(why(late, 'R-REF-7DAY')).toBe(
      'the 7-day window closed on 2021-05-08, requested 2021-05-09',
    );
  });

  it('R-REF-7DAY across a month end in a leap year: activated 2024-01-31 → 2024-02-07 in, 2024-02-08 out', () => {
    const activated = { activatedOn: d('2024-01-31') };
    const period = { period: { start: d('2024-01-31'), end: d('2025-01-31') } };
    expect(decideRefund(eqqRequest('2024-02-07', {}, period, activated)).eligible).toBe(true);
    expect(decideRefund(eqqRequest('2024-02-08', {}, period, activated)).eligible).toBe(false);
  });

  it('R-REF-7DAY any stated reason that ends the service qualifies ("no reason needed")', () => {
    for (const reason of [
      'USER_CANCELLATION',
      'SERVICE_DEFECT',
      'NOT_ACTIVATED',
      'PLATFORM_OUTAGE',
      'ACCOUNT_ANOMALY',
    ] as const) {
      expect(decideRefund(eqqRequest('2021-05-03', { reason })).rules).toContain('R-REF-7DAY');
    }
  });
});
