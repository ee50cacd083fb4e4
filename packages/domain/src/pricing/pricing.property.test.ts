import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bookInForce, findPlan, findProduct, tierFor } from '../catalog/catalog-lookup.js';
import type { Plan } from '../catalog/catalog-types.js';
import { DEMO_CATALOG } from '../catalog/demo-catalog.js';
import {
  addDays,
  addYears,
  fromDayNumber,
  parseDate,
  toDayNumber,
  type BusinessDate,
} from '../time/business-date.js';
import { priceAddSeats } from './add-seats-price.js';
import { priceOpening } from './opening-price.js';
import type { PricedSubscription } from './priced-subscription.js';
import { priceRenewal } from './renewal-price.js';

const eqqPlan = findPlan(findProduct(DEMO_CATALOG, 'EQQ')!, 'SEATS') as Plan;
const qidianPlan = findPlan(findProduct(DEMO_CATALOG, 'QIDIAN')!, 'SEATS') as Plan;

/** Dates from 2005 to the EQQ renewals cut-off, across both EQQ books. */
const eqqDate = fc
  .integer({ min: toDayNumber(parseDate('2005-01-01')), max: toDayNumber(parseDate('2021-10-27')) })
  .map(fromDayNumber);
const qidianDate = fc
  .integer({ min: toDayNumber(parseDate('2021-01-01')), max: toDayNumber(parseDate('2040-12-31')) })
  .map(fromDayNumber);
const seatsArb = fc.integer({ min: 3, max: 50 });
const yearsArb = fc.integer({ min: 1, max: 3 });

function subscription(
  productCode: 'EQQ' | 'QIDIAN',
  seats: number,
  periodEnd: BusinessDate,
): PricedSubscription {
  return {
    productCode,
    planCode: 'SEATS',
    seats,
    status: 'ACTIVE',
    periodEnd,
    openedOn: parseDate('2010-03-01'),
    legacy: { firstRenewalUsed: true, addSeatPurchaseUsed: true },
    lastPurchase: null,
    migration: null,
    customUnitPrice: null,
  };
}

describe('R-CAT-2 R-OPEN-1 R-RENEW-3 volume pricing prices the whole count at ONE tier', () => {
  it('R-OPEN-1 R-CAT-2 every opening line uses the unit price of the tier containing the total', () => {
    fc.assert(
      fc.property(
        fc.boolean(),
        seatsArb,
        yearsArb,
        eqqDate,
        qidianDate,
        (isEqq, seats, years, eqqDay, qidianDay) => {
          const plan = isEqq ? eqqPlan : qidianPlan;
          const orderDate = isEqq ? eqqDay : qidianDay;
          const result = priceOpening({
            catalog: DEMO_CATALOG,
            productCode: isEqq ? 'EQQ' : 'QIDIAN',
            planCode: 'SEATS',
            seats,
            years,
            orderDate,
          });
          if (!result.ok) throw new Error(result.refusal.message);
          const tier = tierFor(bookInForce(plan, orderDate)!, seats)!;
          expect(result.lines.length).toBe(1);
          for (const line of result.lines) {
            expect(line.unitPrice).toBe(tier.annualUnitPrice);
            expect(line.quantity).toBe(seats);
          }
          expect(result.total).toBe(seats * tier.annualUnitPrice * years);
        },
      ),
    );
  });

  it('R-RENEW-3 R-CAT-2 every renewal line uses the unit price of the tier containing the total', () => {
    fc.assert(
      fc.property(
        seatsArb,
        yearsArb,
        qidianDate,
        fc.integer({ min: 0, max: 60 }),
        (seats, years, date, ahead) => {
          const result = priceRenewal({
            catalog: DEMO_CATALOG,
            subscription: subscription('QIDIAN', seats, addDays(date, ahead)),
            years,
            date,
          });
          if (!result.ok) throw new Error(result.refusal.message);
          const tier = tierFor(bookInForce(qidianPlan, date)!, seats)!;
          const unitPrices = new Set(result.lines.map((line) => line.unitPrice));
          expect([...unitPrices]).toEqual([tier.annualUnitPrice]);
          expect(result.total).toBe(seats * tier.annualUnitPrice * years);
        },
      ),
    );
  });

  it('R-SEAT-4 added seats are priced at the monthly price of the NEW total’s tier', () => {
    fc.assert(
      fc.property(
        seatsArb,
        fc.integer({ min: 1, max: 47 }),
        eqqDate,
        fc.integer({ min: 0, max: 364 }),
        (seats, added, start, offset) => {
          fc.pre(seats + added <= 50);
          const periodEnd = addYears(start, 1);
          const date = addDays(start, offset);
          fc.pre(date < parseDate('2021-10-28'));
          const result = priceAddSeats({
            catalog: DEMO_CATALOG,
            subscription: subscription('EQQ', seats, periodEnd),
            addSeats: added,
            date,
          });
          if (!result.ok) throw new Error(result.refusal.message);
          const tier = tierFor(bookInForce(eqqPlan, date)!, seats + added)!;
          const line = result.lines[0]!;
          expect(line.unitPrice).toBe(tier.monthlyUnitPrice);
          expect(line.amount).toBe(added * tier.monthlyUnitPrice * (line.months ?? -1));
        },
      ),
    );
  });
});

describe('R-MONEY-1 totals are integer fen', () => {
  it('R-MONEY-1 R-OPEN-1 R-SEAT-4 R-RENEW-3 every total and line amount is a safe integer and totals sum their lines', () => {
    fc.assert(
      fc.property(
        seatsArb,
        fc.integer({ min: 1, max: 20 }),
        yearsArb,
        qidianDate,
        fc.integer({ min: 0, max: 400 }),
        (seats, added, years, start, offset) => {
          const opening = priceOpening({
            catalog: DEMO_CATALOG,
            productCode: 'QIDIAN',
            planCode: 'SEATS',
            seats,
            years,
            orderDate: start,
          });
          const current = subscription('QIDIAN', seats, addYears(start, years));
          const adding = priceAddSeats({
            catalog: DEMO_CATALOG,
            subscription: current,
            addSeats: added,
            date: addDays(start, offset),
          });
          const renewal = priceRenewal({
            catalog: DEMO_CATALOG,
            subscription: current,
            years: 1,
            date: addDays(start, offset),
          });
          for (const result of [opening, adding, renewal]) {
            if (!result.ok) {
              expect(['SEAT_LIMIT', 'INVALID_STATE']).toContain(result.refusal.code);
              continue;
            }
            expect(Number.isSafeInteger(result.total)).toBe(true);
            let sum = 0;
            for (const line of result.lines) {
              expect(Number.isSafeInteger(line.amount)).toBe(true);
              expect(Number.isSafeInteger(line.unitPrice)).toBe(true);
              sum += line.amount;
            }
            expect(result.total).toBe(sum);
          }
        },
      ),
    );
  });
});
