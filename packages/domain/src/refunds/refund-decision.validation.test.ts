import { describe, expect, it } from 'vitest';
import { PRC_CALENDAR } from '../calendar/index.js';
import { yuan } from '../money/money.js';
import { startOfBusinessDate, type BusinessDate } from '../time/business-date.js';
import { decideInEnglish as decideRefund } from '../test-support/refund-english.js';
import type { RefundDecision, RefundInput, RefundOrderFacts } from './refund-types.js';

/*
 * A refund request the rules cannot decide is refused at the entry, before any rule runs: the
 * message says what is wrong, what to do and the rule concerned, and names the field.
 */
const d = (text: string): BusinessDate => text as BusinessDate;
const HOUR = 3_600_000;

/** A ¥1,200.00 Meeting order of a subscription activated 2024-01-01. */
function request(
  over: Partial<RefundInput> = {},
  order: Partial<RefundOrderFacts> = {},
): RefundInput {
  return {
    asOf: d('2024-07-01'),
    reason: 'NO_REASON',
    evidence: [],
    calendar: PRC_CALENDAR,
    ...over,
    order: {
      kind: 'NEW_SUBSCRIPTION',
      productCode: 'MEETING',
      total: yuan(1200),
      paid: yuan(1200),
      alreadyRefunded: 0,
      duplicatePaid: 0,
      overpaid: 0,
      period: { start: d('2024-01-01'), end: d('2025-01-01') },
      ...order,
    },
    subscription:
      over.subscription === undefined
        ? {
            status: 'ACTIVE',
            activatedOn: d('2024-01-01'),
            violation: false,
            fullyPaidOn: d('2023-12-28'),
            materialsApprovedOn: d('2023-12-28'),
          }
        : over.subscription,
  };
}

/** The whole refused decision for an invalid request, from its message and field. */
function invalidDecision(message: string, field: readonly string[]): RefundDecision {
  const explanation = `Cannot decide the refund: ${message} (R-REF-OTHERWISE)`;
  return {
    eligible: false,
    amount: 0,
    fee: 0,
    payout: 0,
    rules: ['R-REF-OTHERWISE'],
    considered: [{ rule: 'R-REF-OTHERWISE', applied: true, why: `invalid request: ${message}` }],
    explanation,
    lines: [],
    endsSubscription: false,
    refusal: { code: 'INVALID_INPUT', message: explanation, rules: ['R-REF-OTHERWISE'], field },
  };
}

const onAsOf = startOfBusinessDate(d('2024-07-01'));

describe('R-REF-OTHERWISE R-MONEY-1 order amounts are whole fen', () => {
  it.each([
    ['total', 'total'],
    ['paid', 'amount paid'],
    ['alreadyRefunded', 'amount already refunded'],
    ['duplicatePaid', 'duplicate payment'],
    ['overpaid', 'overpayment'],
  ] as const)('R-MONEY-1 a negative %s is refused, naming the amount in words', (key, words) => {
    expect(decideRefund(request({}, { [key]: -1 }))).toEqual(
      invalidDecision(
        `the order's ${words} must be a whole number of fen ≥ 0, got -1 (R-MONEY-1)`,
        ['order', key],
      ),
    );
  });

  it('R-REF-CAP more already refunded than paid is refused', () => {
    expect(decideRefund(request({}, { paid: 100, alreadyRefunded: 101 }))).toEqual(
      invalidDecision(
        'the ¥1.01 already refunded exceeds the ¥1.00 paid: what is refunded must be at most what was paid (R-REF-CAP)',
        ['order', 'alreadyRefunded'],
      ),
    );
  });

  it('R-REF-DUPLICATE R-MONEY-1 a corrected total must be whole fen and at most the original', () => {
    expect(decideRefund(request({}, { correctedTotal: 1.5 }))).toEqual(
      invalidDecision(
        'the corrected total must be a whole number of fen ≥ 0, got 1.5 (R-MONEY-1)',
        ['order', 'correctedTotal'],
      ),
    );
    expect(decideRefund(request({}, { correctedTotal: yuan(1200) + 1 }))).toEqual(
      invalidDecision(
        'a corrected total (¥1,200.01) above the original ¥1,200.00 is a new order, not a refund: the corrected total must be at most the original',
        ['order', 'correctedTotal'],
      ),
    );
    // Equal to the original is allowed (nothing to refund as a difference).
    expect(decideRefund(request({}, { correctedTotal: yuan(1200) })).refusal?.code).not.toBe(
      'INVALID_INPUT',
    );
  });
});

describe('R-REF-OTHERWISE the request itself must make sense', () => {
  it('R-REF-OTHERWISE an unknown reason lists the known ones', () => {
    const decision = decideRefund(request({ reason: 'BORED' as RefundInput['reason'] }));
    expect(decision.refusal).toMatchObject({ code: 'INVALID_INPUT', field: ['reason'] });
    expect(decision.explanation).toContain('is unknown: choose one of NO_REASON, SERVICE_DEFECT');
  });

  it('R-TIME-1 an empty service period is refused', () => {
    expect(
      decideRefund(request({}, { period: { start: d('2024-01-01'), end: d('2024-01-01') } })),
    ).toEqual(
      invalidDecision(
        'the service period [2024-01-01, 2024-01-01) is empty: its end must be after its start',
        ['order', 'period'],
      ),
    );
  });

  it('R-REF-OTHERWISE a subscription order without its subscription is refused; a value-added order needs none', () => {
    expect(decideRefund(request({ subscription: null }))).toEqual(
      invalidDecision('a NEW_SUBSCRIPTION order needs its subscription', ['subscription']),
    );
    const vas = decideRefund(
      request({ subscription: null }, { kind: 'VALUE_ADDED', productCode: 'VAS' }),
    );
    expect(vas.refusal?.code).toBe('NOT_REFUNDABLE');
  });

  it('R-REF-OTHERWISE a decision dated before the activation is refused; on the activation day it is decided', () => {
    expect(decideRefund(request({ asOf: d('2023-12-31') }))).toEqual(
      invalidDecision(
        'the decision date 2023-12-31 is before the activation on 2024-01-01: it must be on or after the activation',
        ['asOf'],
      ),
    );
    expect(decideRefund(request({ asOf: d('2024-01-01') })).eligible).toBe(true);
  });
});

describe('R-REF-WINDOW R-REF-OUTAGE R-REF-FEE instants, hours and fee rates are checked at the entry', () => {
  it('R-REF-WINDOW a request time off the decision date says what to give', () => {
    expect(decideRefund(request({ requestedAt: onAsOf - 1 }))).toEqual(
      invalidDecision(
        'the request time must be an instant on 2024-07-01 (Asia/Shanghai): give the time the customer filed the request, on the decision date (R-REF-WINDOW)',
        ['requestedAt'],
      ),
    );
  });

  it('R-REF-WINDOW an event time that is not an instant, or after the request, is refused', () => {
    expect(decideRefund(request({ eventAt: Number.NaN }))).toEqual(
      invalidDecision(
        'the event time must be an instant (epoch milliseconds): give when the outage or defect happened (R-REF-WINDOW)',
        ['eventAt'],
      ),
    );
    expect(
      decideRefund(request({ requestedAt: onAsOf + HOUR, eventAt: onAsOf + HOUR + 1 })),
    ).toEqual(
      invalidDecision(
        'the event time is after the request: it must be at or before the request (R-REF-WINDOW)',
        ['eventAt'],
      ),
    );
  });

  it('R-REF-WINDOW without a request time the event may be as late as the last instant of the decision date', () => {
    const lastInstant = onAsOf + 24 * HOUR - 1;
    expect(decideRefund(request({ eventAt: lastInstant })).refusal?.code).not.toBe('INVALID_INPUT');
    expect(decideRefund(request({ eventAt: lastInstant + 1 })).refusal?.field).toEqual(['eventAt']);
  });

  it('R-REF-OUTAGE a negative or endless outage length is refused; 0 hours is a valid (too short) outage', () => {
    for (const outageHours of [-1, Number.POSITIVE_INFINITY]) {
      expect(decideRefund(request({ reason: 'PLATFORM_OUTAGE', outageHours }))).toEqual(
        invalidDecision(
          `the outage must last a number of hours ≥ 0, got ${outageHours}: give the outage length in hours (R-REF-OUTAGE)`,
          ['outageHours'],
        ),
      );
    }
    expect(
      decideRefund(request({ reason: 'PLATFORM_OUTAGE', outageHours: 0 })).refusal?.code,
    ).not.toBe('INVALID_INPUT');
  });

  it('R-REF-FEE a fee rate outside 0–10000 basis points says to leave it out for the default', () => {
    for (const bp of [-1, 10_001, 0.5]) {
      expect(decideRefund(request({ handlingFeeBasisPoints: bp }))).toEqual(
        invalidDecision(
          `the handling fee must be a whole number of basis points from 0 to 10000, got ${bp}: leave it out for the default of 100 (R-REF-FEE)`,
          ['handlingFeeBasisPoints'],
        ),
      );
    }
  });
});
