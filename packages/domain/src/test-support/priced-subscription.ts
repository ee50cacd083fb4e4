import { yuan } from '../money/money.js';
import type { PricedSubscription, SubscriptionMigration } from '../pricing/priced-subscription.js';
import { parseDate } from '../time/business-date.js';

/**
 * An active 3-seat EQQ subscription bought on EQQ-2010 (tier 3–10, ¥1,000.00 a seat a year),
 * its period ending 2021-05-01; `overrides` change what a test needs.
 */
export function eqqSubscription(overrides: Partial<PricedSubscription> = {}): PricedSubscription {
  return {
    productCode: 'EQQ',
    planCode: 'SEATS',
    seats: 3,
    status: 'ACTIVE',
    periodEnd: parseDate('2021-05-01'),
    openedOn: parseDate('2020-04-20'),
    legacy: { firstRenewalUsed: false, addSeatPurchaseUsed: false },
    lastPurchase: { bookId: 'EQQ-2010', tierMinSeats: 3, annualUnitPrice: yuan(1000) },
    migration: null,
    customUnitPrice: null,
    ...overrides,
  };
}

/** A Qidian subscription upgraded from EQQ under the promotion (R-MIG-1, R-MIG-2) on 2021-11-01. */
export function promotedQidian(seats: number, legacySeats: number): PricedSubscription {
  const migration: SubscriptionMigration = {
    fromProductCode: 'EQQ',
    fromPlanCode: 'SEATS',
    upgradedOn: parseDate('2021-11-01'),
    promotion: true,
    legacySeats,
    legacyUnitPrice: yuan(1000),
    originalBookId: 'EQQ-2010',
  };
  return eqqSubscription({
    productCode: 'QIDIAN',
    seats,
    periodEnd: parseDate('2022-05-01'),
    openedOn: parseDate('2021-04-20'),
    migration,
  });
}
