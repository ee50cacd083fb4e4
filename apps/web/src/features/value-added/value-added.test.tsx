import { describe, expect, it } from 'vitest';
import { subscriptionProducts, valueAddedItems } from './value-added-items.js';
import { valueAddedItemLabel } from './value-added-section.js';

const catalog = [
  { code: 'EQQ', oneOff: false, plans: [{ code: 'SEATS', name: 'Seats', unit: null }] },
  {
    code: 'VAS',
    oneOff: true,
    plans: [
      { code: 'SMS', name: 'SMS quota', unit: '1,000 SMS' },
      { code: 'BOT', name: 'Chat bot', unit: null },
    ],
  },
];

describe('value-added items (section 1.4)', () => {
  it('R-CAT-2 lists the one-off products’ items, and only the others as subscriptions', () => {
    expect(valueAddedItems(catalog)).toEqual([
      { code: 'SMS', name: 'SMS quota', unit: '1,000 SMS' },
      { code: 'BOT', name: 'Chat bot', unit: null },
    ]);
    expect(subscriptionProducts(catalog).map((product) => product.code)).toEqual(['EQQ']);
  });

  it('R-CAT-2 labels an item with what one unit buys, as the catalog says it', () => {
    expect(valueAddedItemLabel({ code: 'SMS', name: 'SMS quota', unit: '1,000 SMS' })).toBe(
      'SMS quota (1,000 SMS)',
    );
    expect(valueAddedItemLabel({ code: 'BOT', name: 'Chat bot', unit: null })).toBe('Chat bot');
  });
});
