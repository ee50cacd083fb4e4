import { describe, expect, it } from 'vitest';
import { DEMO_CATALOG } from '../catalog/demo-catalog.js';
import type { SubscriptionStatus } from '../core/codes.js';
import type { Outcome, Refusal } from '../explain/results.js';
import { yuan } from '../money/money.js';
import { parseDate } from '../time/business-date.js';
import { priceAddSeats } from './add-seats-price.js';
import type { PricedSubscription } from './priced-subscription.js';
import { priceRenewal, type RenewalPrice } from './renewal-price.js';
import { removeSeats } from './seat-removal.js';

const d = parseDate;

function sub(overrides: Partial<PricedSubscription> = {}): PricedSubscription {
  return {
    productCode: 'EQQ',
    planCode: 'SEATS',
    seats: 3,
    status: 'ACTIVE',
    periodEnd: d('2021-05-01'),
    openedOn: d('2020-04-20'),
    legacy: { firstRenewalUsed: false, addSeatPurchaseUsed: false },
    lastPurchase: { bookId: 'EQQ-2010', tierMinSeats: 3, annualUnitPrice: yuan(1000) },
    migration: null,
    customUnitPrice: null,
    ...overrides,
  };
}

function renew(subscription: PricedSubscription, date: string, years = 1): Outcome<RenewalPrice> {
  return priceRenewal({ catalog: DEMO_CATALOG, subscription, years, date: d(date) });
}

function priced(result: Outcome<RenewalPrice>): RenewalPrice {
  if (!result.ok) throw new Error(`refused: ${result.refusal.message}`);
  return result;
}

function refusal(result: Outcome<RenewalPrice>): Refusal {
  if (result.ok) throw new Error(`expected a refusal, got ${result.total}`);
  return result.refusal;
}

describe('R-RENEW-3 renewal = total seats × tier price for the total, book in force', () => {
  it('R-RENEW-3 spec: 3 seats → ¥3,000.00', () => {
    const result = priced(renew(sub(), '2021-04-20'));
    expect(result.total).toBe(yuan(3000));
    expect(result.reason).toBe(
      '3 seats × ¥1,000.00 × 1 year = ¥3,000.00 (R-RENEW-3: price book EQQ-2010 in force on 2021-04-20, tier 3–10; R-RENEW-2: 2021-05-01 to 2022-05-01)',
    );
    expect(result.lines).toEqual([
      {
        description: '3 seats × ¥1,000.00 × 1 year',
        message: {
          key: 'line.seatsYears',
          params: { seats: 3, unitPrice: { fen: yuan(1000) }, years: 1 },
        },
        quantity: 3,
        months: null,
        unitPrice: yuan(1000),
        amount: yuan(3000),
        rules: ['R-RENEW-3'],
      },
    ]);
  });

  it('R-RENEW-3 spec: 5 seats grown to 11 → 11 × 950 = ¥10,450.00', () => {
    const five = sub({ seats: 5, periodEnd: d('2021-10-01') });
    const grown = priceAddSeats({
      catalog: DEMO_CATALOG,
      subscription: five,
      addSeats: 6,
      date: d('2021-05-01'),
    });
    if (!grown.ok) throw new Error(grown.refusal.message);
    const result = priced(renew(grown.subscription, '2021-09-15'));
    expect(result.total).toBe(yuan(10_450));
    expect(result.reason.startsWith('11 seats × ¥950.00 × 1 year = ¥10,450.00')).toBe(true);
  });

  it('R-RENEW-3 R-SEAT-5 after a removal the renewal bills the lower count', () => {
    const removed = removeSeats({
      catalog: DEMO_CATALOG,
      subscription: sub({ seats: 12 }),
      removeSeats: 2,
      date: d('2021-03-01'),
    });
    if (!removed.ok) throw new Error(removed.refusal.message);
    expect(priced(renew(removed.subscription, '2021-04-20')).total).toBe(yuan(10 * 1000));
  });

  it('R-RENEW-3 R-CAT-1 priced by the book in force on the renewal date, not the opening one', () => {
    // A later Qidian book (demo) applies from its effective date on.
    const catalog = {
      products: DEMO_CATALOG.products.map((p) =>
        p.code !== 'QIDIAN'
          ? p
          : {
              ...p,
              plans: p.plans.map((plan) => ({
                ...plan,
                priceBooks: [
                  ...plan.priceBooks,
                  {
                    id: 'QIDIAN-2023',
                    effectiveFrom: d('2023-01-01'),
                    model: 'PER_SEAT_VOLUME' as const,
                    tiers: [
                      {
                        minSeats: 3,
                        maxSeats: 50,
                        annualUnitPrice: yuan(1300),
                        monthlyUnitPrice: yuan(130),
                      },
                    ],
                  },
                ],
              })),
            },
      ),
    };
    const qidian = sub({
      productCode: 'QIDIAN',
      periodEnd: d('2023-01-10'),
      openedOn: d('2021-12-01'),
    });
    const before = priceRenewal({ catalog, subscription: qidian, years: 1, date: d('2022-12-31') });
    const after = priceRenewal({ catalog, subscription: qidian, years: 1, date: d('2023-01-01') });
    expect(before.ok && before.total).toBe(yuan(3600));
    expect(after.ok && after.total).toBe(yuan(3900));
  });
});

describe('R-RENEW-2 a renewal extends from the previous period end', () => {
  it('R-RENEW-2 spec: period ends 2022-05-01, renewal paid 2022-05-20 in grace → [2022-05-01, 2023-05-01)', () => {
    const qidian = sub({ productCode: 'QIDIAN', status: 'GRACE', periodEnd: d('2022-05-01') });
    const result = priced(renew(qidian, '2022-05-20'));
    expect(result.periodStart).toBe('2022-05-01');
    expect(result.periodEnd).toBe('2023-05-01');
    expect(result.subscription.periodEnd).toBe('2023-05-01');
    expect(result.subscription.status).toBe('GRACE'); // the lifecycle rules restore ACTIVE
  });

  it('R-RENEW-2 renewing early still starts at the period end', () => {
    const result = priced(renew(sub(), '2021-04-01'));
    expect([result.periodStart, result.periodEnd]).toEqual(['2021-05-01', '2022-05-01']);
  });

  it('R-RENEW-2 EQQ renews exactly 1 year: 2 → INVALID_INPUT on years', () => {
    const r = refusal(renew(sub(), '2021-04-20', 2));
    expect(r.code).toBe('INVALID_INPUT');
    expect(r.field).toEqual(['years']);
    expect(r.message).toBe(
      'This purchase takes exactly 1 year, got 2: choose exactly 1 year (R-RENEW-2)',
    );
  });

  it('R-RENEW-2 other products renew 1 to 3 years: Qidian 3 years = 3 × 3 × 1,200; 0 and 4 refused', () => {
    const qidian = sub({ productCode: 'QIDIAN', periodEnd: d('2022-05-01') });
    const three = priced(renew(qidian, '2022-04-20', 3));
    expect(three.total).toBe(yuan(10_800));
    expect(three.periodEnd).toBe('2025-05-01');
    expect(refusal(renew(qidian, '2022-04-20', 4)).code).toBe('INVALID_INPUT');
    expect(refusal(renew(qidian, '2022-04-20', 0)).code).toBe('INVALID_INPUT');
  });

  it('R-RENEW-2 R-TIME-2 a Feb 29 period end renews to Feb 28', () => {
    const qidian = sub({ productCode: 'QIDIAN', periodEnd: d('2024-02-29') });
    expect(priced(renew(qidian, '2024-02-01')).periodEnd).toBe('2025-02-28');
  });

  it('R-RENEW-2 only ACTIVE or GRACE subscriptions renew; others → INVALID_STATE', () => {
    const refused: SubscriptionStatus[] = [
      'PENDING_ACTIVATION',
      'RECYCLED',
      'SUSPENDED',
      'TERMINATED',
    ];
    for (const status of refused)
      expect(refusal(renew(sub({ status }), '2021-04-20')).code, status).toBe('INVALID_STATE');
    expect(priced(renew(sub({ status: 'GRACE' }), '2021-05-20')).total).toBe(yuan(3000));
    expect(refusal(renew(sub({ periodEnd: null }), '2021-04-20')).code).toBe('INVALID_STATE');
  });
});

describe('R-CAT-4 sunset refuses renewals', () => {
  it('R-CAT-4 EQQ renews on 2021-10-27, refuses from 2021-10-28', () => {
    const s = sub({ periodEnd: d('2021-11-15') });
    expect(priced(renew(s, '2021-10-27')).total).toBe(yuan(3000));
    const r = refusal(renew(s, '2021-10-28'));
    expect(r.code).toBe('PRODUCT_SUNSET');
    expect(r.message).toBe(
      'Enterprise QQ takes no renewals on or after 2021-10-28: use the service until it ends, or open a subscription to another product (R-CAT-4)',
    );
  });
});

describe('R-LEGACY-1 first renewal of a pre-2010 customer at the opening book', () => {
  const legacy = sub({
    seats: 5,
    openedOn: d('2009-04-20'),
    periodEnd: d('2010-05-01'),
    lastPurchase: { bookId: 'EQQ-2000', tierMinSeats: 3, annualUnitPrice: yuan(800) },
  });

  it('R-LEGACY-1 first renewal after 2010-03-01: 5 × 800 = 4,000 from EQQ-2000', () => {
    const first = priced(renew(legacy, '2010-04-15'));
    expect(first.total).toBe(yuan(4000));
    expect(first.bookId).toBe('EQQ-2000');
    expect(first.legacyPriceUsed).toBe(true);
    expect(first.rules).toContain('R-LEGACY-1');
    expect(first.reason).toBe(
      '5 seats × ¥800.00 × 1 year = ¥4,000.00 (R-LEGACY-1: first renewal at the opening price book EQQ-2000, tier 3–50; R-RENEW-2: 2010-05-01 to 2011-05-01)',
    );
    expect(first.subscription.legacy).toEqual({
      firstRenewalUsed: true,
      addSeatPurchaseUsed: false,
    });
  });

  it('R-LEGACY-1 later renewals use the book in force: 5 × 1,000 = 5,000', () => {
    const first = priced(renew(legacy, '2010-04-15'));
    const second = priced(renew(first.subscription, '2011-04-15'));
    expect(second.total).toBe(yuan(5000));
    expect(second.bookId).toBe('EQQ-2010');
    expect(second.rules).not.toContain('R-LEGACY-1');
  });

  it('R-LEGACY-1 an opening on 2010-03-01 gets no legacy renewal', () => {
    const result = priced(
      renew(sub({ seats: 5, openedOn: d('2010-03-01'), periodEnd: d('2011-03-01') }), '2011-02-15'),
    );
    expect(result.total).toBe(yuan(5000));
    expect(result.legacyPriceUsed).toBe(false);
  });

  it('R-LEGACY-1 opened 2010-02-28 (last day of the old book) keeps the right', () => {
    const result = priced(
      renew(sub({ seats: 5, openedOn: d('2010-02-28'), periodEnd: d('2011-03-01') }), '2011-02-15'),
    );
    expect(result.total).toBe(yuan(4000));
  });
});

describe('R-CAT-2 renewal of other models', () => {
  it('R-CAT-2 Meeting Flagship flat: 3,000 × 2 years; a free plan has nothing to renew', () => {
    const flagship = sub({ productCode: 'MEETING', planCode: 'FLAGSHIP', seats: 1 });
    expect(priced(renew(flagship, '2021-04-20', 2)).total).toBe(yuan(6000));
    expect(
      refusal(renew(sub({ productCode: 'EXMAIL', planCode: 'FREE' }), '2021-04-20')).code,
    ).toBe('INVALID_STATE');
  });

  it('R-CAT-2 Meeting Enterprise renews at the contract price', () => {
    const enterprise = sub({
      productCode: 'MEETING',
      planCode: 'ENTERPRISE',
      seats: 10,
      customUnitPrice: yuan(480),
    });
    expect(priced(renew(enterprise, '2021-04-20')).total).toBe(yuan(4800));
    const none = refusal(renew({ ...enterprise, customUnitPrice: null }, '2021-04-20'));
    expect(none.code).toBe('INVALID_STATE');
    expect(none.message).toContain('an operator must set the contract price');
  });
});
