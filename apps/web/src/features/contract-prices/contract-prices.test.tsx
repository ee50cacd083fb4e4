import { describe, expect, it } from 'vitest';
import { renderHtml } from '../../components/test-render.js';
import type { ContractPriceRowFragment } from '../../gql/graphql.js';
import { contractPricedPlans } from './contract-priced-plans.js';
import { ContractPricesTable } from './contract-prices-table.js';

const prices: ContractPriceRowFragment[] = [
  {
    productCode: 'MEETING',
    planCode: 'ENTERPRISE',
    unitPrice: { amount: '480.00', currency: 'CNY' },
    effectiveFrom: '2024-03-01',
    endsOn: '2024-09-01',
    inForce: true,
  },
  {
    productCode: 'MEETING',
    planCode: 'ENTERPRISE',
    unitPrice: { amount: '600.00', currency: 'CNY' },
    effectiveFrom: '2024-09-01',
    endsOn: null,
    inForce: false,
  },
];

describe('ContractPricesTable (R-CAT-2)', () => {
  it('R-CAT-2 shows each price with its span as the API answers it, and offers to end only the open one', () => {
    const html = renderHtml(
      <ContractPricesTable prices={prices} renderEnd={() => <button>end</button>} />,
    );
    expect(html).toContain('¥480.00');
    expect(html).toContain('¥600.00');
    expect(html).toContain('In force');
    expect(html).toContain('Not in force');
    expect(html).toContain('No end');
    expect(html.split('<button>end</button>')).toHaveLength(2);
  });

  it('R-CAT-2 says when no price is set, in both languages', () => {
    expect(renderHtml(<ContractPricesTable prices={[]} />)).toContain(
      'No contract price is set for this account.',
    );
    expect(renderHtml(<ContractPricesTable prices={[]} />, 'zh-CN')).toContain('尚未设置合同价');
  });

  it('R-CAT-2 offers only plans with a CUSTOM price book', () => {
    const catalog = [
      {
        code: 'MEETING',
        name: 'Meeting',
        plans: [
          { code: 'PRO_ANNUAL', name: 'Pro', priceBooks: [{ model: 'FLAT' }] },
          { code: 'ENTERPRISE', name: 'Enterprise', priceBooks: [{ model: 'CUSTOM' }] },
        ],
      },
    ];
    expect(contractPricedPlans(catalog)).toEqual([
      { productCode: 'MEETING', planCode: 'ENTERPRISE', label: 'Meeting — Enterprise' },
    ]);
  });
});
