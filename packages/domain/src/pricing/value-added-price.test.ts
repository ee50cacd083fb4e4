import { describe, expect, it } from 'vitest';
import { DEMO_CATALOG } from '../catalog/demo-catalog.js';
import { yuan } from '../money/money.js';
import { parseDate } from '../time/business-date.js';
import { MAX_VALUE_ADDED_QUANTITY, priceValueAdded } from './value-added-price.js';

const orderDate = parseDate('2024-03-01');

describe('R-CAT-2 value-added one-off items', () => {
  it('R-CAT-2 quantity × one-off price: 3 SMS packs × 100 = ¥300.00, non-refundable', () => {
    const result = priceValueAdded({
      catalog: DEMO_CATALOG,
      planCode: 'SMS',
      quantity: 3,
      orderDate,
    });
    expect(result.ok && result.total).toBe(yuan(300));
    expect(result.ok && result.reason).toBe(
      '3 × SMS quota (1,000 SMS) × ¥100.00 = ¥300.00 (R-CAT-1: price book VAS-SMS-2000; R-REF-NONREF: one-off, non-refundable)',
    );
    expect(result.ok && result.rules).toContain('R-REF-NONREF');
  });

  it('R-CAT-2 refuses a zero quantity, an unknown item and a subscription product', () => {
    const zero = priceValueAdded({
      catalog: DEMO_CATALOG,
      planCode: 'BOT',
      quantity: 0,
      orderDate,
    });
    expect(!zero.ok && zero.refusal.code).toBe('INVALID_INPUT');
    const unknown = priceValueAdded({
      catalog: DEMO_CATALOG,
      planCode: 'NOPE',
      quantity: 1,
      orderDate,
    });
    expect(!unknown.ok && unknown.refusal.code).toBe('NOT_FOUND');
    const eqq = priceValueAdded({
      catalog: DEMO_CATALOG,
      productCode: 'EQQ',
      planCode: 'SEATS',
      quantity: 1,
      orderDate,
    });
    expect(!eqq.ok && eqq.refusal.code).toBe('INVALID_INPUT');
  });
});

describe('R-CAT-2 value-added quantities', () => {
  const price = (quantity: number) =>
    priceValueAdded({ catalog: DEMO_CATALOG, planCode: 'CUSTOMER_LIBRARY', quantity, orderDate });

  it('R-CAT-2 a quantity from 1 to 1,000 is priced; above, fractional or negative → INVALID_INPUT on quantity', () => {
    const one = price(1);
    expect(one.ok && one.total).toBe(yuan(500));
    const most = price(MAX_VALUE_ADDED_QUANTITY);
    expect(most.ok && most.total).toBe(yuan(500 * MAX_VALUE_ADDED_QUANTITY));
    for (const bad of [MAX_VALUE_ADDED_QUANTITY + 1, 1.5, -2]) {
      const refused = price(bad);
      expect(!refused.ok && refused.refusal.code).toBe('INVALID_INPUT');
      expect(!refused.ok && refused.refusal.field).toEqual(['quantity']);
    }
  });

  it('R-CAT-2 R-REF-NONREF every line carries the non-refundable rule', () => {
    const result = price(2);
    expect(result.ok && result.lines[0]?.rules).toEqual(['R-CAT-1', 'R-CAT-2', 'R-REF-NONREF']);
    expect(result.ok && result.lines[0]?.quantity).toBe(2);
  });
});
