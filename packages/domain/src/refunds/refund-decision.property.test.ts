import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PRC_CALENDAR } from '../calendar/index.js';
import {
  ORDER_KINDS,
  PRODUCT_CODES,
  REFUND_REASONS,
  SUBSCRIPTION_STATUSES,
} from '../core/codes.js';
import {
  addDays,
  addYears,
  fromDayNumber,
  startOfBusinessDate,
  toDayNumber,
  type BusinessDate,
} from '../time/business-date.js';
import { decideRefund } from './refund-decision.js';
import type { RefundDecision, RefundInput } from './refund-types.js';

const FIRST_DAY = toDayNumber('2015-01-01' as BusinessDate);

/** Arbitrary requests, consistent or not in their money figures (R-REF-CAP must hold regardless). */
const refundInput: fc.Arbitrary<RefundInput> = fc
  .record({
    kind: fc.constantFrom(...ORDER_KINDS),
    productCode: fc.constantFrom(...PRODUCT_CODES),
    reason: fc.constantFrom(...REFUND_REASONS),
    status: fc.constantFrom(...SUBSCRIPTION_STATUSES),
    total: fc.integer({ min: 0, max: 50_000_000 }),
    paidShare: fc.integer({ min: 0, max: 300 }), // paid as % of the total
    refundedShare: fc.integer({ min: 0, max: 100 }), // already refunded as % of paid
    duplicatePaid: fc.integer({ min: 0, max: 50_000_000 }),
    overpaid: fc.nat({ max: 1_000_000 }),
    correctedShare: fc.option(fc.integer({ min: 0, max: 100 })),
    activationDay: fc.integer({ min: 0, max: 4000 }),
    activated: fc.boolean(),
    years: fc.integer({ min: 1, max: 3 }),
    requestAfter: fc.integer({ min: 0, max: 1200 }),
    paidBefore: fc.option(fc.integer({ min: 0, max: 30 })),
    materialsBefore: fc.option(fc.integer({ min: 0, max: 30 })),
    customerCausedDelay: fc.boolean(),
    violation: fc.boolean(),
    providerTermination: fc.boolean(),
    promotion: fc.option(
      fc.record({ code: fc.constantFrom('DOUBLE11', 'SPRING'), refundable: fc.boolean() }),
    ),
    inUse: fc.option(
      fc.record({
        domainVerified: fc.boolean(),
        adminCreated: fc.boolean(),
        memberAdded: fc.boolean(),
      }),
    ),
    outageHours: fc.option(fc.double({ min: 0, max: 300, noNaN: true })),
    eventHoursBefore: fc.option(fc.integer({ min: 0, max: 200 })),
    evidence: fc.array(fc.constantFrom('', ' ', 'ticket-1', 'screenshot.png'), { maxLength: 3 }),
    customerSideCause: fc.boolean(),
    feeBasisPoints: fc.option(fc.integer({ min: 0, max: 10_000 })),
  })
  .map((g): RefundInput => {
    const paid = Math.floor((g.total * g.paidShare) / 100);
    const activatedOn = fromDayNumber(FIRST_DAY + g.activationDay);
    const asOf = addDays(activatedOn, g.requestAfter);
    const requestedAt = startOfBusinessDate(asOf) + 12 * 3_600_000;
    return {
      asOf,
      requestedAt,
      reason: g.reason,
      evidence: g.evidence,
      eventAt: g.eventHoursBefore === null ? null : requestedAt - g.eventHoursBefore * 3_600_000,
      outageHours: g.outageHours,
      customerSideCause: g.customerSideCause,
      providerTermination: g.providerTermination,
      calendar: PRC_CALENDAR,
      ...(g.feeBasisPoints === null ? {} : { handlingFeeBasisPoints: g.feeBasisPoints }),
      order: {
        kind: g.kind,
        productCode: g.productCode,
        total: g.total,
        paid,
        alreadyRefunded: Math.floor((paid * g.refundedShare) / 100),
        duplicatePaid: g.duplicatePaid,
        overpaid: g.overpaid,
        correctedTotal:
          g.correctedShare === null ? null : Math.floor((g.total * g.correctedShare) / 100),
        promotion: g.promotion,
        period: g.activated ? { start: activatedOn, end: addYears(activatedOn, g.years) } : null,
      },
      subscription: {
        status: g.activated ? g.status : 'PENDING_ACTIVATION',
        activatedOn: g.activated ? activatedOn : null,
        violation: g.violation,
        fullyPaidOn: g.paidBefore === null ? null : addDays(activatedOn, -g.paidBefore),
        materialsApprovedOn:
          g.materialsBefore === null ? null : addDays(activatedOn, -g.materialsBefore),
        customerCausedDelay: g.customerCausedDelay,
        inUse: g.inUse,
      },
    };
  });

const runs = { numRuns: 3000 };

function positiveLines(decision: RefundDecision): number {
  return decision.lines.reduce((sum, line) => (line.amount > 0 ? sum + line.amount : sum), 0);
}

describe('decideRefund properties over arbitrary orders and requests', () => {
  it('R-REF-CAP a refund never exceeds what was paid minus what was already refunded', () => {
    fc.assert(
      fc.property(refundInput, (input) => {
        const decision = decideRefund(input);
        expect(decision.amount).toBeGreaterThanOrEqual(0);
        expect(decision.amount).toBeLessThanOrEqual(input.order.paid - input.order.alreadyRefunded);
        expect(decision.payout).toBeLessThanOrEqual(decision.amount);
      }),
      runs,
    );
  });

  it('R-REF-FEE R-MONEY-1 fee ≤ amount, payout = amount − fee, every amount and line is integer fen, lines sum to the payout', () => {
    fc.assert(
      fc.property(refundInput, (input) => {
        const decision = decideRefund(input);
        for (const value of [decision.amount, decision.fee, decision.payout])
          expect(Number.isSafeInteger(value)).toBe(true);
        expect(decision.fee).toBeGreaterThanOrEqual(0);
        expect(decision.fee).toBeLessThanOrEqual(decision.amount);
        expect(decision.payout).toBe(decision.amount - decision.fee);
        for (const line of decision.lines) {
          expect(Number.isSafeInteger(line.amount)).toBe(true);
          expect(line.rules.length).toBeGreaterThan(0);
        }
        expect(positiveLines(decision)).toBe(decision.amount);
        expect(decision.lines.reduce((sum, line) => sum + line.amount, 0)).toBe(decision.payout);
        // Only pro-rata refunds pay a fee (R-REF-OUTAGE, R-REF-CANCEL).
        if (decision.fee > 0)
          expect(decision.rules.some((r) => r === 'R-REF-OUTAGE' || r === 'R-REF-CANCEL')).toBe(
            true,
          );
      }),
      runs,
    );
  });

  it('R-REF-OTHERWISE an ineligible decision refunds 0 and names every considered rule, R-REF-OTHERWISE included', () => {
    fc.assert(
      fc.property(refundInput, (input) => {
        const decision = decideRefund(input);
        if (decision.eligible) {
          expect(decision.amount).toBeGreaterThan(0);
          expect(decision.refusal).toBeNull();
        } else {
          expect(decision).toMatchObject({
            amount: 0,
            fee: 0,
            payout: 0,
            lines: [],
            endsSubscription: false,
          });
          expect(decision.considered.some((c) => c.rule === 'R-REF-OTHERWISE' && c.applied)).toBe(
            true,
          );
          expect(decision.rules).toContain('R-REF-OTHERWISE');
          expect(decision.refusal?.message).toBe(decision.explanation);
        }
        expect(decision.explanation.length).toBeGreaterThan(0);
        for (const c of decision.considered) expect(c.why.length).toBeGreaterThan(0);
      }),
      runs,
    );
  });

  it('R-REF-OTHERWISE a rule listed as not applying is not cited in the explanation above the list', () => {
    fc.assert(
      fc.property(refundInput, (input) => {
        const decision = decideRefund(input);
        const applied = new Set(decision.considered.filter((c) => c.applied).map((c) => c.rule));
        const cited = (text: string, rule: string) =>
          new RegExp(`(?<![\\w-])${rule}(?![\\w-])`).test(text);
        for (const c of decision.considered) {
          if (c.applied || applied.has(c.rule)) continue;
          expect(cited(decision.explanation, c.rule), `${c.rule} in ${decision.explanation}`).toBe(
            false,
          );
        }
      }),
      runs,
    );
  });

  it('R-REF-VIOLATION is considered first and, when set, refuses everything', () => {
    fc.assert(
      fc.property(refundInput, (input) => {
        const decision = decideRefund(input);
        if (decision.refusal?.code === 'INVALID_INPUT') return;
        expect(decision.considered[0]?.rule).toBe('R-REF-VIOLATION');
        if (input.subscription?.violation) expect(decision.eligible).toBe(false);
      }),
      runs,
    );
  });

  it('R-REF-NONREF R-RENEW-4 renewals, added seats and value-added orders refund only duplicates and overpayments (absent R-TERM-1)', () => {
    fc.assert(
      fc.property(refundInput, (input) => {
        const { kind, productCode } = input.order;
        if (
          input.providerTermination ||
          !(
            kind === 'RENEWAL' ||
            kind === 'ADD_SEATS' ||
            kind === 'VALUE_ADDED' ||
            productCode === 'VAS'
          )
        )
          return;
        const decision = decideRefund(input);
        expect(decision.endsSubscription).toBe(false);
        for (const line of decision.lines) expect(line.rules[0]).toBe('R-REF-DUPLICATE');
      }),
      runs,
    );
  });

  it('R-REF-OTHERWISE bad numbers never throw: they are an INVALID_INPUT refusal (R-MONEY-1)', () => {
    const bad = fc.oneof(
      fc.integer({ max: -1 }),
      fc.double({ noInteger: true }),
      fc.constant(Number.NaN),
      fc.constant(Infinity),
    );
    fc.assert(
      fc.property(
        refundInput,
        bad,
        fc.constantFrom('total', 'paid', 'alreadyRefunded', 'duplicatePaid', 'overpaid'),
        (input, value, key) => {
          const decision = decideRefund({ ...input, order: { ...input.order, [key]: value } });
          expect(decision.eligible).toBe(false);
          expect(decision.refusal?.code).toBe('INVALID_INPUT');
          expect(decision.amount).toBe(0);
        },
      ),
      { numRuns: 500 },
    );
  });
});
