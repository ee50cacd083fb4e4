import { describe, expect, it } from 'vitest';
import { DEMO_CATALOG } from '../catalog/demo-catalog.js';
import { renderMessage } from '../explain/messages.js';
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
import { priceRenewal } from './renewal-price.js';

const d = parseDate;
const entry = (effectiveFrom: string, unitPrice: number | null): ContractPriceEntry => ({
  productCode: 'MEETING',
  planCode: 'ENTERPRISE',
  effectiveFrom: d(effectiveFrom),
  unitPrice,
});
const history = [
  entry('2024-01-01', yuan(480)),
  entry('2024-07-01', yuan(450)),
  entry('2025-01-01', null),
];

function refusal<T>(outcome: Outcome<T>): Refusal {
  if (outcome.ok) throw new Error('expected a refusal');
  return outcome.refusal;
}

const change = (overrides: Partial<Parameters<typeof changeContractPrice>[0]> = {}) =>
  changeContractPrice({
    catalog: DEMO_CATALOG,
    entries: history,
    productCode: 'MEETING',
    planCode: 'ENTERPRISE',
    unitPrice: yuan(500),
    effectiveFrom: d('2024-03-01'),
    today: d('2024-03-01'),
    ...overrides,
  });

describe('R-CAT-2 contract prices', () => {
  it('R-CAT-2 the price in force is the latest entry on or before the date; an end entry means none', () => {
    const inForce = (date: string) =>
      contractPriceInForce(history, 'MEETING', 'ENTERPRISE', d(date));
    expect(inForce('2023-12-31')).toBeNull();
    expect(inForce('2024-01-01')).toBe(yuan(480));
    expect(inForce('2024-06-30')).toBe(yuan(480));
    expect(inForce('2024-07-01')).toBe(yuan(450));
    expect(inForce('2025-01-01')).toBeNull();
    expect(contractPriceInForce(history, 'MEETING', 'PRO_ANNUAL', d('2024-08-01'))).toBeNull();
  });

  it('R-CAT-2 periods list each price with its exclusive end, ends hidden', () => {
    expect(contractPricePeriods([...history].reverse())).toEqual([
      {
        productCode: 'MEETING',
        planCode: 'ENTERPRISE',
        unitPrice: yuan(480),
        effectiveFrom: '2024-01-01',
        endsOn: '2024-07-01',
      },
      {
        productCode: 'MEETING',
        planCode: 'ENTERPRISE',
        unitPrice: yuan(450),
        effectiveFrom: '2024-07-01',
        endsOn: '2025-01-01',
      },
    ]);
    expect(contractPricePeriods([entry('2024-01-01', 100)])[0]?.endsOn).toBeNull();
  });

  it('R-CAT-2 a subscription renews at the price in force on the renewal date', () => {
    const sub: PricedSubscription = {
      productCode: 'MEETING',
      planCode: 'ENTERPRISE',
      seats: 10,
      status: 'ACTIVE',
      periodEnd: d('2024-09-01'),
      openedOn: d('2023-09-01'),
      legacy: { firstRenewalUsed: false, addSeatPurchaseUsed: false },
      lastPurchase: {
        bookId: 'MEETING-ENTERPRISE-2000',
        tierMinSeats: null,
        annualUnitPrice: yuan(480),
      },
      migration: null,
      customUnitPrice: yuan(480),
    };
    const renewal = priceRenewal({
      catalog: DEMO_CATALOG,
      subscription: atContractPrice(sub, history, d('2024-08-01')),
      years: 1,
      date: d('2024-08-01'),
    });
    expect(renewal.ok && renewal.total).toBe(yuan(4500));
    const ended = priceRenewal({
      catalog: DEMO_CATALOG,
      subscription: atContractPrice(
        { ...sub, periodEnd: d('2025-02-01') },
        history,
        d('2025-01-10'),
      ),
      years: 1,
      date: d('2025-01-10'),
    });
    expect(refusal(ended).message).toContain('an operator must set the contract price');
    // No entries for the plan: the subscription is left as it is.
    expect(atContractPrice(sub, [], d('2024-08-01'))).toBe(sub);
  });

  it('R-CAT-2 R-MONEY-1 set/change: a contract-priced plan, 1 fen to the cap, from today on', () => {
    const ok = change();
    expect(ok.ok && ok.entry.unitPrice).toBe(yuan(500));
    expect(ok.ok && ok.previous).toBe(yuan(480));
    expect(ok.ok && ok.reason).toBe(
      'Meeting Enterprise (contract price): ¥500.00 per seat per year from 2024-03-01 (was ¥480.00) (R-CAT-2: contract price)',
    );
    expect(change({ unitPrice: MAX_CONTRACT_UNIT_PRICE }).ok).toBe(true);
    for (const bad of [0, -1, 0.5, MAX_CONTRACT_UNIT_PRICE + 1]) {
      expect(refusal(change({ unitPrice: bad })).field).toEqual(['unitPrice']);
    }
    expect(refusal(change({ effectiveFrom: d('2024-02-29') })).field).toEqual(['effectiveFrom']);
    expect(refusal(change({ planCode: 'PRO_ANNUAL' })).field).toEqual(['planCode']);
    expect(refusal(change({ planCode: 'NOPE' })).code).toBe('NOT_FOUND');
    expect(refusal(change({ productCode: 'NOPE' })).code).toBe('NOT_FOUND');
  });

  it('R-CAT-2 ending needs a price in force on that date', () => {
    const ended = change({ unitPrice: null, effectiveFrom: d('2024-08-01') });
    expect(ended.ok && ended.entry).toEqual(entry('2024-08-01', null));
    expect(refusal(change({ unitPrice: null, effectiveFrom: d('2025-02-01') })).code).toBe(
      'INVALID_STATE',
    );
  });
});

describe('R-CAT-2 a contract price change as a message', () => {
  it('R-CAT-2 set, changed and ended read in English exactly as the reason, and in Chinese', () => {
    const cases = [
      change({ entries: [], unitPrice: yuan(500) }),
      change({ unitPrice: yuan(500) }),
      change({ unitPrice: null }),
    ];
    const chinese = cases.map((outcome) => {
      if (!outcome.ok) throw new Error(outcome.refusal.message);
      expect(renderMessage(outcome.reasonMessage, 'en')).toBe(outcome.reason);
      return renderMessage(outcome.reasonMessage, 'zh-CN');
    });
    expect(chinese).toEqual([
      '会议企业版（合同价）：自 2024-03-01 起每席位每年 ¥500.00（R-CAT-2：合同价）',
      '会议企业版（合同价）：自 2024-03-01 起每席位每年 ¥500.00（原为 ¥480.00）（R-CAT-2：合同价）',
      '会议企业版（合同价）的合同价（每席位每年 ¥480.00）于 2024-03-01 结束：此后须由运营人员设置新的合同价才能购买（R-CAT-2）',
    ]);
  });
});
