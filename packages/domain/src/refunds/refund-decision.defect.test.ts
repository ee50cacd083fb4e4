import { describe, expect, it } from 'vitest';
import { yuan } from '../money/money.js';
import { decideInEnglish as decideRefund } from '../test-support/refund-english.js';
import {
  d,
  eqqRequest,
  meetingRequest,
  at,
  rulesConsidered,
  appliedRules,
  why,
  request,
  considered,
} from '../test-support/refund-requests.js';
import type { RefundInput } from './refund-types.js';

/**
 * R-REF-DEFECT, R-TIME-4: a login-blocking defect within 30 natural days, a full refund; R-REF-WINDOW for a
 * Meeting claim (`decideDefectRefund`).
 * One clause of `decideServicePart` in refund-decision.ts, decided through `decideRefund`.
 */

describe('R-REF-DEFECT the 30-day window (R-TIME-4: the 30th day is in, the 31st is out), evidence and cause', () => {
  it('R-REF-DEFECT the 30th day (2021-05-31) is in, the 31st (2021-06-01) is out', () => {
    const claim = { reason: 'SERVICE_DEFECT' as const, evidence: ['screenshot.png'] };
    expect(decideRefund(eqqRequest('2021-05-31', claim)).amount).toBe(500_000);
    const late = decideRefund(eqqRequest('2021-06-01', claim));
    expect(late.eligible).toBe(false);
    expect(why(late, 'R-REF-DEFECT')).toBe(
      'the 30-day defect window closed on 2021-05-31, requested 2021-06-01',
    );
  });

  it('R-REF-DEFECT 30 days across February: activated 2024-01-31 → 2024-03-01 in, 2024-03-02 out', () => {
    const claim = { reason: 'SERVICE_DEFECT' as const, evidence: ['ticket-1'] };
    const activated = { activatedOn: d('2024-01-31') };
    expect(decideRefund(eqqRequest('2024-03-01', claim, {}, activated)).eligible).toBe(true);
    expect(decideRefund(eqqRequest('2024-03-02', claim, {}, activated)).eligible).toBe(false);
  });

  it('R-REF-DEFECT needs evidence: none or only blank strings → refused', () => {
    for (const evidence of [[], ['  '], ['']]) {
      const decision = decideRefund(
        eqqRequest('2021-05-20', { reason: 'SERVICE_DEFECT', evidence }),
      );
      expect(decision.eligible).toBe(false);
      expect(why(decision, 'R-REF-DEFECT')).toBe(
        'a defect claim needs evidence, and none was given',
      );
    }
  });

  it("R-REF-DEFECT not when the cause is on the customer's side", () => {
    const decision = decideRefund(
      eqqRequest('2021-05-20', {
        reason: 'SERVICE_DEFECT',
        evidence: ['x'],
        customerSideCause: true,
      }),
    );
    expect(decision.eligible).toBe(false);
    expect(decision.explanation).toContain("the login problem was caused on the customer's side");
    expect(decision.explanation).not.toContain('R-REF-DEFECT');
  });

  it('R-REF-DEFECT an account anomaly that blocks login counts as a service fault', () => {
    expect(
      decideRefund(eqqRequest('2021-05-20', { reason: 'ACCOUNT_ANOMALY', evidence: ['x'] })).rules,
    ).toContain('R-REF-DEFECT');
  });
});

describe('R-REF-DEFECT and R-REF-7DAY guards', () => {
  const defect = {
    reason: 'SERVICE_DEFECT',
    evidence: ['ticket #1'],
  } satisfies Partial<RefundInput>;

  it('R-REF-DEFECT a new subscription with a login-blocking defect and evidence within 30 days: full refund, subscription ends', () => {
    const decision = decideRefund(request({ asOf: '2024-01-20', product: 'QIDIAN', over: defect }));
    expect(decision).toMatchObject({ eligible: true, amount: yuan(1200), endsSubscription: true });
    expect(decision.rules).toContain('R-REF-DEFECT');
  });

  it('R-REF-DEFECT R-REF-7DAY an upgrade order gets neither full refund, whatever the defect and the date', () => {
    const decision = decideRefund(
      request({ asOf: '2024-01-05', product: 'QIDIAN', kind: 'UPGRADE', over: defect }),
    );
    expect(decision.rules).not.toContain('R-REF-DEFECT');
    expect(decision.rules).not.toContain('R-REF-7DAY');
    expect(decision.amount).toBe(0);
    expect(decision.endsSubscription).toBe(false);
    expect(considered(decision, 'R-REF-DEFECT').why).toBe('only a new subscription');
    expect(considered(decision, 'R-REF-7DAY').why).toBe('only a new subscription');
  });

  it('R-REF-DEFECT a defect claim without evidence, or caused on the customer side, is not a full refund', () => {
    const noEvidence = decideRefund(
      request({ asOf: '2024-01-20', product: 'QIDIAN', over: { ...defect, evidence: ['  '] } }),
    );
    expect(noEvidence.rules).not.toContain('R-REF-DEFECT');
    expect(considered(noEvidence, 'R-REF-DEFECT').why).toBe(
      'a defect claim needs evidence, and none was given',
    );
    const customerSide = decideRefund(
      request({
        asOf: '2024-01-20',
        product: 'QIDIAN',
        over: { ...defect, customerSideCause: true },
      }),
    );
    expect(customerSide.rules).not.toContain('R-REF-DEFECT');
  });
});

describe('R-REF-DEFECT the rule that granted the full refund is recorded', () => {
  it('R-REF-DEFECT a request for another reason after the 7 days is recorded as not applying: no defect claimed', () => {
    const decision = decideRefund(request({ asOf: '2024-01-20', product: 'QIDIAN' }));
    expect(decision.eligible).toBe(false);
    expect(considered(decision, 'R-REF-DEFECT')).toEqual({
      rule: 'R-REF-DEFECT',
      applied: false,
      why: 'no login-blocking defect claimed (reason NO_REASON)',
    });
  });

  it('R-REF-DEFECT a login-blocking defect with evidence is recorded as applied, naming the activation', () => {
    const decision = decideRefund(
      request({
        asOf: '2024-01-20',
        product: 'QIDIAN',
        over: { reason: 'SERVICE_DEFECT', evidence: ['ticket #1'] },
      }),
    );
    expect(decision).toMatchObject({ eligible: true, amount: yuan(1200) });
    expect(considered(decision, 'R-REF-DEFECT')).toEqual({
      rule: 'R-REF-DEFECT',
      applied: true,
      why: 'a login-blocking defect with evidence within 30 natural days of activation on 2024-01-01',
    });
  });
});

describe('R-REF-WINDOW (Meeting) event-based claims within 48 hours of the event', () => {
  const defect = { reason: 'SERVICE_DEFECT' as const, evidence: ['ticket-9'] };

  it('R-REF-WINDOW exactly 48 hours after the event is in → R-REF-DEFECT full refund', () => {
    const decision = decideRefund(
      meetingRequest('2024-03-30', {
        ...defect,
        eventAt: at('2024-03-28', 9),
        requestedAt: at('2024-03-30', 9),
      }),
    );
    expect(decision).toMatchObject({
      amount: 30_000,
      fee: 0,
      rules: ['R-REF-DEFECT', 'R-TIME-4', 'R-REF-FEE'],
    });
  });

  it('R-REF-WINDOW 48 hours and 1 ms late → the defect claim fails; the Meeting cancellation (pro rata minus fee) applies', () => {
    const decision = decideRefund(
      meetingRequest('2024-03-30', {
        ...defect,
        eventAt: at('2024-03-28', 9) - 1,
        requestedAt: at('2024-03-30', 9),
      }),
    );
    expect(decision.considered.find((c) => c.rule === 'R-REF-WINDOW')).toEqual({
      rule: 'R-REF-WINDOW',
      applied: true,
      why: 'filed 48 hours after the event, more than 48 hours',
    });
    expect(decision.rules[0]).toBe('R-REF-CANCEL');
    expect(decision.fee).toBeGreaterThan(0);
  });

  it('R-REF-WINDOW no event time given → the event claim cannot be accepted', () => {
    const decision = decideRefund(meetingRequest('2024-03-30', defect));
    expect(appliedRules(decision)).toContain('R-REF-WINDOW');
    expect(decision.rules).not.toContain('R-REF-DEFECT');
  });

  it('R-REF-WINDOW does not apply to Exmail or EQQ claims', () => {
    const decision = decideRefund(eqqRequest('2021-05-20', defect));
    expect(rulesConsidered(decision)).not.toContain('R-REF-WINDOW');
    expect(decision.eligible).toBe(true);
  });
});

describe('R-REF-DEFECT a refused defect claim leaves the later rules to decide', () => {
  it('R-REF-DEFECT R-REF-CANCEL a Meeting defect claim without evidence: the cancellation pro rata still applies', () => {
    const decision = decideRefund(
      meetingRequest('2024-03-30', { reason: 'SERVICE_DEFECT', evidence: [' '] }),
    );
    expect(considered(decision, 'R-REF-DEFECT')).toEqual({
      rule: 'R-REF-DEFECT',
      applied: false,
      why: 'a defect claim needs evidence, and none was given',
    });
    expect(decision.rules[0]).toBe('R-REF-CANCEL');
    expect(decision.eligible).toBe(true);
  });

  it("R-REF-DEFECT R-REF-CANCEL a Meeting defect caused on the customer's side: recorded as not applying, the cancellation applies", () => {
    const decision = decideRefund(
      meetingRequest('2024-03-30', {
        reason: 'SERVICE_DEFECT',
        evidence: ['ticket-9'],
        customerSideCause: true,
      }),
    );
    expect(considered(decision, 'R-REF-DEFECT')).toEqual({
      rule: 'R-REF-DEFECT',
      applied: false,
      why: "the login problem was caused on the customer's side",
    });
    expect(decision.rules[0]).toBe('R-REF-CANCEL');
  });
});
