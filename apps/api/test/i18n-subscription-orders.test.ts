// The explanation of a renewal, an add-seat and an upgrade order is stored with its message and
// read back in the caller's language (Accept-Language: zh-CN), in English, as before, without it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  activeSubscription,
  addSeats,
  advanceClock,
  renewSubscription,
  upgradeSubscription,
} from './api-helpers.js';
import { startHarness, type Harness } from './harness.js';
import { askIn, latinWords } from './i18n-helpers.js';

let api: Harness;
beforeAll(async () => {
  api = await startHarness();
});
afterAll(async () => {
  await api.close();
});

const ask = (query: string, variables: Record<string, unknown>, language?: string) =>
  askIn(api, query, variables, language);

const ORDER = `query ($id: ID!) { order(id: $id) { kind explanation } }`;

/** The order's explanation read in English (no header) and in Chinese. */
async function explanations(orderId: string): Promise<{ english: string; chinese: string }> {
  const english = (await ask(ORDER, { id: orderId })).order.explanation as string;
  const chinese = (await ask(ORDER, { id: orderId }, 'zh-CN')).order.explanation as string;
  expect(latinWords(chinese), chinese).toEqual([]);
  // `en` asks for what no header gets.
  expect((await ask(ORDER, { id: orderId }, 'en-US')).order.explanation).toBe(english);
  return { english, chinese };
}

describe('subscription orders’ explanations in the caller’s language', () => {
  it('R-RENEW-2 R-RENEW-3 a renewal order', async () => {
    const { clockId, subscriptionId } = await activeSubscription(api, {
      openOn: '2021-04-20',
      activateOn: '2021-05-01',
      seats: 5,
      productCode: 'QIDIAN',
    });
    await advanceClock(api, clockId, '2022-04-20');
    const renewed = await renewSubscription(api, subscriptionId);
    expect(renewed.userErrors).toEqual([]);
    const english =
      '5 seats × ¥1,200.00 × 1 year = ¥6,000.00 (R-RENEW-3: price book QIDIAN-2021 in force on 2022-04-20, tier 3–10; R-RENEW-2: 2022-05-01 to 2023-05-01)';
    // The mutation answers in English, as it always did.
    expect(renewed.order.explanation).toBe(english);
    expect(await explanations(renewed.order.id)).toEqual({
      english,
      chinese:
        '5 个席位 × ¥1,200.00 × 1 年 = ¥6,000.00（R-RENEW-3：2022-04-20 适用的价格表 QIDIAN-2021，阶梯 3–10；R-RENEW-2：服务期 2022-05-01 至 2023-05-01）',
    });
  });

  it('R-SEAT-3 R-SEAT-4 an add-seat order, priced at the tier of the new total', async () => {
    const { clockId, subscriptionId } = await activeSubscription(api, {
      openOn: '2021-04-20',
      activateOn: '2021-05-01',
      seats: 5,
      productCode: 'QIDIAN',
    });
    await advanceClock(api, clockId, '2021-10-10');
    const added = await addSeats(api, subscriptionId, 6);
    expect(added.userErrors).toEqual([]);
    const english =
      '6 seats × ¥115.00 × 7 months = ¥4,830.00 (R-SEAT-3: 6 months and 21 days rounded to 7; R-SEAT-4: tier 11–20)';
    expect(added.order.explanation).toBe(english);
    expect(await explanations(added.order.id)).toEqual({
      english,
      chinese:
        '6 个席位 × ¥115.00 × 7 个月 = ¥4,830.00（R-SEAT-3：6 个月零 21 天，计为 7 个月；R-SEAT-4：阶梯 11–20）',
    });
  });

  it('R-MIG-1 R-MIG-2 an upgrade order, and the upgrade in the subscription’s history', async () => {
    const { clockId, subscriptionId } = await activeSubscription(api, {
      openOn: '2021-04-20',
      activateOn: '2021-05-01',
      seats: 5,
    });
    await advanceClock(api, clockId, '2021-10-10');
    const upgraded = await upgradeSubscription(api, subscriptionId);
    expect(upgraded.userErrors).toEqual([]);
    const english =
      '5 seats moved from EQQ to QIDIAN, period end 2022-05-01 kept (R-MIG-1: upgraded on 2021-10-10, on or before 2021-12-31: original-price promotion; R-MIG-2: 5 seats at ¥1,000.00 per year from EQQ-2010)';
    const chinese =
      '5 个席位从 EQQ 转到 QIDIAN，保留服务期结束日 2022-05-01（R-MIG-1：2021-10-10 升级，不晚于 2021-12-31：参加原价促销；R-MIG-2：5 个席位按每年 ¥1,000.00 计价，取自价格表 EQQ-2010）';
    expect(upgraded.order.explanation).toBe(english);
    expect(await explanations(upgraded.order.id)).toEqual({ english, chinese });

    const history = `query ($id: ID!) { subscription(id: $id) {
      historyConnection(last: 1) { edges { node { cause reason } } } } }`;
    const last = async (language?: string) =>
      (await ask(history, { id: subscriptionId }, language)).subscription.historyConnection.edges[0]
        .node;
    expect(await last()).toEqual({ cause: 'UPGRADED', reason: english });
    expect(await last('zh-CN')).toEqual({ cause: 'UPGRADED', reason: chinese });
  });
});
