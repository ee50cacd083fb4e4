import { describe, expect, it } from 'vitest';
import { eqqSubscription, promotedQidian } from '../test-support/priced-subscription.js';
import type { Catalog, Plan } from '../catalog/catalog-types.js';
import { DEMO_CATALOG } from '../catalog/demo-catalog.js';
import type { Outcome, Refusal } from '../explain/results.js';
import { yuan } from '../money/money.js';
import { parseDate } from '../time/business-date.js';
import type { PricedSubscription } from './priced-subscription.js';
import { priceRenewal, type RenewalPrice } from './renewal-price.js';
import { inEnglish } from '../test-support/refusal-english.js';

/** Conditions and explanations of renewal pricing that a wrong rule would slip past (found by mutation testing). */
const d = parseDate;

const sub = eqqSubscription;
const promoted = promotedQidian;

/** The demo catalog with one plan replaced. */
function withPlan(productCode: string, planCode: string, change: (plan: Plan) => Plan): Catalog {
  return {
    products: DEMO_CATALOG.products.map((p) =>
      p.code !== productCode
        ? p
        : { ...p, plans: p.plans.map((plan) => (plan.code === planCode ? change(plan) : plan)) },
    ),
  };
}

function renew(
  subscription: PricedSubscription,
  date: string,
  years = 1,
  catalog: Catalog = DEMO_CATALOG,
): Outcome<RenewalPrice> {
  return priceRenewal({ catalog, subscription, years, date: d(date) });
}

function priced(result: Outcome<RenewalPrice>): RenewalPrice {
  if (!result.ok) throw new Error(`refused: ${result.refusal.message}`);
  return result;
}

function refusal(result: Outcome<RenewalPrice>): Refusal {
  if (result.ok) throw new Error(`expected a refusal, got ${result.total}`);
  return result.refusal;
}

describe('R-RENEW-1 refusals explain what to do', () => {
  it('R-RENEW-1 R-LIFE-3 a recycled subscription is refused, naming its state and the way forward', () => {
    const r = refusal(renew(sub({ status: 'RECYCLED' }), '2021-04-20'));
    expect(inEnglish(r)).toEqual({
      code: 'INVALID_STATE',
      message:
        'Only an ACTIVE subscription or one in grace can be renewed; this one is RECYCLED: open a new subscription instead (R-RENEW-1, R-LIFE-2, R-LIFE-3)',
      rules: ['R-RENEW-1', 'R-LIFE-2', 'R-LIFE-3'],
    });
  });

  it('R-CAT-1 a plan or product gone from the catalog is refused, naming the plan', () => {
    const message =
      'The plan EQQ/GONE is no longer in the catalog: ask an operator to check the subscription (R-CAT-1)';
    expect(inEnglish(refusal(renew(sub({ planCode: 'GONE' }), '2021-04-20')))).toEqual({
      code: 'NOT_FOUND',
      message,
      rules: ['R-CAT-1'],
    });
    const noProduct = refusal(
      renew(sub({ productCode: 'NOPE' as PricedSubscription['productCode'] }), '2021-04-20'),
    );
    expect(noProduct.code).toBe('NOT_FOUND');
    expect(noProduct.message).toContain('The plan NOPE/SEATS is no longer in the catalog');
  });

  it('R-RENEW-2 a subscription without a paid period is refused, pointing to activation', () => {
    expect(inEnglish(refusal(renew(sub({ periodEnd: null }), '2021-04-20')))).toEqual({
      code: 'INVALID_STATE',
      message:
        'This subscription has no paid period to renew: activate it with activateSubscription first (R-RENEW-2)',
      rules: ['R-RENEW-2'],
    });
  });

  it('R-RENEW-2 the years refusal names R-RENEW-2 only', () => {
    const qidian = sub({ productCode: 'QIDIAN', periodEnd: d('2022-05-01') });
    expect(inEnglish(refusal(renew(qidian, '2022-04-20', 4)))).toEqual({
      code: 'INVALID_INPUT',
      message: 'This purchase takes 1 to 3 years, got 4: choose 1 to 3 years (R-RENEW-2)',
      rules: ['R-RENEW-2'],
      field: ['years'],
    });
  });

  it('R-CAT-4 the sunset refusal names R-CAT-4', () => {
    const r = refusal(renew(sub({ periodEnd: d('2021-11-15') }), '2021-10-28'));
    expect(r.rules).toEqual(['R-CAT-4']);
  });

  it('R-CAT-3 a seat count outside the plan is refused before pricing', () => {
    const r = refusal(renew(sub({ seats: 51 }), '2021-04-20'));
    expect(r.code).toBe('SEAT_LIMIT');
    expect(r.rules).toContain('R-CAT-3');
  });
});

describe('R-RENEW-3 R-CAT-1 the book in force on the renewal date', () => {
  it('R-CAT-1 no book in force on the renewal date → NOT_FOUND naming the plan and the date', () => {
    // A Qidian subscription renewed before Qidian's first book (2021-01-01).
    const qidian = sub({ productCode: 'QIDIAN', periodEnd: d('2021-01-15') });
    expect(inEnglish(refusal(renew(qidian, '2020-12-20')))).toEqual({
      code: 'NOT_FOUND',
      message:
        'No price book of plan SEATS is in force on 2020-12-20: choose a later date, or ask an operator to publish a price book for it (R-CAT-1)',
      rules: ['R-CAT-1'],
    });
  });

  it('R-RENEW-3 the result carries the rules, the line rules, the years and the purchase it records', () => {
    const result = priced(renew(sub({ seats: 12 }), '2021-04-20'));
    expect(result.rules).toEqual(['R-RENEW-2', 'R-RENEW-3', 'R-CAT-1', 'R-CAT-2', 'R-CAT-3']);
    expect(result.lines.map((l) => l.rules)).toEqual([['R-RENEW-3']]);
    expect(result.years).toBe(1);
    expect(result.bookId).toBe('EQQ-2010');
    expect(result.legacyPriceUsed).toBe(false);
    expect(result.promotionUsed).toBe(false);
    expect(result.subscription.lastPurchase).toEqual({
      bookId: 'EQQ-2010',
      tierMinSeats: 11,
      annualUnitPrice: yuan(950),
    });
  });

  it('R-CAT-2 a flat plan is described by the plan name, not by seats, and records no tier', () => {
    const flagship = sub({ productCode: 'MEETING', planCode: 'FLAGSHIP', seats: 1 });
    const result = priced(renew(flagship, '2021-04-20', 2));
    expect(result.lines[0]?.description).toBe('Meeting Flagship: ¥3,000.00 × 2 years');
    expect(result.reason).toMatch(
      /^Meeting Flagship: ¥3,000.00 × 2 years = ¥6,000.00 \(R-RENEW-3: price book MEETING-FLAGSHIP-2000 in force on 2021-04-20, .*; R-RENEW-2: 2021-05-01 to 2023-05-01\)$/,
    );
    expect(result.subscription.lastPurchase).toEqual({
      bookId: 'MEETING-FLAGSHIP-2000',
      tierMinSeats: null,
      annualUnitPrice: yuan(3000),
    });
  });

  it('R-CAT-2 R-LEGACY-1 a free opening book is never renewed, even when it grants legacy rights', () => {
    // An edition that was free when opened (granting legacy rights) and is paid since.
    const catalog = withPlan('EXMAIL', 'STANDARD', (plan) => ({
      ...plan,
      priceBooks: [
        {
          id: 'EXMAIL-STANDARD-FREE-1999',
          effectiveFrom: d('1999-01-01'),
          model: 'FREE',
          tiers: [],
          grantsLegacyRights: true,
        },
        { ...plan.priceBooks[0]!, effectiveFrom: d('2000-01-01') },
      ],
    }));
    const standard = sub({
      productCode: 'EXMAIL',
      planCode: 'STANDARD',
      seats: 5,
      openedOn: d('1999-06-01'),
    });
    const r = refusal(renew(standard, '2021-04-20', 1, catalog));
    expect(r.code).toBe('INVALID_STATE');
    expect(r.message).toContain('is a free plan');
  });
});

describe('R-LEGACY-1 the first renewal at the opening book is marked as such', () => {
  const legacy = sub({
    seats: 5,
    openedOn: d('2009-04-20'),
    periodEnd: d('2010-05-01'),
    lastPurchase: { bookId: 'EQQ-2000', tierMinSeats: 3, annualUnitPrice: yuan(800) },
  });

  it('R-LEGACY-1 the rules and the line name R-LEGACY-1 with R-RENEW-3', () => {
    const first = priced(renew(legacy, '2010-04-15'));
    expect(first.rules).toEqual([
      'R-RENEW-2',
      'R-RENEW-3',
      'R-CAT-1',
      'R-CAT-2',
      'R-CAT-3',
      'R-LEGACY-1',
    ]);
    expect(first.lines.map((l) => l.rules)).toEqual([['R-RENEW-3', 'R-LEGACY-1']]);
    expect(first.subscription.lastPurchase).toEqual({
      bookId: 'EQQ-2000',
      tierMinSeats: 3,
      annualUnitPrice: yuan(800),
    });
  });

  it('R-LEGACY-1 R-LEGACY-2 a used add-seat right stays used after the first renewal', () => {
    const first = priced(
      renew(
        { ...legacy, legacy: { firstRenewalUsed: false, addSeatPurchaseUsed: true } },
        '2010-04-15',
      ),
    );
    expect(first.subscription.legacy).toEqual({
      firstRenewalUsed: true,
      addSeatPurchaseUsed: true,
    });
  });

  it('R-LEGACY-1 once the first renewal is used the rights are kept as they are', () => {
    const rights = { firstRenewalUsed: true, addSeatPurchaseUsed: false };
    const second = priced(renew({ ...legacy, legacy: rights }, '2010-04-15'));
    expect(second.bookId).toBe('EQQ-2010');
    expect(second.subscription.legacy).toEqual(rights);
  });

  it('R-LEGACY-1 R-MIG-1 a migrated subscription (no promotion) renews at the book in force, not at a legacy opening book', () => {
    // Qidian with a rights-granting book before 2010 (demo): the right belongs to EQQ openings only.
    const catalog = withPlan('QIDIAN', 'SEATS', (plan) => ({
      ...plan,
      priceBooks: [
        {
          id: 'QIDIAN-2000',
          effectiveFrom: d('2000-01-01'),
          model: 'PER_SEAT_VOLUME',
          tiers: [
            { minSeats: 3, maxSeats: 50, annualUnitPrice: yuan(500), monthlyUnitPrice: yuan(50) },
          ],
          grantsLegacyRights: true,
        },
        ...plan.priceBooks,
      ],
    }));
    const late = sub({
      productCode: 'QIDIAN',
      openedOn: d('2009-04-20'),
      periodEnd: d('2022-05-01'),
      migration: {
        fromProductCode: 'EQQ',
        fromPlanCode: 'SEATS',
        upgradedOn: d('2022-01-10'),
        promotion: false,
        legacySeats: 0,
        legacyUnitPrice: yuan(1000),
        originalBookId: 'EQQ-2000',
      },
    });
    const result = priced(renew(late, '2022-04-20', 1, catalog));
    expect(result.bookId).toBe('QIDIAN-2021');
    expect(result.total).toBe(yuan(3600));
    expect(result.legacyPriceUsed).toBe(false);
  });
});

describe('R-MIG-3 promotion renewals', () => {
  it('R-MIG-3 only legacy seats: one line, no market part, in the reason', () => {
    const result = priced(renew(promoted(3, 3), '2022-04-20'));
    expect(result.total).toBe(yuan(3000));
    expect(result.lines).toEqual([
      {
        description: '3 legacy seats × ¥1,000.00 × 1 year',
        message: {
          key: 'line.legacySeatsYears',
          params: { seats: 3, unitPrice: { fen: yuan(1000) }, years: 1 },
        },
        quantity: 3,
        months: null,
        unitPrice: yuan(1000),
        amount: yuan(3000),
        rules: ['R-MIG-2', 'R-MIG-3'],
      },
    ]);
    expect(result.reason).toBe(
      '3 legacy seats × ¥1,000.00 × 1 year = ¥3,000.00 (R-MIG-3: original-price promotion, market tier 3–10 of price book QIDIAN-2021; R-RENEW-2: 2022-05-01 to 2023-05-01)',
    );
  });

  it('R-MIG-3 only market seats (E = 0): one line at the Qidian tier price', () => {
    const result = priced(renew(promoted(8, 0), '2022-04-20', 2));
    expect(result.total).toBe(yuan(8 * 1200 * 2));
    expect(result.lines).toEqual([
      {
        description: '8 seats × ¥1,200.00 × 2 years',
        message: {
          key: 'line.seatsYears',
          params: { seats: 8, unitPrice: { fen: yuan(1200) }, years: 2 },
        },
        quantity: 8,
        months: null,
        unitPrice: yuan(1200),
        amount: yuan(19_200),
        rules: ['R-MIG-3', 'R-RENEW-3'],
      },
    ]);
    expect(result.reason).toBe(
      '8 seats × ¥1,200.00 × 2 years = ¥19,200.00 (R-MIG-3: original-price promotion, market tier 3–10 of price book QIDIAN-2021; R-RENEW-2: 2022-05-01 to 2024-05-01)',
    );
  });

  it('R-MIG-3 one legacy seat is written in the singular', () => {
    const result = priced(renew(promoted(4, 1), '2022-04-20'));
    expect(result.total).toBe(yuan(1000 + 3 * 1200));
    expect(result.lines[0]?.description).toBe('1 legacy seat × ¥1,000.00 × 1 year');
    expect(
      result.reason.startsWith('(1 legacy seat × ¥1,000.00 + 3 seats × ¥1,200.00) × 1 year'),
    ).toBe(true);
  });

  it('R-MIG-3 R-MIG-4 E is never more than the total seats', () => {
    const result = priced(renew(promoted(4, 6), '2022-04-20'));
    expect(result.total).toBe(yuan(4000));
    expect(result.lines.map((l) => l.quantity)).toEqual([4]);
  });

  it('R-MIG-3 the result names the promotion rules and records the Qidian market purchase', () => {
    const result = priced(renew(promoted(6, 3), '2022-04-20'));
    expect(result.rules).toEqual([
      'R-RENEW-2',
      'R-MIG-3',
      'R-MIG-2',
      'R-RENEW-3',
      'R-CAT-1',
      'R-CAT-3',
    ]);
    expect(result.bookId).toBe('QIDIAN-2021');
    expect([result.periodStart, result.periodEnd, result.years]).toEqual([
      '2022-05-01',
      '2023-05-01',
      1,
    ]);
    expect(result.legacyPriceUsed).toBe(false);
    expect(result.promotionUsed).toBe(true);
    expect(result.subscription.lastPurchase).toEqual({
      bookId: 'QIDIAN-2021',
      tierMinSeats: 3,
      annualUnitPrice: yuan(1200),
    });
    expect(result.subscription.periodEnd).toBe('2023-05-01');
    expect(result.subscription.legacy.firstRenewalUsed).toBe(true);
  });

  it('R-MIG-3 R-CAT-1 no Qidian book in force on the renewal date → NOT_FOUND naming the date', () => {
    const r = refusal(renew({ ...promoted(6, 3), periodEnd: d('2021-01-10') }, '2020-12-20'));
    expect(inEnglish(r)).toEqual({
      code: 'NOT_FOUND',
      message:
        'No price book of plan SEATS is in force on 2020-12-20: choose a later date, or ask an operator to publish a price book for it (R-CAT-1)',
      rules: ['R-CAT-1'],
    });
  });

  it('R-MIG-3 R-CAT-2 no market tier for the total → SEAT_LIMIT naming the book and the count', () => {
    // A Qidian book whose tiers stop at 10 seats while the plan allows 50 (demo).
    const catalog = withPlan('QIDIAN', 'SEATS', (plan) => ({
      ...plan,
      priceBooks: plan.priceBooks.map((book) => ({ ...book, tiers: book.tiers.slice(0, 1) })),
    }));
    const r = refusal(renew(promoted(12, 3), '2022-04-20', 1, catalog));
    expect(inEnglish(r)).toEqual({
      code: 'SEAT_LIMIT',
      message:
        'No tier of price book QIDIAN-2021 contains 12 seats: change the seat count first, or ask an operator about a contract price (R-CAT-2)',
      rules: ['R-CAT-2'],
      field: ['seats'],
    });
  });
});
