import { describe, expect, it } from 'vitest';
import { DEMO_CATALOG } from '../catalog/demo-catalog.js';
import { priceOpening } from '../pricing/opening-price.js';
import { priceRenewal } from '../pricing/renewal-price.js';
import { parseDate } from '../time/business-date.js';
import { repriceOrder } from './order-repricing.js';

const d = parseDate;

function opening(seats: number, years: number) {
  const priced = priceOpening({
    catalog: DEMO_CATALOG,
    productCode: 'QIDIAN',
    planCode: 'SEATS',
    seats,
    years,
    orderDate: d('2021-04-20'),
  });
  if (!priced.ok) throw new Error(priced.refusal.message);
  return priced;
}

describe('repriceOrder', () => {
  it('R-REF-DUPLICATE R-OPEN-1 R-CAT-1 an opening ordered for 3 years is priced for the 1 year meant, on its own order date', () => {
    const ordered = opening(5, 3);
    const corrected = repriceOrder(
      DEMO_CATALOG,
      {
        kind: 'NEW_SUBSCRIPTION',
        orderDate: d('2021-04-20'),
        periodStart: null,
        rules: ordered.rules,
        pricing: { subscription: ordered.subscription },
      },
      1,
      5,
    );
    expect(corrected.ok && corrected.value.total).toBe(opening(5, 1).total);
    expect(corrected.ok && corrected.value.total).toBeLessThan(ordered.total);
    expect(corrected.ok && corrected.value.period).toBeNull();
  });

  it('R-REF-DUPLICATE R-RENEW-2 a renewal is priced again from the previous period end it continued from', () => {
    const active = {
      ...opening(5, 1).subscription,
      status: 'ACTIVE' as const,
      periodEnd: d('2022-05-01'),
    };
    const ordered = priceRenewal({
      catalog: DEMO_CATALOG,
      subscription: active,
      years: 2,
      date: d('2022-04-20'),
    });
    if (!ordered.ok) throw new Error(ordered.refusal.message);
    const corrected = repriceOrder(
      DEMO_CATALOG,
      {
        kind: 'RENEWAL',
        orderDate: d('2022-04-20'),
        periodStart: d('2022-05-01'),
        rules: ordered.rules,
        pricing: { subscription: ordered.subscription },
      },
      1,
      5,
    );
    expect(corrected.ok).toBe(true);
    if (!corrected.ok) return;
    expect(corrected.value.period).toEqual({ start: '2022-05-01', end: '2023-05-01' });
    expect(corrected.value.total).toBeLessThan(ordered.total);
  });

  it('R-REF-DUPLICATE an order stored without its pricing state cannot be corrected', () => {
    const refused = repriceOrder(
      DEMO_CATALOG,
      { kind: 'RENEWAL', orderDate: d('2022-04-20'), periodStart: null, rules: [], pricing: {} },
      1,
      5,
    );
    expect(refused).toMatchObject({
      ok: false,
      refusal: { code: 'INVALID_STATE', rules: ['R-REF-DUPLICATE'] },
    });
  });
});
