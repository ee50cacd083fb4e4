// The explanations of value-added orders, postpaid bills and their late fees, and corrected
// orders are written in the caller's language (Accept-Language: zh-CN), and in English, exactly
// as before, without it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accountAt, advanceClock, key, openSubscription, payOrder, verify } from './api-helpers.js';
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

const NAME = '某某科技有限公司';
const ORDER = `query ($id: ID!) { order(id: $id) { explanation lines { description } } }`;
const JOURNAL = `query ($accountId: ID!) { journal(accountId: $accountId, first: 50, orderBy: OLDEST_FIRST) { edges { node { memo sourceType } } } }`;

async function memos(accountId: string, language?: string): Promise<string[]> {
  const edges = (await ask(JOURNAL, { accountId }, language)).journal.edges as Array<{
    node: { memo: string };
  }>;
  return [...new Set(edges.map((edge) => edge.node.memo))];
}

describe('order explanations in the caller’s language', () => {
  it('R-CAT-1 R-REF-NONREF a value-added order, and its quote', async () => {
    const { accountId } = await accountAt(api, '2024-03-01');
    await verify(api, accountId, NAME);
    const bought = await ask(
      `mutation ($input: BuyValueAddedInput!) { buyValueAdded(input: $input) { order { id explanation } userErrors { message } } }`,
      { input: { accountId, planCode: 'SMS', quantity: 3, idempotencyKey: key('vas') } },
      'zh-CN',
    );
    expect(bought.buyValueAdded.userErrors).toEqual([]);
    const english =
      '3 × SMS quota (1,000 SMS) × ¥100.00 = ¥300.00 (R-CAT-1: price book VAS-SMS-2000; R-REF-NONREF: one-off, non-refundable)';
    const chinese =
      '3 × 短信额度（1,000 条短信） × ¥100.00 = ¥300.00（R-CAT-1：价格表 VAS-SMS-2000；R-REF-NONREF：一次性购买，不可退款）';
    expect(bought.buyValueAdded.order.explanation).toBe(chinese);
    const id = bought.buyValueAdded.order.id;
    expect((await ask(ORDER, { id })).order).toEqual({
      explanation: english,
      lines: [{ description: '3 × SMS quota (1,000 SMS) × ¥100.00' }],
    });
    expect((await ask(ORDER, { id }, 'zh-CN')).order).toEqual({
      explanation: chinese,
      lines: [{ description: '3 × 短信额度（1,000 条短信） × ¥100.00' }],
    });
    expect(latinWords(chinese)).toEqual([]);

    const QUOTE = `query ($input: QuoteInput!) { quote(input: $input) { explanation } }`;
    const input = { action: 'VALUE_ADDED', accountId, planCode: 'SMS', quantity: 3 };
    expect((await ask(QUOTE, { input })).quote.explanation).toBe(english);
    expect((await ask(QUOTE, { input }, 'zh-CN')).quote.explanation).toBe(chinese);
  });

  it('R-PAY-5 R-MONEY-1 a postpaid bill, its late fee and their journal memos', async () => {
    const { accountId, clockId } = await accountAt(api, '2024-02-01');
    const BILL = `id explanation lateFeeExplanation lateFeeLines { description }`;
    const issued = await ask(
      `mutation ($input: IssuePostpaidBillInput!) { issuePostpaidBill(input: $input) { postpaidBill { ${BILL} } userErrors { message } } }`,
      {
        input: {
          accountId,
          month: '2024-01',
          lines: [
            { description: 'SMS: 1,200 messages', amount: '600.00' },
            { description: 'Chat bot', amount: '400.00' },
          ],
          idempotencyKey: key('bill'),
        },
      },
      'zh-CN',
    );
    expect(issued.issuePostpaidBill.userErrors).toEqual([]);
    const billEnglish =
      'usage of 2024-01: 2 lines, ¥1,000.00; issued 2024-02-01, due 2024-02-15 (R-PAY-5)';
    const billChinese =
      '2024-01 的用量：共 2 项，合计 ¥1,000.00；2024-02-01 出账，2024-02-15 到期（R-PAY-5）';
    expect(issued.issuePostpaidBill.postpaidBill.explanation).toBe(billChinese);
    const id = issued.issuePostpaidBill.postpaidBill.id;

    await advanceClock(api, clockId, '2024-03-06');
    const READ = `query ($id: ID!) { postpaidBill(id: $id) { ${BILL} } }`;
    const lateEnglish =
      '¥1,000.00 × 0.05% × 20 days = ¥10.00 late fee, rounded half-up once; overdue since 2024-02-16; suspended on 2024-03-16 and closed on 2024-05-15 if still unpaid (R-PAY-5, R-MONEY-1)';
    const lateChinese =
      '滞纳金 ¥1,000.00 × 0.05% × 20 天 = ¥10.00，整笔四舍五入一次；自 2024-02-16 起逾期；如仍未付款，将于 2024-03-16 暂停服务，于 2024-05-15 关闭账户（R-PAY-5、R-MONEY-1）';
    expect((await ask(READ, { id })).postpaidBill).toEqual({
      id,
      explanation: billEnglish,
      lateFeeExplanation: lateEnglish,
      lateFeeLines: [{ description: 'Late fee: ¥1,000.00 × 0.05% × 20 days after 2024-02-15' }],
    });
    expect((await ask(READ, { id }, 'zh-CN')).postpaidBill).toEqual({
      id,
      explanation: billChinese,
      lateFeeExplanation: lateChinese,
      lateFeeLines: [{ description: '滞纳金：¥1,000.00 × 0.05% × 2024-02-15 之后 20 天' }],
    });

    // 30 days overdue: suspended.
    await advanceClock(api, clockId, '2024-03-16');
    expect((await ask(READ, { id }, 'zh-CN')).postpaidBill.lateFeeExplanation).toBe(
      '滞纳金 ¥1,000.00 × 0.05% × 30 天 = ¥15.00，整笔四舍五入一次；已自 2024-03-16 起暂停服务（逾期 30 天）；如仍未付款，将于 2024-05-15 关闭账户（R-PAY-5、R-MONEY-1）',
    );
    expect((await ask(READ, { id })).postpaidBill.lateFeeExplanation).toBe(
      '¥1,000.00 × 0.05% × 30 days = ¥15.00 late fee, rounded half-up once; service suspended since 2024-03-16 (30 days overdue); closed on 2024-05-15 if still unpaid (R-PAY-5, R-MONEY-1)',
    );

    // The scheduler assessed the fee on each day it ran: 2024-02-16, 2024-03-06 and 2024-03-16.
    expect(await memos(accountId)).toEqual([
      billEnglish,
      expect.stringMatching(/^¥1,000\.00 × 0\.05% × 1 day = ¥0\.50 late fee, /),
      lateEnglish,
      expect.stringMatching(/^¥1,000\.00 × 0\.05% × 30 days = ¥15\.00 late fee, /),
    ]);
    const chinese = await memos(accountId, 'zh-CN');
    expect(chinese).toEqual([
      billChinese,
      expect.stringMatching(/^滞纳金 ¥1,000\.00 × 0\.05% × 1 天 = ¥0\.50，/),
      lateChinese,
      expect.stringMatching(/^滞纳金 ¥1,000\.00 × 0\.05% × 30 天 = ¥15\.00，/),
    ]);
    for (const memo of chinese) expect(latinWords(memo)).toEqual([]);
  });

  it('R-REF-DUPLICATE a corrected opening: its correction and the subscription’s history line', async () => {
    const { accountId, clockId } = await accountAt(api, '2021-04-20');
    const opened = await openSubscription(api, { accountId, seats: 5, years: 3 });
    const orderId = opened.order.id;
    await payOrder(api, orderId, '15000.00');
    await verify(api, accountId);
    await advanceClock(api, clockId, '2021-04-25');

    const CORRECTION = `correction { explanation lines { description } }`;
    const corrected = await ask(
      `mutation ($input: CorrectOrderInput!) { correctOrder(input: $input) { order { id ${CORRECTION} } userErrors { message } } }`,
      {
        input: { orderId, years: 1, note: 'meant 1 year', idempotencyKey: key('correct') },
      },
      'zh-CN',
    );
    expect(corrected.correctOrder.userErrors).toEqual([]);
    const english =
      'Corrected: 5 seats × ¥1,000.00 × 1 year = ¥5,000.00 (R-OPEN-1: price book EQQ-2010 in force on 2021-04-20, tier 3–10); ¥10,000.00 less than ordered, refundable as ORDER_ERROR (R-REF-DUPLICATE)';
    const chinese =
      '已更正：5 个席位 × ¥1,000.00 × 1 年 = ¥5,000.00（R-OPEN-1：2021-04-20 适用的价格表 EQQ-2010，阶梯 3–10）；比原订单少 ¥10,000.00，可按订单错误（ORDER_ERROR）退款（R-REF-DUPLICATE）';
    expect(corrected.correctOrder.order.correction.explanation).toBe(chinese);

    const READ = `query ($id: ID!) { order(id: $id) { explanation ${CORRECTION} } }`;
    expect((await ask(READ, { id: orderId })).order).toEqual({
      explanation:
        '5 seats × ¥1,000.00 × 3 years = ¥15,000.00 (R-OPEN-1: price book EQQ-2010 in force on 2021-04-20, tier 3–10)',
      correction: {
        explanation: english,
        lines: [{ description: '5 seats × ¥1,000.00 × 1 year' }],
      },
    });
    expect((await ask(READ, { id: orderId }, 'zh-CN')).order).toEqual({
      explanation:
        '5 个席位 × ¥1,000.00 × 3 年 = ¥15,000.00（R-OPEN-1：2021-04-20 适用的价格表 EQQ-2010，阶梯 3–10）',
      correction: { explanation: chinese, lines: [{ description: '5 个席位 × ¥1,000.00 × 1 年' }] },
    });
    expect(latinWords(chinese)).toEqual([]);

    const HISTORY = `query ($id: ID!) { subscription(id: $id) { history { cause reason } } }`;
    const line = async (language?: string) =>
      (await ask(HISTORY, { id: opened.subscription.id }, language)).subscription.history.find(
        (event: { cause: string }) => event.cause === 'ORDER_CORRECTED',
      ).reason as string;
    expect(await line()).toBe(
      'Opening order corrected to 5 seats × ¥1,000.00 × 1 year = ¥5,000.00 (R-OPEN-1: price book EQQ-2010 in force on 2021-04-20, tier 3–10) (R-REF-DUPLICATE)',
    );
    expect(await line('zh-CN')).toBe(
      '开通订单已更正为 5 个席位 × ¥1,000.00 × 1 年 = ¥5,000.00（R-OPEN-1：2021-04-20 适用的价格表 EQQ-2010，阶梯 3–10）（R-REF-DUPLICATE）',
    );
  });
});
