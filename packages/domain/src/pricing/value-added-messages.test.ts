import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEMO_CATALOG } from '../catalog/demo-catalog.js';
import { renderMessage } from '../explain/messages.js';
import { quote } from '../quote/quote.js';
import { latinWords } from '../test-support/latin-words.js';
import { parseDate } from '../time/business-date.js';
import { MAX_VALUE_ADDED_QUANTITY, priceValueAdded } from './value-added-price.js';

const orderDate = parseDate('2024-03-01');

function priced(planCode: string, quantity: number) {
  const result = priceValueAdded({ catalog: DEMO_CATALOG, planCode, quantity, orderDate });
  if (!result.ok) throw new Error(result.refusal.message);
  return result;
}

describe('R-CAT-1 R-REF-NONREF a value-added order’s reason as a message', () => {
  it('R-CAT-1 R-REF-NONREF 3 SMS packs: English exactly as before, Chinese with the item’s Chinese name and unit', () => {
    const result = priced('SMS', 3);
    expect(renderMessage(result.reasonMessage, 'en')).toBe(result.reason);
    expect(result.reason).toBe(
      '3 × SMS quota (1,000 SMS) × ¥100.00 = ¥300.00 (R-CAT-1: price book VAS-SMS-2000; R-REF-NONREF: one-off, non-refundable)',
    );
    expect(renderMessage(result.reasonMessage, 'zh-CN')).toBe(
      '3 × 短信额度（1,000 条短信） × ¥100.00 = ¥300.00（R-CAT-1：价格表 VAS-SMS-2000；R-REF-NONREF：一次性购买，不可退款）',
    );
  });

  it('R-CAT-1 amounts past a thousand yuan are grouped the same way in both languages', () => {
    const result = priced('BOT', 2);
    expect(renderMessage(result.reasonMessage, 'zh-CN')).toBe(
      '2 × 聊天机器人（1 个机器人） × ¥1,000.00 = ¥2,000.00（R-CAT-1：价格表 VAS-BOT-2000；R-REF-NONREF：一次性购买，不可退款）',
    );
  });

  it('R-CAT-1 every item and quantity: English is the reason, Chinese has no English word', () => {
    const plans = DEMO_CATALOG.products.find((p) => p.code === 'VAS')!.plans.map((p) => p.code);
    fc.assert(
      fc.property(
        fc.constantFrom(...plans),
        fc.integer({ min: 1, max: MAX_VALUE_ADDED_QUANTITY }),
        (plan, quantity) => {
          const result = priced(plan, quantity);
          expect(renderMessage(result.reasonMessage, 'en')).toBe(result.reason);
          expect(latinWords(renderMessage(result.reasonMessage, 'zh-CN'))).toEqual([]);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('R-CAT-2 the value-added quote carries the same message', () => {
    const q = quote({
      action: 'VALUE_ADDED',
      catalog: DEMO_CATALOG,
      asOf: orderDate,
      planCode: 'SMS',
      quantity: 3,
    });
    expect(q.reasonMessage).toEqual(priced('SMS', 3).reasonMessage);
    expect(q.reasonMessage && renderMessage(q.reasonMessage, 'en')).toBe(q.reason);
  });
});
