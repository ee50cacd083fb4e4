import { describe, expect, it } from 'vitest';
import { yuan } from '../money/money.js';
import { decideInEnglish as decideRefund } from '../test-support/refund-english.js';
import {
  eqqRequest,
  exmailRequest,
  why,
  request,
  considered,
} from '../test-support/refund-requests.js';

/**
 * R-REF-UNUSED: an Exmail subscription never put into use, a full refund (`decideNeverUsedRefund`).
 * One clause of `decideServicePart` in refund-decision.ts, decided through `decideRefund`.
 */

describe('R-REF-UNUSED (Exmail) paid but never put into use', () => {
  const unused = { inUse: { domainVerified: false, adminCreated: false, memberAdded: false } };

  it('R-REF-UNUSED Exmail on day 40, nothing set up → full refund, no fee', () => {
    const decision = decideRefund(exmailRequest('2024-02-10', {}, {}, unused));
    expect(decision).toMatchObject({
      eligible: true,
      amount: 200_000,
      fee: 0,
      payout: 200_000,
      rules: ['R-REF-UNUSED', 'R-REF-FEE'],
    });
  });

  it('R-REF-UNUSED one member added → in use, refused', () => {
    const decision = decideRefund(
      exmailRequest('2024-02-10', {}, {}, { inUse: { ...unused.inUse, memberAdded: true } }),
    );
    expect(decision.eligible).toBe(false);
    expect(why(decision, 'R-REF-UNUSED')).toBe('the service was put into use: a member was added');
  });

  it('R-REF-UNUSED Exmail only: an unused EQQ subscription after 7 days is refused', () => {
    const decision = decideRefund(eqqRequest('2021-06-10', {}, {}, unused));
    expect(decision.eligible).toBe(false);
    expect(why(decision, 'R-REF-UNUSED')).toBe('Exmail only');
  });
});

describe('R-REF-UNUSED guards', () => {
  it('R-REF-UNUSED an Exmail never put into use is refunded in full and the subscription ends (R-LIFE-6)', () => {
    const decision = decideRefund(request({ asOf: '2024-03-01' }));
    expect(decision).toMatchObject({ eligible: true, amount: yuan(1200), fee: 0 });
    expect(decision.rules).toContain('R-REF-UNUSED');
    expect(decision.endsSubscription).toBe(true);
    expect(considered(decision, 'R-REF-UNUSED')).toEqual({
      rule: 'R-REF-UNUSED',
      applied: true,
      why: 'no domain verified, no administrator created, no member added',
    });
  });

  it.each([
    ['domainVerified', 'a domain was verified'],
    ['adminCreated', 'an administrator was created'],
    ['memberAdded', 'a member was added'],
  ] as const)(
    'R-REF-UNUSED any one sign of use is enough to refuse "never used": %s alone',
    (flag, used) => {
      const inUse = {
        domainVerified: false,
        adminCreated: false,
        memberAdded: false,
        [flag]: true,
      };
      const decision = decideRefund(request({ asOf: '2024-03-01', sub: { inUse } }));
      expect(decision.eligible).toBe(false);
      expect(decision.endsSubscription).toBe(false);
      expect(decision.rules).not.toContain('R-REF-UNUSED');
      expect(considered(decision, 'R-REF-UNUSED')).toEqual({
        rule: 'R-REF-UNUSED',
        applied: false,
        why: `the service was put into use: ${used}`,
      });
    },
  );

  it('R-REF-UNUSED applies to a new subscription only: an unused upgrade order is not refunded as "never used"', () => {
    const decision = decideRefund(request({ asOf: '2024-03-01', kind: 'UPGRADE' }));
    expect(decision.eligible).toBe(false);
    expect(decision.rules).not.toContain('R-REF-UNUSED');
    expect(considered(decision, 'R-REF-UNUSED').why).toBe('only a new subscription');
  });
});

describe('R-REF-UNUSED recorded as not applying', () => {
  it('R-REF-UNUSED an upgrade order is recorded as not applying (only a new subscription)', () => {
    const decision = decideRefund(request({ asOf: '2024-03-01', kind: 'UPGRADE' }));
    expect(considered(decision, 'R-REF-UNUSED')).toEqual({
      rule: 'R-REF-UNUSED',
      applied: false,
      why: 'only a new subscription',
    });
  });
});

describe('R-REF-UNUSED not applying leaves the later rules to decide', () => {
  it('R-REF-UNUSED R-REF-OUTAGE an Exmail upgrade order is not "never used", and an outage still refunds it pro rata', () => {
    const decision = decideRefund(
      request({
        asOf: '2024-07-01',
        kind: 'UPGRADE',
        over: { reason: 'PLATFORM_OUTAGE', outageHours: 100 },
      }),
    );
    expect(considered(decision, 'R-REF-UNUSED').why).toBe('only a new subscription');
    expect(decision.rules[0]).toBe('R-REF-OUTAGE');
    expect(decision).toMatchObject({ eligible: true, endsSubscription: true });
  });
});
