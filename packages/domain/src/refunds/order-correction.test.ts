import { describe, expect, it } from 'vitest';
import { DEMO_CATALOG } from '../catalog/demo-catalog.js';
import { renderMessage } from '../explain/messages.js';
import { yuan } from '../money/money.js';
import { priceOpening } from '../pricing/opening-price.js';
import { latinWords } from '../test-support/latin-words.js';
import { parseDate } from '../time/business-date.js';
import { orderCorrectionText } from './order-correction.js';

/** 5 EQQ seats for 1 year at 2021-04-20: the order the customer meant (¥5,000.00). */
function meant() {
  const result = priceOpening({
    catalog: DEMO_CATALOG,
    productCode: 'EQQ',
    planCode: 'SEATS',
    seats: 5,
    years: 1,
    orderDate: parseDate('2021-04-20'),
  });
  if (!result.ok) throw new Error(result.refusal.message);
  return result;
}

describe('R-REF-DUPLICATE a corrected order’s texts as messages', () => {
  it('R-REF-DUPLICATE an opening corrected from 3 years to 1 before activation: English as the API wrote it, and Chinese', () => {
    const corrected = meant();
    const text = orderCorrectionText({
      kind: 'NEW_SUBSCRIPTION',
      corrected,
      ordered: yuan(15_000),
      correctedTotal: corrected.total,
      periodMoved: null,
    });
    expect(text.explanation).toBe(
      `Corrected: ${corrected.reason}; ¥10,000.00 less than ordered, refundable as ORDER_ERROR (R-REF-DUPLICATE)`,
    );
    expect(text.explanation).toBe(
      'Corrected: 5 seats × ¥1,000.00 × 1 year = ¥5,000.00 (R-OPEN-1: price book EQQ-2010 in force on 2021-04-20, tier 3–10); ¥10,000.00 less than ordered, refundable as ORDER_ERROR (R-REF-DUPLICATE)',
    );
    expect(text.explanationMessage && renderMessage(text.explanationMessage, 'en')).toBe(
      text.explanation,
    );
    expect(text.explanationMessage && renderMessage(text.explanationMessage, 'zh-CN')).toBe(
      '已更正：5 个席位 × ¥1,000.00 × 1 年 = ¥5,000.00（R-OPEN-1：2021-04-20 适用的价格表 EQQ-2010，阶梯 3–10）；比原订单少 ¥10,000.00，可按订单错误（ORDER_ERROR）退款（R-REF-DUPLICATE）',
    );
    expect(text.eventReason).toBe(
      `Opening order corrected to ${corrected.reason} (R-REF-DUPLICATE)`,
    );
    expect(text.eventReasonMessage && renderMessage(text.eventReasonMessage, 'en')).toBe(
      text.eventReason,
    );
    expect(text.eventReasonMessage && renderMessage(text.eventReasonMessage, 'zh-CN')).toBe(
      '开通订单已更正为 5 个席位 × ¥1,000.00 × 1 年 = ¥5,000.00（R-OPEN-1：2021-04-20 适用的价格表 EQQ-2010，阶梯 3–10）（R-REF-DUPLICATE）',
    );
  });

  it('R-REF-DUPLICATE a fulfilled order whose period moved says where it ends now and where it ended', () => {
    const corrected = meant();
    const text = orderCorrectionText({
      kind: 'RENEWAL',
      corrected,
      ordered: yuan(15_000),
      correctedTotal: corrected.total,
      periodMoved: { end: parseDate('2022-05-01'), was: parseDate('2024-05-01') },
    });
    expect(text.eventReason).toBe(
      `Renewal order corrected to ${corrected.reason}; the period now ends on 2022-05-01 (was 2024-05-01) (R-REF-DUPLICATE)`,
    );
    const zh = text.eventReasonMessage && renderMessage(text.eventReasonMessage, 'zh-CN');
    expect(zh).toBe(
      '续费订单已更正为 5 个席位 × ¥1,000.00 × 1 年 = ¥5,000.00（R-OPEN-1：2021-04-20 适用的价格表 EQQ-2010，阶梯 3–10）；服务期结束日现为 2022-05-01（原为 2024-05-01）（R-REF-DUPLICATE）',
    );
    expect(latinWords(zh ?? '')).toEqual([]);
  });

  it('R-REF-DUPLICATE a corrected reason without a message keeps the English texts and returns no message', () => {
    const text = orderCorrectionText({
      kind: 'RENEWAL',
      corrected: { reason: '5 seats × ¥1,000.00 × 1 year = ¥5,000.00 (R-RENEW-2)' },
      ordered: yuan(15_000),
      correctedTotal: yuan(5_000),
      periodMoved: null,
    });
    expect(text).toEqual({
      explanation:
        'Corrected: 5 seats × ¥1,000.00 × 1 year = ¥5,000.00 (R-RENEW-2); ¥10,000.00 less than ordered, refundable as ORDER_ERROR (R-REF-DUPLICATE)',
      explanationMessage: null,
      eventReason:
        'Renewal order corrected to 5 seats × ¥1,000.00 × 1 year = ¥5,000.00 (R-RENEW-2) (R-REF-DUPLICATE)',
      eventReasonMessage: null,
    });
  });
});
