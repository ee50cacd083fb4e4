import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { refundInput } from '../test-support/refund-arbitrary.js';
import { decideInEnglish as decideRefund } from '../test-support/refund-english.js';
import type { RefundDecision } from './refund-types.js';

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
