// The API writes rule summaries, line descriptions, refusal messages and the
// catalogue's names in the caller's language (`Accept-Language: zh-CN`), English otherwise.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  REFUND_FIELDS,
  accountAt,
  activeSubscription,
  advanceClock,
  approveRefund,
  openSubscription,
  payOrder,
  requestRefund,
  verify,
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

/** A real GraphQL request with (or without) an Accept-Language header. */
const ask = (query: string, variables: Record<string, unknown>, language?: string) =>
  askIn(api, query, variables, language);

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

  it('R-LIFE-6 R-OPEN-5 R-CAT-4 R-LIFE-3 the transitions the due-work run records, and an activation with its enterprise number, read in Chinese', async () => {
    const history = `query ($id: ID!) { subscription(id: $id) {
      historyConnection(last: 5) { edges { node { cause reason } } } } }`;
    const reasons = async (id: string, language?: string) =>
      (await ask(history, { id }, language)).subscription.historyConnection.edges.map(
        (edge: { node: { cause: string; reason: string } }) => [edge.node.cause, edge.node.reason],
      );
    // EQQ gets an enterprise number on activation and ends at its sunset (2022-01-31).
    const eqq = await activeSubscription(api, {
      openOn: '2021-04-20',
      activateOn: '2021-05-01',
      seats: 5,
      productCode: 'EQQ',
    });
    await advanceClock(api, eqq.clockId, '2022-02-01');
    const english = await reasons(eqq.subscriptionId);
    const chinese = await reasons(eqq.subscriptionId, 'zh-CN');
    expect(english[1][0]).toBe('ACTIVATED');
    expect(english[1][1]).toMatch(
      /^Activated 2021-05-01 for 1 year: period \[2021-05-01, 2022-05-01\), expires on 2022-04-30 \(R-OPEN-3\); enterprise number \d+ \(R-OPEN-5\)$/,
    );
    expect(chinese[1][1]).toMatch(
      /^2021-05-01 开通，期限 1 年：服务期 \[2021-05-01, 2022-05-01\)，于 2022-04-30 到期（R-OPEN-3）；企业号码 \d+（R-OPEN-5）$/,
    );
    expect(english.at(-1)).toEqual([
      'PRODUCT_SUNSET',
      "ACTIVE → TERMINATED on 2022-01-31: the product's service ends that day (R-CAT-4)",
    ]);
    expect(chinese.at(-1)).toEqual([
      'PRODUCT_SUNSET',
      '2022-01-31：生效中 → 已终止，产品服务于当日终止（R-CAT-4）',
    ]);

    // A paid plan left unrenewed: grace (R-LIFE-2), then recycled (R-LIFE-3) by the run.
    const lapsed = await activeSubscription(api, {
      openOn: '2021-04-20',
      activateOn: '2021-05-01',
      seats: 5,
      productCode: 'QIDIAN',
    });
    await advanceClock(api, lapsed.clockId, '2022-06-02');
    const recycled = await reasons(lapsed.subscriptionId, 'zh-CN');
    expect(recycled.slice(-2)).toEqual([
      [
        'PERIOD_ENDED',
        '2022-05-01：生效中 → 宽限期，服务期结束未续费；宽限期至 2022-05-31（R-LIFE-2）',
      ],
      [
        'GRACE_ENDED',
        '2022-06-01：宽限期 → 已回收，宽限期于 2022-05-31 结束仍未续费；企业号码释放，服务数据删除（R-LIFE-3）',
      ],
    ]);
    for (const [, reason] of [...chinese, ...recycled])
      expect(latinWords(reason), reason).toEqual([]);
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

  it('R-REF-7DAY R-REF-REVIEW R-REF-PAYOUT a refund’s decision and due dates in both languages', async () => {
    const { clockId, openingOrderId, subscriptionId } = await activeSubscription(api, {
      openOn: '2024-09-20',
      activateOn: '2024-09-23',
      seats: 3,
      productCode: 'QIDIAN',
    });
    await advanceClock(api, clockId, '2024-09-27');
    const requested = await requestRefund(api, { orderId: openingOrderId, reason: 'NO_REASON' });
    expect(requested.userErrors).toEqual([]);
    const approved = await approveRefund(api, requested.refund.id);
    expect(approved.userErrors).toEqual([]);
    const query = `query ($id: ID!) { refund(id: $id) { ${REFUND_FIELDS} } }`;
    const english = (await ask(query, { id: requested.refund.id })).refund;
    const chinese = (await ask(query, { id: requested.refund.id }, 'zh-CN')).refund;
    // English as before: the answer without the header is the answer the mutation gave.
    expect(english).toEqual(approved.refund);
    expect(english.decision.explanation).toBe(
      'Refund ¥3,600.00, no fee: Full refund, requested 2024-09-27, within 7 natural days of activation on 2024-09-23 (R-REF-7DAY, R-TIME-4)',
    );
    expect(english.reviewDueReason).toBe(
      'First response to the refund request due by 2024-09-29, 1 working day after it was filed on 2024-09-27 (R-REF-REVIEW; 1 working day after 2024-09-27 (Fri) = 2024-09-29 (Sun) (R-TIME-3: 1 weekend/holiday day skipped, 1 adjusted working day counted))',
    );
    expect(english.payoutDueReason).toBe(
      'Refund paid back to the original payment method by 2024-10-12, 7 working days after approval on 2024-09-27 (R-REF-PAYOUT; 7 working days after 2024-09-27 (Fri) = 2024-10-12 (Sat) (R-TIME-3: 8 weekend/holiday days skipped, 2 adjusted working days counted))',
    );
    // Chinese: the same decision, every text written in Chinese.
    expect(chinese.decision.explanation).toBe(
      '退款 ¥3,600.00，不收手续费：全额退款：2024-09-27 申请，在 2024-09-23 开通后 7 个自然日内（R-REF-7DAY、R-TIME-4）',
    );
    expect(chinese.reviewDueReason).toBe(
      '退款申请应于 2024-09-29 前首次答复，即 2024-09-27 提交后 1 个工作日（R-REF-REVIEW；2024-09-27（周五）之后第 1 个工作日 = 2024-09-29（周日）（R-TIME-3：跳过 1 个周末或节假日，计入 1 个调休工作日））',
    );
    expect(chinese.payoutDueReason).toBe(
      '退款应于 2024-10-12 前原路退回，即 2024-09-27 审批通过后 7 个工作日（R-REF-PAYOUT；2024-09-27（周五）之后第 7 个工作日 = 2024-10-12（周六）（R-TIME-3：跳过 8 个周末或节假日，计入 2 个调休工作日））',
    );
    expect(chinese.decision.considered.map((check: any) => [check.rule.id, check.applied])).toEqual(
      english.decision.considered.map((check: any) => [check.rule.id, check.applied]),
    );
    expect(chinese.decision.lines.map((line: any) => line.amount)).toEqual(
      english.decision.lines.map((line: any) => line.amount),
    );
    const texts = [
      chinese.decision.explanation,
      chinese.reviewDueReason,
      chinese.payoutDueReason,
      ...chinese.decision.considered.map((check: { why: string }) => check.why),
      ...chinese.decision.lines.map((line: { description: string }) => line.description),
    ];
    for (const text of texts) expect(latinWords(text), text).toEqual([]);
    expect(chinese.decision.considered.map((check: { why: string }) => check.why)).toContain(
      '已于 2024-09-23 开通',
    );

    // The subscription the refund ended says so in its history, in either language.
    const history = `query ($id: ID!) { subscription(id: $id) {
      historyConnection(last: 1) { edges { node { cause reason } } } } }`;
    const ended = async (language?: string) =>
      (await ask(history, { id: subscriptionId }, language)).subscription.historyConnection.edges[0]
        .node;
    const endedEnglish = await ended();
    const endedChinese = await ended('zh-CN');
    expect(endedEnglish.cause).toBe('REFUNDED');
    expect(endedEnglish.reason).toMatch(
      /^Ended by the refund of ¥3,600\.00 approved on 2024-09-27 \(R-REF-7DAY, R-TIME-4\)/,
    );
    expect(endedChinese.reason).toMatch(
      /^因 2024-09-27 批准的 ¥3,600\.00 退款而终止（R-REF-7DAY、R-TIME-4）/,
    );
    expect(latinWords(endedChinese.reason)).toEqual([]);
  });

  it('R-REF-OTHERWISE a refund the rules refuse is refused in the caller’s language', async () => {
    const { openingOrderId } = await activeSubscription(api, {
      openOn: '2021-04-20',
      activateOn: '2021-05-01',
      seats: 5,
    });
    const query = `query ($input: RefundPreviewInput!) { refundPreview(input: $input) {
      eligible explanation considered { rule { id } why } userErrors { code message } } }`;
    const input = { orderId: openingOrderId, reason: 'NO_REASON', asOf: '2021-05-20' };
    const english = (await ask(query, { input })).refundPreview;
    const chinese = (await ask(query, { input }, 'zh-CN')).refundPreview;
    expect(english.eligible).toBe(false);
    expect(english.explanation).toMatch(/^Not refundable \(R-REF-OTHERWISE\): the 7-day window/);
    expect(english.userErrors).toEqual([{ code: 'NOT_REFUNDABLE', message: english.explanation }]);
    expect(chinese.explanation).toBe(
      '不予退款（R-REF-OTHERWISE）：7 天无理由退款期已于 2021-05-08 结束，2021-05-20 才申请；未申报无法登录的故障（申请原因：无理由退款）。如认为适用其他退款规则，请携带证据联系运营人员复核该订单',
    );
    expect(chinese.userErrors).toEqual([{ code: 'NOT_REFUNDABLE', message: chinese.explanation }]);
    for (const check of chinese.considered) expect(latinWords(check.why), check.why).toEqual([]);
  });
});
