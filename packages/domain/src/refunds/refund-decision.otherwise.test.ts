import { describe, expect, it } from 'vitest';
import { decideInEnglish as decideRefund } from '../test-support/refund-english.js';
import { eqqRequest, why } from '../test-support/refund-requests.js';

/**
 * R-REF-OTHERWISE: no rule allows a refund of the service part (`refuseOtherwise`).
 * One clause of `decideServicePart` in refund-decision.ts, decided through `decideRefund`.
 */

describe('R-REF-OTHERWISE the service part is refused when no rule allows it', () => {
  it('R-REF-OTHERWISE an upgrade order (not a new subscription) is not refundable on request', () => {
    const decision = decideRefund(
      eqqRequest('2021-12-01', {}, { kind: 'UPGRADE', productCode: 'QIDIAN' }),
    );
    expect(decision.eligible).toBe(false);
    expect(why(decision, 'R-REF-7DAY')).toBe('only a new subscription');
  });
});
