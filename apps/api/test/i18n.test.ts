// The API writes rule summaries, line descriptions, refusal messages and the
// catalogue's names in the caller's language (`Accept-Language: zh-CN`), English otherwise.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  accountAt,
  activeSubscription,
  openSubscription,
  payOrder,
  verify,
} from './api-helpers.js';
import { OPERATOR_TOKEN, startHarness, type Harness } from './harness.js';

let api: Harness;
beforeAll(async () => {
  api = await startHarness();
});
afterAll(async () => {
  await api.close();
});

/** A real GraphQL request with (or without) an Accept-Language header. */
async function ask(
  query: string,
  variables: Record<string, unknown>,
  language?: string,
): Promise<Record<string, any>> {
  const response = await fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      authorization: `Bearer ${OPERATOR_TOKEN}`,
      ...(language === undefined ? {} : { 'accept-language': language }),
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: Record<string, any>; errors?: unknown };
  expect(body.errors).toBeUndefined();
  return body.data!;
}

const QUOTE = `query ($input: QuoteInput!) {
  quote(input: $input) { total { amount } lines { description rules { id summary } } rules { id summary } }
}`;

describe('the caller’s language', () => {
  it('R-SEAT-3 R-SEAT-4 the same quote answers English without the header and Chinese with Accept-Language: zh-CN', async () => {
    const { subscriptionId } = await activeSubscription(api, {
      openOn: '2021-04-20',
      activateOn: '2021-05-01',
      seats: 5,
    });
    const input = { action: 'ADD_SEATS', subscriptionId, seats: 6, asOf: '2021-10-10' };
    const english = await ask(QUOTE, { input });
    const chinese = await ask(QUOTE, { input }, 'zh-CN,zh;q=0.9,en;q=0.8');
    expect(english.quote.total).toEqual({ amount: '3990.00' });
    expect(chinese.quote.total).toEqual({ amount: '3990.00' });
    expect(english.quote.lines[0].description).toBe('6 seats × ¥95.00 × 7 months');
    expect(chinese.quote.lines[0].description).toBe('6 个席位 × ¥95.00 × 7 个月');
    const seat3 = (quote: any) =>
      quote.lines[0].rules.find((rule: { id: string }) => rule.id === 'R-SEAT-3').summary;
    expect(seat3(english.quote)).toBe(
      'Billable months: whole months to the period end, a remainder of 16+ days counts as a month',
    );
    expect(seat3(chinese.quote)).toBe('计费月数：到服务期结束的整月数，剩余 16 天及以上按一个月计');
    // The same rule ids in both languages.
    expect(chinese.quote.rules.map((rule: { id: string }) => rule.id)).toEqual(
      english.quote.rules.map((rule: { id: string }) => rule.id),
    );
    // `en`, another language or no header: English.
    for (const language of ['en-US', 'fr-FR', '']) {
      const other = await ask(QUOTE, { input }, language);
      expect(other.quote.lines[0].description).toBe('6 seats × ¥95.00 × 7 months');
    }
  });

  it('R-LIFE-1 R-LIFE-6 a subscription’s status reason and its recorded events in both languages', async () => {
    const { subscriptionId } = await activeSubscription(api, {
      openOn: '2021-04-20',
      activateOn: '2021-05-01',
      seats: 5,
      productCode: 'QIDIAN',
    });
    const query = `query ($id: ID!) { subscription(id: $id) { statusReason nextTransition { reason }
      historyConnection(last: 5) { edges { node { cause reason } } } } }`;
    const english = await ask(query, { id: subscriptionId });
    const chinese = await ask(query, { id: subscriptionId }, 'zh-CN');
    expect(english.subscription.statusReason).toMatch(/^Active through 2022-04-30 \(period/);
    expect(chinese.subscription.statusReason).toMatch(/^生效至 2022-04-30（服务期/);
    expect(chinese.subscription.nextTransition.reason).toBe(
      '2022-05-01：生效中 → 宽限期，服务期结束未续费；宽限期至 2022-05-31（R-LIFE-2）',
    );
    const reasons = (data: any) =>
      data.subscription.historyConnection.edges.map(
        (edge: { node: { cause: string; reason: string } }) => [edge.node.cause, edge.node.reason],
      );
    expect(reasons(english)).toEqual([
      [
        'OPENED',
        'Opened: waits for full payment and approved materials before activation (R-OPEN-2)',
      ],
      [
        'ACTIVATED',
        'Activated 2021-05-01 for 1 year: period [2021-05-01, 2022-05-01), expires on 2022-04-30 (R-OPEN-3)',
      ],
    ]);
    expect(reasons(chinese)).toEqual([
      ['OPENED', '已开立：全额付款且资质材料审核通过后开通（R-OPEN-2）'],
      [
        'ACTIVATED',
        '2021-05-01 开通，期限 1 年：服务期 [2021-05-01, 2022-05-01)，于 2022-04-30 到期（R-OPEN-3）',
      ],
    ]);
  });

  it('R-OPEN-1 an order’s stored lines are written in the language of each request', async () => {
    const { accountId } = await accountAt(api, '2021-04-20');
    await verify(api, accountId);
    const opened = await openSubscription(api, { accountId, seats: 5 });
    await payOrder(api, opened.order.id, opened.order.total.amount);
    const query = `query ($id: ID!) { order(id: $id) { explanation lines { description } } }`;
    const english = await ask(query, { id: opened.order.id });
    const chinese = await ask(query, { id: opened.order.id }, 'zh');
    expect(english.order.lines[0].description).toBe('5 seats × ¥1,000.00 × 1 year');
    expect(chinese.order.lines[0].description).toBe('5 个席位 × ¥1,000.00 × 1 年');
    expect(english.order.explanation).toBe(
      '5 seats × ¥1,000.00 × 1 year = ¥5,000.00 (R-OPEN-1: price book EQQ-2010 in force on 2021-04-20, tier 3–10)',
    );
    expect(chinese.order.explanation).toBe(
      '5 个席位 × ¥1,000.00 × 1 年 = ¥5,000.00（R-OPEN-1：2021-04-20 适用的价格表 EQQ-2010，阶梯 3–10）',
    );
  });

  it('R-CAT-4 R-SEAT-1 refusals in userErrors are written in the caller’s language', async () => {
    const { accountId } = await accountAt(api, '2021-10-28');
    const mutation = `mutation ($input: OpenSubscriptionInput!) { openSubscription(input: $input) { order { id } userErrors { code message } } }`;
    const input = (key: string) => ({
      accountId,
      productCode: 'EQQ',
      planCode: 'SEATS',
      seats: 5,
      years: 1,
      idempotencyKey: key,
    });
    const english = await ask(mutation, { input: input(`i18n-en-${Date.now()}`) });
    const chinese = await ask(mutation, { input: input(`i18n-zh-${Date.now()}`) }, 'zh-CN');
    expect(english.openSubscription.userErrors).toEqual([
      {
        code: 'PRODUCT_SUNSET',
        message:
          'Enterprise QQ takes no new purchases on or after 2021-10-28: choose another product (R-CAT-4)',
      },
    ]);
    expect(chinese.openSubscription.userErrors).toEqual([
      {
        code: 'PRODUCT_SUNSET',
        message: '企业QQ 自 2021-10-28 起不再受理新购买：请选择其他产品（R-CAT-4）',
      },
    ]);
  });

  it('R-CAT-2 the catalogue’s product and plan names and units in Chinese', async () => {
    const query = `{ catalog { code name plans { code name unit } } }`;
    const english = await ask(query, {});
    const chinese = await ask(query, {}, 'zh-CN');
    const find = (data: any, code: string) =>
      data.catalog.find((product: { code: string }) => product.code === code);
    expect(find(english, 'QIDIAN').name).toBe('Qidian');
    expect(find(chinese, 'QIDIAN').name).toBe('腾讯企点');
    const sms = (data: any) =>
      find(data, 'VAS').plans.find((plan: { code: string }) => plan.code === 'SMS');
    expect(sms(english)).toEqual({ code: 'SMS', name: 'SMS quota', unit: '1,000 SMS' });
    expect(sms(chinese)).toEqual({ code: 'SMS', name: '短信额度', unit: '1,000 条短信' });
  });
});
