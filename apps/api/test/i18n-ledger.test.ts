// Journal memos of payments and top-ups, invoice explanations and due dates, and the names the
// product gives API tokens are written in the caller's language (Accept-Language: zh-CN), and
// in English, exactly as before, without it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  accountAt,
  activate,
  approveRefund,
  key,
  openSubscription,
  requestRefund,
  topUpBalance,
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

const ask = (query: string, variables: Record<string, unknown>, language?: string) =>
  askIn(api, query, variables, language);

const NAME = '某某科技有限公司';
const PAY = `mutation ($input: PayOrderInput!) { payOrder(input: $input) { payment { id } userErrors { message } } }`;
const JOURNAL = `query ($accountId: ID!) { journal(accountId: $accountId, first: 50, orderBy: OLDEST_FIRST) { edges { node { memo sourceType ledger } } } }`;

describe('ledger texts in the caller’s language', () => {
  it('R-PAY-2 R-PAY-4 R-INV-1 R-INV-2 payment and top-up memos, and an invoice’s explanation and due date', async () => {
    const { accountId } = await accountAt(api, '2024-01-31');
    await verify(api, accountId, NAME);
    const opened = await openSubscription(api, {
      accountId,
      productCode: 'QIDIAN',
      planCode: 'SEATS',
      seats: 3,
    });
    expect(opened.userErrors).toEqual([]);
    const orderId = opened.order.id;
    const total = opened.order.total.amount as string;
    const first = await ask(PAY, {
      input: { orderId, method: 'ALIPAY', amount: '1000.00', idempotencyKey: key('pay') },
    });
    expect(first.payOrder.userErrors).toEqual([]);
    const rest = (Math.round(Number(total) * 100) - 100_000) / 100;
    const second = await ask(
      PAY,
      {
        input: { orderId, method: 'ALIPAY', amount: rest.toFixed(2), idempotencyKey: key('pay') },
      },
      'zh-CN',
    );
    expect(first.payOrder.payment).not.toBeNull();
    expect(second.payOrder.userErrors).toEqual([]);
    expect((await topUpBalance(api, accountId, '500.50')).userErrors).toEqual([]);

    const memos = async (language?: string) =>
      [
        ...new Set(
          (await ask(JOURNAL, { accountId }, language)).journal.edges.map(
            (edge: { node: { memo: string } }) => edge.node.memo,
          ),
        ),
      ] as string[];
    const english = await memos();
    const chinese = await memos('zh-CN');
    // Written in English whatever language the payment was made in.
    expect(english).toEqual([
      expect.stringMatching(/^partial payment of ¥1,000\.00: ¥1,000\.00 of ¥[\d,.]+ paid/),
      expect.stringMatching(/^payment of ¥[\d,.]+ completes the order: /),
      'balance topped up by ¥500.50: ¥0.00 → ¥500.50 (R-PAY-4)',
    ]);
    expect(chinese).toEqual([
      expect.stringMatching(/^部分付款 ¥1,000\.00：已付 ¥1,000\.00（共 ¥[\d,.]+），尚欠 /),
      expect.stringMatching(/^付款 ¥[\d,.]+ 付清订单：/),
      '余额充值 ¥500.50：余额 ¥0.00 → ¥500.50（R-PAY-4）',
    ]);
    for (const memo of chinese) expect(latinWords(memo)).toEqual([]);

    const invoice = `mutation ($input: RequestInvoiceInput!) { requestInvoice(input: $input) { invoice { id explanation dueReason } userErrors { message } } }`;
    const requested = await ask(
      invoice,
      {
        input: {
          paymentId: second.payOrder.payment.id,
          title: NAME,
          type: 'GENERAL',
          idempotencyKey: key('invoice'),
        },
      },
      'zh-CN',
    );
    expect(requested.requestInvoice.userErrors).toEqual([]);
    const read = `query ($id: ID!) { node(id: $id) { ... on Invoice { explanation dueReason } } }`;
    const id = requested.requestInvoice.invoice.id;
    expect((await ask(read, { id })).node).toEqual({
      explanation: expect.stringMatching(
        /^general invoice to 某某科技有限公司 for ¥[\d,.]+ \(R-INV-1\)$/,
      ),
      dueReason: expect.stringMatching(
        /^invoice due by \d{4}-\d{2}-\d{2}, the 45th working day after the payment confirmed on 2024-01-31 \(R-INV-2, R-TIME-3\)$/,
      ),
    });
    const inChinese = (await ask(read, { id }, 'zh-CN')).node;
    expect(inChinese).toEqual(
      requested.requestInvoice.invoice && {
        explanation: expect.stringMatching(
          /^开具普通发票，抬头 某某科技有限公司，金额 ¥[\d,.]+（R-INV-1）$/,
        ),
        dueReason: expect.stringMatching(
          /^发票应于 \d{4}-\d{2}-\d{2} 前开具，即付款于 2024-01-31 确认后的第 45 个工作日（R-INV-2、R-TIME-3）$/,
        ),
      },
    );
  });

  it('R-REF-7DAY R-REF-PAYOUT a refund’s approval and payout memos', async () => {
    const { accountId } = await accountAt(api, '2024-01-31');
    await verify(api, accountId, NAME);
    const opened = await openSubscription(api, {
      accountId,
      productCode: 'QIDIAN',
      planCode: 'SEATS',
      seats: 3,
    });
    const total = opened.order.total.amount as string;
    const paid = await ask(PAY, {
      input: {
        orderId: opened.order.id,
        method: 'ALIPAY',
        amount: total,
        idempotencyKey: key('pay'),
      },
    });
    expect(paid.payOrder.userErrors).toEqual([]);
    await activate(api, opened.subscription.id);
    const requested = await requestRefund(api, { orderId: opened.order.id, reason: 'NO_REASON' });
    expect(requested.userErrors).toEqual([]);
    expect((await approveRefund(api, requested.refund.id)).userErrors).toEqual([]);
    const payout = await ask(
      `mutation($id: ID!) { payRefund(input: { refundId: $id }) { userErrors { message } } }`,
      { id: requested.refund.id },
    );
    expect(payout.payRefund.userErrors).toEqual([]);
    const memos = async (language?: string): Promise<string[]> =>
      (await ask(JOURNAL, { accountId }, language)).journal.edges
        .filter((edge: { node: { sourceType: string } }) => edge.node.sourceType === 'Refund')
        .map((edge: { node: { memo: string } }) => edge.node.memo);
    const english = [...new Set(await memos())];
    const chinese = [...new Set(await memos('zh-CN'))];
    expect(english).toEqual([
      expect.stringMatching(/^Refund ¥[\d,.]+/),
      `Refund of ¥${Number(total).toLocaleString('en-US', { minimumFractionDigits: 2 })} paid back to ALIPAY (R-REF-PAYOUT)`,
    ]);
    expect(chinese).toHaveLength(2);
    expect(chinese[1]).toMatch(/^退款 ¥[\d,.]+ 已原路退回至支付宝（R-REF-PAYOUT）$/);
    for (const memo of chinese) expect(latinWords(memo)).toEqual([]);
  });

  it('a token nobody named is called by its role and date in each language; a typed name stays as typed', async () => {
    const { accountId } = await accountAt(api, '2024-01-31');
    const create = `mutation ($input: CreateApiTokenInput!) { createApiToken(input: $input) { apiToken { id name } userErrors { message } } }`;
    const unnamed = await ask(create, { input: { accountId, role: 'CUSTOMER_ADMIN' } }, 'zh-CN');
    const named = await ask(create, {
      input: { accountId, role: 'CUSTOMER_ADMIN', name: 'CI robot' },
    });
    const today = new Date().toISOString().slice(0, 10);
    expect(unnamed.createApiToken.apiToken.name).toBe(`客户管理员令牌（${today} 创建）`);
    const list = `query ($accountId: ID) { apiTokens(accountId: $accountId, first: 10) { edges { node { id name } } } }`;
    const names = async (language?: string) =>
      (await ask(list, { accountId }, language)).apiTokens.edges.map(
        (edge: { node: { name: string } }) => edge.node.name,
      );
    expect(await names()).toEqual(['CI robot', `CUSTOMER_ADMIN token of ${today}`]);
    expect(await names('zh-CN')).toEqual(['CI robot', `客户管理员令牌（${today} 创建）`]);
    expect(named.createApiToken.apiToken.name).toBe('CI robot');
  });
});
