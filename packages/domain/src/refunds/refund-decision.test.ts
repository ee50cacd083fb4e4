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
} from '../test-support/refund-requests.js';

/**
 * Section 8 as a whole: the worked examples, R-REF-VIOLATION, R-REF-DUPLICATE, R-REF-FEE and R-REF-CAP,
 * and the refusals of bad input. Each clause of the service part has its own file beside this one
 * (refund-decision.<clause>.test.ts).
 */

describe('section 8 worked examples (EQQ, 5 seats, paid ¥5,000.00, activated 2021-05-01)', () => {
  it('R-REF-7DAY request 2021-05-06, no reason → full ¥5,000.00', () => {
    const decision = decideRefund(eqqRequest('2021-05-06'));
    expect(decision).toMatchObject({
      eligible: true,
      amount: 500_000,
      fee: 0,
      payout: 500_000,
      endsSubscription: true,
      refusal: null,
    });
    expect(decision.rules).toEqual(['R-REF-7DAY', 'R-TIME-4', 'R-REF-FEE']);
    expect(decision.explanation).toBe(
      'Refund ¥5,000.00, no fee: Full refund, requested 2021-05-06, within 7 natural days of activation on 2021-05-01 (R-REF-7DAY, R-TIME-4)',
    );
    expect(decision.lines).toEqual([
      {
        description:
          'Full refund, requested 2021-05-06, within 7 natural days of activation on 2021-05-01 (R-REF-7DAY, R-TIME-4)',
        quantity: 1,
        months: null,
        unitPrice: 500_000,
        amount: 500_000,
        rules: ['R-REF-7DAY', 'R-TIME-4'],
      },
    ]);
  });

  it('R-REF-OTHERWISE request 2021-05-20, no reason → refused: 7-day window closed, every rule considered with why', () => {
    const decision = decideRefund(eqqRequest('2021-05-20'));
    expect(decision).toMatchObject({
      eligible: false,
      amount: 0,
      fee: 0,
      payout: 0,
      lines: [],
      endsSubscription: false,
    });
    expect(decision.rules).toEqual(['R-REF-OTHERWISE']);
    expect(decision.refusal?.code).toBe('NOT_REFUNDABLE');
    expect(decision.explanation).toBe(
      'Not refundable (R-REF-OTHERWISE): the 7-day window closed on 2021-05-08, requested 2021-05-20; ' +
        'no login-blocking defect claimed (reason NO_REASON). ' +
        'If you think another refund rule applies, ask an operator to review the order with your evidence',
    );
    expect(decision.considered).toEqual([
      {
        rule: 'R-REF-VIOLATION',
        applied: false,
        why: 'not suspended or terminated for violations',
      },
      {
        rule: 'R-REF-DUPLICATE',
        applied: false,
        why: 'no duplicate payment, overpayment or corrected wrong order to refund',
      },
      { rule: 'R-TERM-1', applied: false, why: 'the provider is not ending the agreement' },
      {
        rule: 'R-REF-NONREF',
        applied: false,
        why: 'a new subscription is not a renewal, value-added service or added seats',
      },
      { rule: 'R-REF-PROMO', applied: false, why: 'not bought under a promotion' },
      { rule: 'R-REF-ACTIVATION', applied: false, why: 'activated on 2021-05-01' },
      {
        rule: 'R-REF-7DAY',
        applied: false,
        why: 'the 7-day window closed on 2021-05-08, requested 2021-05-20',
      },
      {
        rule: 'R-REF-DEFECT',
        applied: false,
        why: 'no login-blocking defect claimed (reason NO_REASON)',
      },
      { rule: 'R-REF-UNUSED', applied: false, why: 'Exmail only' },
      { rule: 'R-REF-OUTAGE', applied: false, why: 'Exmail and Meeting only' },
      { rule: 'R-REF-CANCEL', applied: false, why: 'Meeting only' },
      {
        rule: 'R-REF-OTHERWISE',
        applied: true,
        why: 'the 7-day window closed on 2021-05-08, requested 2021-05-20; no login-blocking defect claimed (reason NO_REASON)',
      },
    ]);
  });

  it('R-REF-DEFECT request 2021-05-20, login-blocking defect with evidence → full ¥5,000.00', () => {
    const decision = decideRefund(
      eqqRequest('2021-05-20', {
        reason: 'SERVICE_DEFECT',
        evidence: ['ticket-4711: login fails with error 500'],
      }),
    );
    expect(decision).toMatchObject({
      eligible: true,
      amount: 500_000,
      fee: 0,
      payout: 500_000,
      endsSubscription: true,
    });
    expect(decision.rules).toEqual(['R-REF-DEFECT', 'R-TIME-4', 'R-REF-FEE']);
    expect(why(decision, 'R-REF-7DAY')).toBe(
      'the 7-day window closed on 2021-05-08, requested 2021-05-20',
    );
    expect(decision.explanation).toBe(
      'Refund ¥5,000.00, no fee: Full refund, login-blocking defect with evidence within 30 natural days of activation on 2021-05-01 (R-REF-DEFECT, R-TIME-4)',
    );
  });

  it('R-REF-NONREF R-RENEW-4 any renewal order → refused', () => {
    for (const asOf of ['2022-04-20', '2022-05-03', '2022-09-01']) {
      const decision = decideRefund(
        eqqRequest(
          asOf,
          {},
          { kind: 'RENEWAL', period: { start: d('2022-05-01'), end: d('2023-05-01') } },
        ),
      );
      expect(decision).toMatchObject({
        eligible: false,
        amount: 0,
        rules: ['R-REF-NONREF', 'R-RENEW-4', 'R-REF-OTHERWISE'],
      });
      expect(decision.explanation).toBe(
        'Not refundable: a renewal cannot be cancelled or refunded once paid, except a duplicate payment or overpayment (R-REF-NONREF, R-RENEW-4). If you think another refund rule applies, ask an operator to review the order with your evidence',
      );
      expect(appliedRules(decision)).toEqual(['R-REF-NONREF', 'R-RENEW-4', 'R-REF-OTHERWISE']);
    }
  });

  it('R-REF-NONREF R-REF-DUPLICATE a duplicate payment of a renewal → the duplicate amount refunded', () => {
    const renewal = {
      kind: 'RENEWAL' as const,
      paid: yuan(10_000),
      duplicatePaid: yuan(5000),
      period: { start: d('2022-05-01'), end: d('2023-05-01') },
    };
    const asked = decideRefund(eqqRequest('2022-06-01', { reason: 'DUPLICATE_PAYMENT' }, renewal));
    expect(asked).toMatchObject({
      eligible: true,
      amount: 500_000,
      fee: 0,
      payout: 500_000,
      endsSubscription: false,
    });
    expect(asked.rules).toEqual(['R-REF-DUPLICATE', 'R-REF-FEE']);
    expect(asked.explanation).toBe(
      'Refund ¥5,000.00, no fee: Duplicate payment refunded in full (R-REF-DUPLICATE)',
    );
    // Asking to cancel the renewal itself still refunds the duplicate, and says why the rest is not.
    const cancel = decideRefund(eqqRequest('2022-06-01', { reason: 'NO_REASON' }, renewal));
    expect(cancel).toMatchObject({ eligible: true, amount: 500_000, endsSubscription: false });
    expect(cancel.rules).toEqual(['R-REF-DUPLICATE', 'R-REF-NONREF', 'R-RENEW-4', 'R-REF-FEE']);
    expect(cancel.explanation).toBe(
      'Refund ¥5,000.00, no fee: Duplicate payment refunded in full (R-REF-DUPLICATE); ' +
        'the rest is not refundable: a renewal cannot be cancelled or refunded once paid, except a duplicate payment or overpayment (R-REF-NONREF, R-RENEW-4)',
    );
  });
});

describe('R-REF-VIOLATION is checked first and overrides every rule', () => {
  it('R-REF-VIOLATION suspended for violations within 7 days, even with a duplicate payment → nothing', () => {
    const decision = decideRefund(
      eqqRequest(
        '2021-05-03',
        { reason: 'DUPLICATE_PAYMENT' },
        { paid: yuan(10_000), duplicatePaid: yuan(5000) },
        { status: 'SUSPENDED', violation: true },
      ),
    );
    expect(decision).toMatchObject({
      eligible: false,
      amount: 0,
      rules: ['R-REF-VIOLATION', 'R-REF-OTHERWISE'],
    });
    expect(decision.considered).toEqual([
      {
        rule: 'R-REF-VIOLATION',
        applied: true,
        why: 'the subscription was suspended for violations',
      },
      { rule: 'R-REF-OTHERWISE', applied: true, why: 'no refund of any kind after a violation' },
    ]);
    expect(decision.explanation).toBe(
      'Not refundable: the subscription was suspended or terminated for violations, which allows no refund of any kind; if the violation was recorded in error, appeal it first (R-REF-VIOLATION)',
    );
  });

  it('R-REF-VIOLATION a terminated subscription under provider termination still gets nothing', () => {
    const decision = decideRefund(
      eqqRequest(
        '2021-11-01',
        { providerTermination: true },
        {},
        { status: 'TERMINATED', violation: true },
      ),
    );
    expect(decision.eligible).toBe(false);
    expect(why(decision, 'R-REF-VIOLATION')).toBe('the subscription was terminated for violations');
  });
});

describe('R-REF-DUPLICATE duplicate payments, overpayments and wrong orders, at any time', () => {
  it('R-REF-DUPLICATE a duplicate payment months after activation is refunded in full; the subscription continues', () => {
    const decision = decideRefund(
      eqqRequest(
        '2021-12-01',
        { reason: 'DUPLICATE_PAYMENT' },
        { paid: yuan(10_000), duplicatePaid: yuan(5000) },
      ),
    );
    expect(decision).toMatchObject({
      eligible: true,
      amount: 500_000,
      fee: 0,
      payout: 500_000,
      endsSubscription: false,
    });
    expect(rulesConsidered(decision)).toEqual([
      'R-REF-VIOLATION',
      'R-REF-DUPLICATE',
      'R-REF-FEE',
      'R-REF-CAP',
    ]);
  });

  it('R-REF-DUPLICATE a duplicate-payment request inside the 7 days refunds only the duplicate (does not end the subscription)', () => {
    const decision = decideRefund(
      eqqRequest(
        '2021-05-03',
        { reason: 'DUPLICATE_PAYMENT' },
        { paid: yuan(10_000), duplicatePaid: yuan(5000) },
      ),
    );
    expect(decision).toMatchObject({
      amount: 500_000,
      endsSubscription: false,
      rules: ['R-REF-DUPLICATE', 'R-REF-FEE'],
    });
  });

  it('R-REF-DUPLICATE R-REF-7DAY a no-reason request in the 7 days with a duplicate refunds both lines', () => {
    const decision = decideRefund(
      eqqRequest('2021-05-03', {}, { paid: yuan(10_000), duplicatePaid: yuan(5000) }),
    );
    expect(decision).toMatchObject({
      eligible: true,
      amount: 1_000_000,
      fee: 0,
      payout: 1_000_000,
      endsSubscription: true,
    });
    expect(decision.lines.map((line) => [line.amount, line.rules])).toEqual([
      [500_000, ['R-REF-DUPLICATE']],
      [500_000, ['R-REF-7DAY', 'R-TIME-4']],
    ]);
    expect(decision.explanation).toBe(
      'Refund ¥10,000.00, no fee: Duplicate payment refunded in full (R-REF-DUPLICATE): ¥5,000.00; ' +
        'Full refund, requested 2021-05-03, within 7 natural days of activation on 2021-05-01 (R-REF-7DAY, R-TIME-4): ¥5,000.00',
    );
  });

  it('R-REF-DUPLICATE R-REF-OTHERWISE a no-reason request on day 20 with a duplicate: the duplicate back, the rest refused with why', () => {
    const decision = decideRefund(
      eqqRequest('2021-05-20', {}, { paid: yuan(10_000), duplicatePaid: yuan(5000) }),
    );
    expect(decision).toMatchObject({
      eligible: true,
      amount: 500_000,
      endsSubscription: false,
      rules: ['R-REF-DUPLICATE', 'R-REF-OTHERWISE', 'R-REF-FEE'],
    });
    expect(decision.explanation).toBe(
      'Refund ¥5,000.00, no fee: Duplicate payment refunded in full (R-REF-DUPLICATE); the rest is not refundable (R-REF-OTHERWISE): ' +
        'the 7-day window closed on 2021-05-08, requested 2021-05-20; no login-blocking defect claimed (reason NO_REASON)',
    );
  });

  it('R-REF-DUPLICATE an overpayment is refunded in full', () => {
    const decision = decideRefund(
      eqqRequest(
        '2021-08-01',
        { reason: 'DUPLICATE_PAYMENT' },
        { paid: yuan(5200), overpaid: yuan(200) },
      ),
    );
    expect(decision).toMatchObject({ eligible: true, amount: 20_000, payout: 20_000 });
    expect(decision.lines[0]?.description).toBe('Overpayment refunded in full (R-REF-DUPLICATE)');
  });

  it('R-REF-DUPLICATE wrong order (3 years instead of 1) is refunded by the difference once corrected, and only once', () => {
    const wrong = {
      total: yuan(15_000),
      paid: yuan(15_000),
      period: { start: d('2021-05-01'), end: d('2024-05-01') },
    };
    const notYet = decideRefund(eqqRequest('2021-06-01', { reason: 'ORDER_ERROR' }, wrong));
    expect(notYet.eligible).toBe(false);
    expect(notYet.explanation).toBe(
      'Not refundable (R-REF-OTHERWISE): the order has not been corrected yet: a wrong order is refunded by the difference once corrected; a request with reason ORDER_ERROR asks for nothing else. If you think another refund rule applies, ask an operator to review the order with your evidence',
    );
    const corrected = decideRefund(
      eqqRequest('2021-06-01', { reason: 'ORDER_ERROR' }, { ...wrong, correctedTotal: yuan(5000) }),
    );
    expect(corrected).toMatchObject({
      eligible: true,
      amount: 1_000_000,
      fee: 0,
      endsSubscription: false,
    });
    expect(corrected.explanation).toBe(
      'Refund ¥10,000.00, no fee: Wrong order corrected from ¥15,000.00 to ¥5,000.00: the difference refunded (R-REF-DUPLICATE)',
    );
    const again = decideRefund(
      eqqRequest(
        '2021-06-02',
        { reason: 'ORDER_ERROR' },
        { ...wrong, correctedTotal: yuan(5000), alreadyRefunded: yuan(10_000) },
      ),
    );
    expect(again.eligible).toBe(false);
  });

  it('R-REF-DUPLICATE a duplicate-payment request with no duplicate → refused, naming R-REF-OTHERWISE', () => {
    const decision = decideRefund(eqqRequest('2021-05-03', { reason: 'DUPLICATE_PAYMENT' }));
    expect(decision).toMatchObject({ eligible: false, rules: ['R-REF-OTHERWISE'] });
    expect(decision.explanation).toBe(
      'Not refundable (R-REF-OTHERWISE): no duplicate payment, overpayment or corrected wrong order to refund; a request with reason DUPLICATE_PAYMENT asks for nothing else. If you think another refund rule applies, ask an operator to review the order with your evidence',
    );
  });
});

describe('R-REF-FEE and R-REF-CAP on the amount', () => {
  it('R-REF-FEE rounds half-up once: 1% of ¥10.50 = ¥0.105 → ¥0.11', () => {
    // Meeting activated 2024-04-01 (past its 7 days), a 2-day period with 1 day unused:
    // 2,100 fen × 1/2 = 1,050 fen; fee 1% = 10.5 fen → 11 fen.
    const later = decideRefund(
      meetingRequest(
        '2024-05-02',
        {},
        { total: 2100, paid: 2100, period: { start: d('2024-05-01'), end: d('2024-05-03') } },
        { activatedOn: d('2024-04-01') },
      ),
    );
    expect(later).toMatchObject({ amount: 1050, fee: 11, payout: 1039 });
  });

  it('R-REF-FEE the handling-fee rate is data (*demo* 1%): 2% when configured', () => {
    expect(
      decideRefund(meetingRequest('2024-09-15', { handlingFeeBasisPoints: 200 })),
    ).toMatchObject({ amount: 14_877, fee: 298, payout: 14_579 });
  });

  it('R-REF-CAP a pro-rata refund is capped by what is still refundable on the order', () => {
    const decision = decideRefund(meetingRequest('2024-09-15', {}, { alreadyRefunded: 20_000 }));
    // ¥148.77 unused, but only ¥100.00 of the ¥300.00 paid is left.
    expect(decision).toMatchObject({ eligible: true, amount: 10_000, fee: 100, payout: 9900 });
    expect(decision.rules).toEqual(['R-REF-CANCEL', 'R-MONEY-1', 'R-REF-CAP', 'R-REF-FEE']);
    expect(decision.considered.at(-1)).toEqual({
      rule: 'R-REF-CAP',
      applied: true,
      why: 'capped: ¥300.00 refunded in total of ¥300.00 paid',
    });
  });

  it('R-REF-CAP an order already refunded in full → refused', () => {
    const decision = decideRefund(eqqRequest('2021-05-03', {}, { alreadyRefunded: yuan(5000) }));
    expect(decision).toMatchObject({
      eligible: false,
      amount: 0,
      rules: ['R-REF-CAP', 'R-REF-OTHERWISE'],
    });
    expect(decision.explanation).toBe(
      'Not refundable: everything paid (¥5,000.00) has already been refunded, so there is nothing left to refund and no action is needed (R-REF-CAP)',
    );
  });

  it('R-REF-CAP inconsistent duplicate figures never refund more than was paid', () => {
    const decision = decideRefund(
      eqqRequest(
        '2021-05-03',
        { reason: 'DUPLICATE_PAYMENT' },
        { paid: yuan(5000), duplicatePaid: yuan(9000) },
      ),
    );
    expect(decision).toMatchObject({ amount: 500_000, payout: 500_000 });
    expect(decision.rules).toContain('R-REF-CAP');
  });
});

describe('R-REF-OTHERWISE clear refusals for what no rule allows, and for bad input', () => {
  it('R-REF-OTHERWISE an order with nothing paid', () => {
    const decision = decideRefund(eqqRequest('2021-05-03', {}, { paid: 0 }));
    expect(decision).toMatchObject({ eligible: false, amount: 0, rules: ['R-REF-OTHERWISE'] });
    expect(decision.explanation).toBe(
      'Not refundable: nothing was paid for this order, so there is nothing left to refund and no action is needed (R-REF-OTHERWISE)',
    );
  });

  it.each([
    ['negative paid', { paid: -1 }, ['order', 'paid']],
    ['fractional fen (R-MONEY-1)', { paid: 100.5 }, ['order', 'paid']],
    ['negative total', { total: -500 }, ['order', 'total']],
    ['refunded more than paid', { alreadyRefunded: yuan(6000) }, ['order', 'alreadyRefunded']],
    ['corrected above the original', { correctedTotal: yuan(6000) }, ['order', 'correctedTotal']],
    [
      'empty period',
      { period: { start: d('2021-05-01'), end: d('2021-05-01') } },
      ['order', 'period'],
    ],
  ])('R-REF-OTHERWISE INVALID_INPUT: %s', (_name, order, field) => {
    const decision = decideRefund(eqqRequest('2021-05-03', {}, order));
    expect(decision).toMatchObject({ eligible: false, amount: 0, fee: 0, payout: 0 });
    expect(decision.refusal?.code).toBe('INVALID_INPUT');
    expect(decision.refusal?.field).toEqual(field);
    expect(rulesConsidered(decision)).toEqual(['R-REF-OTHERWISE']);
  });

  it('R-REF-OTHERWISE INVALID_INPUT: a request dated before the activation, a request instant off asOf, a bad fee rate', () => {
    expect(decideRefund(eqqRequest('2021-04-30')).refusal?.field).toEqual(['asOf']);
    expect(
      decideRefund(eqqRequest('2021-05-03', { requestedAt: at('2021-05-04', 1) })).refusal?.field,
    ).toEqual(['requestedAt']);
    expect(
      decideRefund(eqqRequest('2021-05-03', { handlingFeeBasisPoints: 1.5 })).refusal?.code,
    ).toBe('INVALID_INPUT');
    expect(decideRefund(eqqRequest('2021-05-03', { outageHours: -3 })).refusal?.code).toBe(
      'INVALID_INPUT',
    );
  });
});
