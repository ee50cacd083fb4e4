import { describe, expect, it } from 'vitest';
import { eqqSubscription, promotedQidian } from '../test-support/priced-subscription.js';
import { DEMO_CATALOG } from '../catalog/demo-catalog.js';
import { renderMessage, type Message } from '../explain/messages.js';
import type { Outcome } from '../explain/results.js';
import { yuan } from '../money/money.js';
import { quote } from '../quote/quote.js';
import { latinWords } from '../test-support/latin-words.js';
import { addDays, parseDate } from '../time/business-date.js';
import { priceAddSeats } from './add-seats-price.js';
import type { PricedSubscription } from './priced-subscription.js';
import { upgradeToQidian } from './qidian-upgrade.js';
import { priceRenewal } from './renewal-price.js';

/*
 * The reason of a renewal, an add-seat purchase and an upgrade to Qidian comes with its message:
 * written in English it is the very text `reason` has always been, and in Chinese it has no
 * English word left (rule ids, codes, amounts and dates stay as they are).
 */
const d = parseDate;

const sub = eqqSubscription;
const promoted = promotedQidian;

interface Explained {
  readonly reason: string;
  readonly reasonMessage: Message;
}

/** The reason in Chinese, once checked: the message in English is `reason`, no English word in Chinese. */
function chinese(result: Outcome<Explained>): string {
  if (!result.ok) throw new Error(`refused: ${result.refusal.message}`);
  expect(renderMessage(result.reasonMessage, 'en')).toBe(result.reason);
  const zh = renderMessage(result.reasonMessage, 'zh-CN');
  expect(latinWords(zh), zh).toEqual([]);
  expect(zh).not.toMatch(/CNY|undefined|\{/);
  return zh;
}

function english(result: Outcome<Explained>): string {
  if (!result.ok) throw new Error(`refused: ${result.refusal.message}`);
  return result.reason;
}

const renew = (subscription: PricedSubscription, date: string, years = 1) =>
  priceRenewal({ catalog: DEMO_CATALOG, subscription, years, date: d(date) });

describe('R-RENEW-2 R-RENEW-3 a renewal’s reason in English and in Chinese', () => {
  it('R-RENEW-3 a tier of the book in force', () => {
    const result = renew(sub(), '2021-04-20');
    expect(english(result)).toBe(
      '3 seats × ¥1,000.00 × 1 year = ¥3,000.00 (R-RENEW-3: price book EQQ-2010 in force on 2021-04-20, tier 3–10; R-RENEW-2: 2021-05-01 to 2022-05-01)',
    );
    expect(chinese(result)).toBe(
      '3 个席位 × ¥1,000.00 × 1 年 = ¥3,000.00（R-RENEW-3：2021-04-20 适用的价格表 EQQ-2010，阶梯 3–10；R-RENEW-2：服务期 2021-05-01 至 2022-05-01）',
    );
  });

  it('R-RENEW-3 R-CAT-2 a flat plan is named by the catalogue’s Chinese name', () => {
    const flagship = sub({ productCode: 'MEETING', planCode: 'FLAGSHIP', seats: 1 });
    const result = renew(flagship, '2021-04-20', 2);
    expect(english(result)).toBe(
      'Meeting Flagship: ¥3,000.00 × 2 years = ¥6,000.00 (R-RENEW-3: price book MEETING-FLAGSHIP-2000 in force on 2021-04-20, flat price; R-RENEW-2: 2021-05-01 to 2023-05-01)',
    );
    expect(chinese(result)).toBe(
      '会议旗舰版：¥3,000.00 × 2 年 = ¥6,000.00（R-RENEW-3：2021-04-20 适用的价格表 MEETING-FLAGSHIP-2000，固定价；R-RENEW-2：服务期 2021-05-01 至 2023-05-01）',
    );
  });

  it('R-RENEW-3 R-CAT-2 a contract price', () => {
    const enterprise = sub({
      productCode: 'MEETING',
      planCode: 'ENTERPRISE',
      seats: 10,
      customUnitPrice: yuan(600),
    });
    const result = renew(enterprise, '2021-04-20');
    expect(english(result)).toBe(
      '10 seats × ¥600.00 × 1 year = ¥6,000.00 (R-RENEW-3: price book MEETING-ENTERPRISE-2000 in force on 2021-04-20, contract price; R-RENEW-2: 2021-05-01 to 2022-05-01)',
    );
    expect(chinese(result)).toBe(
      '10 个席位 × ¥600.00 × 1 年 = ¥6,000.00（R-RENEW-3：2021-04-20 适用的价格表 MEETING-ENTERPRISE-2000，合同价；R-RENEW-2：服务期 2021-05-01 至 2022-05-01）',
    );
  });

  it('R-LEGACY-1 the first renewal of a pre-2010 customer at the opening book', () => {
    const legacy = sub({
      seats: 5,
      openedOn: d('2009-04-20'),
      periodEnd: d('2010-05-01'),
      lastPurchase: { bookId: 'EQQ-2000', tierMinSeats: 3, annualUnitPrice: yuan(800) },
    });
    const result = renew(legacy, '2010-04-15');
    expect(english(result)).toBe(
      '5 seats × ¥800.00 × 1 year = ¥4,000.00 (R-LEGACY-1: first renewal at the opening price book EQQ-2000, tier 3–50; R-RENEW-2: 2010-05-01 to 2011-05-01)',
    );
    expect(chinese(result)).toBe(
      '5 个席位 × ¥800.00 × 1 年 = ¥4,000.00（R-LEGACY-1：首次续费按开通时的价格表 EQQ-2000，阶梯 3–50；R-RENEW-2：服务期 2010-05-01 至 2011-05-01）',
    );
  });

  it('R-MIG-3 legacy and market seats under the original-price promotion', () => {
    const result = renew(promoted(6, 3), '2022-04-20');
    expect(english(result)).toBe(
      '(3 legacy seats × ¥1,000.00 + 3 seats × ¥1,200.00) × 1 year = ¥6,600.00 (R-MIG-3: original-price promotion, market tier 3–10 of price book QIDIAN-2021; R-RENEW-2: 2022-05-01 to 2023-05-01)',
    );
    expect(chinese(result)).toBe(
      '(3 个原有席位 × ¥1,000.00 + 3 个席位 × ¥1,200.00) × 1 年 = ¥6,600.00（R-MIG-3：原价促销，市场价按价格表 QIDIAN-2021 的阶梯 3–10；R-RENEW-2：服务期 2022-05-01 至 2023-05-01）',
    );
  });

  it('R-MIG-3 one legacy seat and the rest at the market price, in the singular', () => {
    const result = renew(promoted(4, 1), '2022-04-20');
    expect(english(result)).toBe(
      '(1 legacy seat × ¥1,000.00 + 3 seats × ¥1,200.00) × 1 year = ¥4,600.00 (R-MIG-3: original-price promotion, market tier 3–10 of price book QIDIAN-2021; R-RENEW-2: 2022-05-01 to 2023-05-01)',
    );
    expect(chinese(result)).toBe(
      '(1 个原有席位 × ¥1,000.00 + 3 个席位 × ¥1,200.00) × 1 年 = ¥4,600.00（R-MIG-3：原价促销，市场价按价格表 QIDIAN-2021 的阶梯 3–10；R-RENEW-2：服务期 2022-05-01 至 2023-05-01）',
    );
  });

  it('R-MIG-3 only legacy seats: no market part', () => {
    expect(chinese(renew(promoted(3, 3), '2022-04-20'))).toBe(
      '3 个原有席位 × ¥1,000.00 × 1 年 = ¥3,000.00（R-MIG-3：原价促销，市场价按价格表 QIDIAN-2021 的阶梯 3–10；R-RENEW-2：服务期 2022-05-01 至 2023-05-01）',
    );
  });

  it('R-MIG-3 only market seats (E = 0), for 2 years', () => {
    const result = renew(promoted(8, 0), '2022-04-20', 2);
    expect(english(result)).toBe(
      '8 seats × ¥1,200.00 × 2 years = ¥19,200.00 (R-MIG-3: original-price promotion, market tier 3–10 of price book QIDIAN-2021; R-RENEW-2: 2022-05-01 to 2024-05-01)',
    );
    expect(chinese(result)).toBe(
      '8 个席位 × ¥1,200.00 × 2 年 = ¥19,200.00（R-MIG-3：原价促销，市场价按价格表 QIDIAN-2021 的阶梯 3–10；R-RENEW-2：服务期 2022-05-01 至 2024-05-01）',
    );
  });
});

const add = (subscription: PricedSubscription, addSeats: number, date: string) =>
  priceAddSeats({ catalog: DEMO_CATALOG, subscription, addSeats, date: d(date) });

const five = sub({ seats: 5, periodEnd: d('2022-05-01'), openedOn: d('2021-04-20') });

describe('R-SEAT-3 R-SEAT-4 an add-seat purchase’s reason in English and in Chinese', () => {
  it('R-SEAT-3 R-SEAT-4 months rounded up, the tier of the new total', () => {
    const result = add(five, 6, '2021-10-10');
    expect(english(result)).toBe(
      '6 seats × ¥95.00 × 7 months = ¥3,990.00 (R-SEAT-3: 6 months and 21 days rounded to 7; R-SEAT-4: tier 11–20)',
    );
    expect(chinese(result)).toBe(
      '6 个席位 × ¥95.00 × 7 个月 = ¥3,990.00（R-SEAT-3：6 个月零 21 天，计为 7 个月；R-SEAT-4：阶梯 11–20）',
    );
  });

  it('R-SEAT-3 a remainder of 15 days is dropped', () => {
    const result = add(five, 6, '2021-10-16');
    expect(english(result)).toBe(
      '6 seats × ¥95.00 × 6 months = ¥3,420.00 (R-SEAT-3: 6 months and 15 days rounded to 6; R-SEAT-4: tier 11–20)',
    );
    expect(chinese(result)).toBe(
      '6 个席位 × ¥95.00 × 6 个月 = ¥3,420.00（R-SEAT-3：6 个月零 15 天，计为 6 个月；R-SEAT-4：阶梯 11–20）',
    );
  });

  it('R-SEAT-4 crossing into the next tier: 10 + 1 seat is priced at the 11–20 tier', () => {
    const result = add(sub({ seats: 10, periodEnd: d('2022-05-01') }), 1, '2021-05-01');
    expect(english(result)).toBe(
      '1 seat × ¥95.00 × 12 months = ¥1,140.00 (R-SEAT-3: 12 months exactly; R-SEAT-4: tier 11–20)',
    );
    expect(chinese(result)).toBe(
      '1 个席位 × ¥95.00 × 12 个月 = ¥1,140.00（R-SEAT-3：整 12 个月；R-SEAT-4：阶梯 11–20）',
    );
  });

  it('R-SEAT-3 R-SEAT-4 one month exactly, an open-ended tier', () => {
    const exmail = sub({
      productCode: 'EXMAIL',
      planCode: 'STANDARD',
      seats: 10,
      periodEnd: d('2025-01-01'),
    });
    const result = add(exmail, 2, '2024-12-01');
    expect(english(result)).toBe(
      '2 seats × ¥10.00 × 1 month = ¥20.00 (R-SEAT-3: 1 month exactly; R-SEAT-4: tier 1+)',
    );
    expect(chinese(result)).toBe(
      '2 个席位 × ¥10.00 × 1 个月 = ¥20.00（R-SEAT-3：整 1 个月；R-SEAT-4：阶梯 1+）',
    );
  });

  it('R-SEAT-4 R-CAT-2 a contract price per month', () => {
    const enterprise = sub({
      productCode: 'MEETING',
      planCode: 'ENTERPRISE',
      seats: 10,
      periodEnd: d('2022-05-01'),
      customUnitPrice: yuan(600),
    });
    const result = add(enterprise, 2, '2021-10-10');
    expect(english(result)).toBe(
      '2 seats × ¥50.00 × 7 months = ¥700.00 (R-SEAT-3: 6 months and 21 days rounded to 7; R-SEAT-4: contract price ÷ 12)',
    );
    expect(chinese(result)).toBe(
      '2 个席位 × ¥50.00 × 7 个月 = ¥700.00（R-SEAT-3：6 个月零 21 天，计为 7 个月；R-SEAT-4：合同价 ÷ 12）',
    );
  });

  it('R-LEGACY-2 one add-seat purchase at the opening book', () => {
    const legacy = sub({
      seats: 5,
      openedOn: d('2009-04-20'),
      periodEnd: d('2011-05-01'),
      lastPurchase: { bookId: 'EQQ-2000', tierMinSeats: 3, annualUnitPrice: yuan(800) },
    });
    const result = add(legacy, 6, '2010-10-10');
    expect(english(result)).toBe(
      '6 seats × ¥80.00 × 7 months = ¥3,360.00 (R-SEAT-3: 6 months and 21 days rounded to 7; R-SEAT-4: tier 3–50; R-LEGACY-2: one add-seat purchase at the opening price book EQQ-2000)',
    );
    expect(chinese(result)).toBe(
      '6 个席位 × ¥80.00 × 7 个月 = ¥3,360.00（R-SEAT-3：6 个月零 21 天，计为 7 个月；R-SEAT-4：阶梯 3–50；R-LEGACY-2：按开通时的价格表 EQQ-2000 增购席位，仅限一次）',
    );
  });

  it('R-CAT-2 seats added to a free plan', () => {
    const free = sub({
      productCode: 'EXMAIL',
      planCode: 'FREE',
      seats: 5,
      periodEnd: null,
      lastPurchase: null,
    });
    const result = add(free, 3, '2024-01-01');
    expect(english(result)).toBe('3 seats on a free plan = ¥0.00 (R-CAT-2: free plan)');
    expect(chinese(result)).toBe('免费套餐上的 3 个席位 = ¥0.00（R-CAT-2：免费套餐）');
  });

  it('R-SEAT-3 every add date of a period: the message in English is the reason', () => {
    // 1 day, 1 month and every other remainder, singular and plural, down to 0 months.
    const qidian = sub({ productCode: 'QIDIAN', seats: 5, periodEnd: d('2023-05-01') });
    for (let date = d('2022-05-01'); date < d('2023-05-01'); date = addDays(date, 1)) {
      for (const seats of [1, 6]) chinese(add(qidian, seats, date));
    }
  });
});

const upgrade = (date: string) =>
  upgradeToQidian({
    catalog: DEMO_CATALOG,
    subscription: sub({ periodEnd: d('2022-05-01'), openedOn: d('2021-04-20') }),
    date: d(date),
  });

describe('R-MIG-1 R-MIG-2 an upgrade’s reason in English and in Chinese', () => {
  it('R-MIG-1 R-MIG-2 on or before the cut-off: the original-price promotion', () => {
    const result = upgrade('2021-12-31');
    expect(english(result)).toBe(
      '3 seats moved from EQQ to QIDIAN, period end 2022-05-01 kept (R-MIG-1: upgraded on 2021-12-31, on or before 2021-12-31: original-price promotion; R-MIG-2: 3 seats at ¥1,000.00 per year from EQQ-2010)',
    );
    expect(chinese(result)).toBe(
      '3 个席位从 EQQ 转到 QIDIAN，保留服务期结束日 2022-05-01（R-MIG-1：2021-12-31 升级，不晚于 2021-12-31：参加原价促销；R-MIG-2：3 个席位按每年 ¥1,000.00 计价，取自价格表 EQQ-2010）',
    );
  });

  it('R-MIG-1 after the cut-off: no promotion', () => {
    const result = upgrade('2022-01-01');
    expect(english(result)).toBe(
      '3 seats moved from EQQ to QIDIAN, period end 2022-05-01 kept (R-MIG-1: upgraded on 2022-01-01, after 2021-12-31: no original-price promotion)',
    );
    expect(chinese(result)).toBe(
      '3 个席位从 EQQ 转到 QIDIAN，保留服务期结束日 2022-05-01（R-MIG-1：2022-01-01 升级，晚于 2021-12-31：不参加原价促销）',
    );
  });
});

describe('quotes of renewals and added seats carry the reason’s message', () => {
  it('R-RENEW-3 R-SEAT-4 the quote’s message is the priced reason’s', () => {
    const renewal = quote({
      action: 'RENEWAL',
      catalog: DEMO_CATALOG,
      asOf: d('2021-04-20'),
      subscription: sub(),
      years: 1,
    });
    expect(renewal.reasonMessage?.key).toBe('reason.renewal');
    expect(renewal.reasonMessage && renderMessage(renewal.reasonMessage, 'en')).toBe(
      renewal.reason,
    );
    const added = quote({
      action: 'ADD_SEATS',
      catalog: DEMO_CATALOG,
      asOf: d('2021-10-10'),
      subscription: five,
      seats: 6,
    });
    expect(added.reasonMessage && renderMessage(added.reasonMessage, 'zh-CN')).toBe(
      '6 个席位 × ¥95.00 × 7 个月 = ¥3,990.00（R-SEAT-3：6 个月零 21 天，计为 7 个月；R-SEAT-4：阶梯 11–20）',
    );
  });
});
