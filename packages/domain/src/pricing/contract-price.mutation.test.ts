import { describe, expect, it } from 'vitest';
import { DEMO_CATALOG } from '../catalog/demo-catalog.js';
import type { Outcome, Refusal } from '../explain/results.js';
import { yuan } from '../money/money.js';
import { parseDate } from '../time/business-date.js';
import {
  MAX_CONTRACT_UNIT_PRICE,
  atContractPrice,
  changeContractPrice,
  contractPriceInForce,
  contractPricePeriods,
  type ContractPriceEntry,
} from './contract-price.js';
import type { PricedSubscription } from './priced-subscription.js';
import { inEnglish } from '../test-support/refusal-english.js';

/** Conditions and explanations of contract prices that a wrong rule would slip past (found by mutation testing). */
const d = parseDate;

const entry = (
  effectiveFrom: string,
  unitPrice: number | null,
  planCode = 'ENTERPRISE',
  productCode = 'MEETING',
): ContractPriceEntry => ({ productCode, planCode, effectiveFrom: d(effectiveFrom), unitPrice });

function refusal<T>(outcome: Outcome<T>): Refusal {
  if (outcome.ok) throw new Error('expected a refusal');
  return outcome.refusal;
}

const change = (overrides: Partial<Parameters<typeof changeContractPrice>[0]> = {}) =>
  changeContractPrice({
    catalog: DEMO_CATALOG,
    entries: [entry('2024-01-01', yuan(480))],
    productCode: 'MEETING',
    planCode: 'ENTERPRISE',
    unitPrice: yuan(500),
    effectiveFrom: d('2024-03-01'),
    today: d('2024-03-01'),
    ...overrides,
  });

const enterprise: PricedSubscription = {
  productCode: 'MEETING',
  planCode: 'ENTERPRISE',
  seats: 10,
  status: 'ACTIVE',
  periodEnd: d('2024-09-01'),
  openedOn: d('2023-09-01'),
  legacy: { firstRenewalUsed: false, addSeatPurchaseUsed: false },
  lastPurchase: null,
  migration: null,
  customUnitPrice: yuan(480),
};

describe('R-CAT-2 the contract price in force', () => {
  it('R-CAT-2 only entries of the same product AND plan count', () => {
    const entries = [
      entry('2024-01-01', yuan(100), 'ENTERPRISE', 'EXMAIL'),
      entry('2024-01-01', yuan(200), 'PRO_ANNUAL', 'MEETING'),
    ];
    expect(contractPriceInForce(entries, 'MEETING', 'ENTERPRISE', d('2024-06-01'))).toBeNull();
    expect(
      contractPriceInForce(
        [...entries, entry('2024-02-01', yuan(300))],
        'MEETING',
        'ENTERPRISE',
        d('2024-06-01'),
      ),
    ).toBe(yuan(300));
  });

  it('R-CAT-2 the latest entry on or before the date wins, whatever the order of the list', () => {
    const later = entry('2024-07-01', yuan(450));
    const earlier = entry('2024-01-01', yuan(480));
    const future = entry('2025-01-01', yuan(400));
    for (const entries of [
      [later, earlier, future],
      [earlier, later, future],
      [future, later, earlier],
    ]) {
      expect(contractPriceInForce(entries, 'MEETING', 'ENTERPRISE', d('2024-08-01'))).toBe(
        yuan(450),
      );
    }
  });

  it('R-CAT-2 a subscription with entries for its plan but none in force yet has no contract price', () => {
    const result = atContractPrice(enterprise, [entry('2025-01-01', yuan(400))], d('2024-08-01'));
    expect(result.customUnitPrice).toBeNull();
    expect(result).toEqual({ ...enterprise, customUnitPrice: null });
  });

  it('R-CAT-2 entries of another plan leave the subscription unchanged', () => {
    const other = [entry('2024-01-01', yuan(100), 'PRO_ANNUAL')];
    expect(atContractPrice(enterprise, other, d('2024-08-01'))).toBe(enterprise);
    const otherProduct = [entry('2024-01-01', yuan(100), 'ENTERPRISE', 'EXMAIL')];
    expect(atContractPrice(enterprise, otherProduct, d('2024-08-01'))).toBe(enterprise);
  });
});

describe('R-CAT-2 the periods an account page lists', () => {
  it('R-CAT-2 sorted by product, then plan, then date; a period ends only at the next entry of its own plan', () => {
    const entries = [
      entry('2024-05-01', yuan(20), 'PRO_ANNUAL'),
      entry('2024-03-01', yuan(30), 'ENTERPRISE', 'EXMAIL'),
      entry('2024-02-01', yuan(11)),
      entry('2024-01-01', yuan(10)),
      entry('2024-01-15', yuan(21), 'PRO_ANNUAL'),
    ];
    expect(
      contractPricePeriods(entries).map((p) => [
        p.productCode,
        p.planCode,
        p.effectiveFrom,
        p.endsOn,
        p.unitPrice,
      ]),
    ).toEqual([
      ['EXMAIL', 'ENTERPRISE', '2024-03-01', null, yuan(30)],
      ['MEETING', 'ENTERPRISE', '2024-01-01', '2024-02-01', yuan(10)],
      ['MEETING', 'ENTERPRISE', '2024-02-01', null, yuan(11)],
      ['MEETING', 'PRO_ANNUAL', '2024-01-15', '2024-05-01', yuan(21)],
      ['MEETING', 'PRO_ANNUAL', '2024-05-01', null, yuan(20)],
    ]);
  });

  it('R-CAT-2 dates are ordered within a plan in either input order', () => {
    const a = entry('2024-01-01', yuan(10));
    const b = entry('2024-06-01', yuan(11));
    const c = entry('2024-09-01', yuan(12));
    for (const entries of [
      [a, b, c],
      [c, b, a],
      [b, a, c],
      [a, c, b],
    ]) {
      expect(contractPricePeriods(entries).map((p) => p.effectiveFrom)).toEqual([
        '2024-01-01',
        '2024-06-01',
        '2024-09-01',
      ]);
    }
  });
});

describe('R-CAT-2 a long price history', () => {
  it('R-CAT-2 a history of many prices is listed in date order, whatever the input order', () => {
    const dates = Array.from({ length: 120 }, (_, i) => {
      const month = String((i % 12) + 1).padStart(2, '0');
      return `${2000 + Math.floor(i / 12)}-${month}-01`;
    });
    // A fixed shuffle: every 7th date from a rotating start.
    const shuffled = dates.map((_, i) => dates[(i * 7) % dates.length] as string);
    const periods = contractPricePeriods(shuffled.map((date, i) => entry(date, i + 1)));
    expect(periods.map((p) => p.effectiveFrom)).toEqual(dates);
    expect(periods.map((p) => p.endsOn)).toEqual([...dates.slice(1), null]);
  });
});

describe('R-CAT-2 changing a contract price: refusals explain what to do', () => {
  it('R-CAT-1 an unknown product is refused, quoting it', () => {
    expect(inEnglish(refusal(change({ productCode: 'NOPE' })))).toEqual({
      code: 'NOT_FOUND',
      message:
        'There is no product “NOPE” in the catalog: choose a product from the catalog (R-CAT-1)',
      rules: ['R-CAT-1'],
      field: ['productCode'],
    });
  });

  it('R-CAT-1 an unknown plan is refused, quoting it and naming the product', () => {
    expect(inEnglish(refusal(change({ planCode: 'NOPE' })))).toEqual({
      code: 'NOT_FOUND',
      message:
        "There is no plan “NOPE” in product MEETING: choose one of the product's plans (R-CAT-1)",
      rules: ['R-CAT-1'],
      field: ['planCode'],
    });
  });

  it('R-CAT-2 a plan priced by the catalog takes no contract price', () => {
    expect(inEnglish(refusal(change({ planCode: 'PRO_ANNUAL' })))).toEqual({
      code: 'INVALID_INPUT',
      message:
        'Meeting Pro (annual, per host) is priced by the catalog, not by a contract price: only a plan sold at a contract price takes one (R-CAT-2)',
      rules: ['R-CAT-2'],
      field: ['planCode'],
    });
  });

  it('R-CAT-2 a plan that moves from catalog prices to a contract price takes one', () => {
    const catalog = {
      products: DEMO_CATALOG.products.map((p) =>
        p.code !== 'MEETING'
          ? p
          : {
              ...p,
              plans: p.plans.map((plan) =>
                plan.code !== 'PRO_ANNUAL'
                  ? plan
                  : {
                      ...plan,
                      priceBooks: [
                        ...plan.priceBooks,
                        {
                          id: 'MEETING-PRO_ANNUAL-2024',
                          effectiveFrom: d('2024-01-01'),
                          model: 'CUSTOM' as const,
                          tiers: [],
                        },
                      ],
                    },
              ),
            },
      ),
    };
    const result = change({ catalog, planCode: 'PRO_ANNUAL', entries: [] });
    expect(result.ok && result.entry).toEqual(entry('2024-03-01', yuan(500), 'PRO_ANNUAL'));
  });

  it('R-CAT-2 a change in the past is refused, naming both dates; today is allowed', () => {
    expect(inEnglish(refusal(change({ effectiveFrom: d('2024-02-29') })))).toEqual({
      code: 'INVALID_INPUT',
      message:
        'A contract price cannot change in the past: 2024-02-29 is before today, 2024-03-01; choose today or a later date (R-CAT-2)',
      rules: ['R-CAT-2'],
      field: ['effectiveFrom'],
    });
    expect(change({ effectiveFrom: d('2024-03-01') }).ok).toBe(true);
  });

  it('R-CAT-2 R-MONEY-1 a price outside 1 fen … the cap is refused with the bounds in CNY', () => {
    for (const bad of [
      0,
      -1,
      0.5,
      Number.NaN,
      Number.POSITIVE_INFINITY,
      MAX_CONTRACT_UNIT_PRICE + 1,
    ]) {
      expect(inEnglish(refusal(change({ unitPrice: bad }))), String(bad)).toEqual({
        code: 'INVALID_INPUT',
        message:
          'A contract price must be a whole number of fen from ¥0.01 to ¥1,000,000.00 per seat per year (R-CAT-2, R-MONEY-1)',
        rules: ['R-CAT-2', 'R-MONEY-1'],
        field: ['unitPrice'],
      });
    }
  });

  it('R-CAT-2 R-MONEY-1 1 fen and exactly the cap are accepted', () => {
    const one = change({ unitPrice: 1 });
    expect(one.ok && one.entry.unitPrice).toBe(1);
    const cap = change({ unitPrice: MAX_CONTRACT_UNIT_PRICE });
    expect(cap.ok && cap.entry.unitPrice).toBe(MAX_CONTRACT_UNIT_PRICE);
  });

  it('R-CAT-2 ending a price nobody set is refused, saying there is nothing to do', () => {
    expect(inEnglish(refusal(change({ entries: [], unitPrice: null })))).toEqual({
      code: 'INVALID_STATE',
      message:
        'No contract price of Meeting Enterprise (contract price) is in force on 2024-03-01: there is nothing to end, so no action is needed (R-CAT-2)',
      rules: ['R-CAT-2'],
      field: ['effectiveFrom'],
    });
  });
});

describe('R-CAT-2 changing a contract price: the decision and its explanation', () => {
  it('R-CAT-2 ending a price explains what it was and what follows', () => {
    const ended = change({ unitPrice: null, effectiveFrom: d('2024-08-01') });
    if (!ended.ok) throw new Error(ended.refusal.message);
    expect(ended.previous).toBe(yuan(480));
    expect(ended.rules).toEqual(['R-CAT-2']);
    expect(ended.reason).toBe(
      'The contract price of Meeting Enterprise (contract price) (¥480.00 per seat per year) ends on 2024-08-01: from then on an operator must set a new one before it can be bought (R-CAT-2)',
    );
  });

  it('R-CAT-2 a first price says nothing about a previous one', () => {
    const first = change({ entries: [] });
    if (!first.ok) throw new Error(first.refusal.message);
    expect(first.previous).toBeNull();
    expect(first.rules).toEqual(['R-CAT-2']);
    expect(first.entry).toEqual(entry('2024-03-01', yuan(500)));
    expect(first.reason).toBe(
      'Meeting Enterprise (contract price): ¥500.00 per seat per year from 2024-03-01 (R-CAT-2: contract price)',
    );
  });
});
