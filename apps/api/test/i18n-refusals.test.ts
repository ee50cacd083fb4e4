// The refusals the API writes itself (its user errors, its not-found answers and its FORBIDDEN
// errors) are written in the caller's language: Chinese with `Accept-Language: zh-CN`, and
// without the header the English they always were.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DECISION_FIELDS,
  accountAt,
  activeSubscription,
  advanceClock,
  approveRefund,
  key,
  openSubscription,
  payOrder,
  requestRefund,
  tokenFor,
} from './api-helpers.js';
import { OPERATOR_TOKEN, startHarness, type Harness } from './harness.js';
import { latinWords } from './i18n-helpers.js';
import { PUBLIC_NAMES } from './user-message-check.js';

let api: Harness;
beforeAll(async () => {
  api = await startHarness();
});
afterAll(async () => {
  await api.close();
});

interface Answer {
  data?: Record<string, any>;
  errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
}

/** A real GraphQL request with (or without) an Accept-Language header. */
async function send(
  query: string,
  variables: Record<string, unknown>,
  language?: string,
  token = OPERATOR_TOKEN,
): Promise<Answer> {
  const response = await fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      authorization: `Bearer ${token}`,
      ...(language === undefined ? {} : { 'accept-language': language }),
    },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as Answer;
}

/** The data of a request that raised no GraphQL error. */
async function ask(
  query: string,
  variables: Record<string, unknown>,
  language?: string,
): Promise<Record<string, any>> {
  const body = await send(query, variables, language);
  expect(body.errors).toBeUndefined();
  return body.data!;
}

/**
 * The same request without the header and with `Accept-Language: zh-CN`; `variables` is asked
 * once per language (each money-moving request needs its own idempotency key).
 */
async function inBothLanguages(
  query: string,
  variables: (language: 'en' | 'zh') => Record<string, unknown>,
): Promise<{ en: Record<string, any>; zh: Record<string, any> }> {
  const en = await ask(query, variables('en'));
  const zh = await ask(query, variables('zh'), 'zh-CN');
  return { en, zh };
}

/** A Chinese refusal: written in Chinese, with no English word left but the API's own names. */
function expectChinese(message: string): void {
  expect(message).toMatch(/[\u4e00-\u9fff]/);
  const left = latinWords(message).filter((word) => !PUBLIC_NAMES.has(word));
  expect(left, message).toEqual([]);
}

const APPROVE = `mutation($input: ApproveRefundInput!) { approveRefund(input: $input) { refund { id status } userErrors { code message field } } }`;
const REJECT = `mutation($input: RejectRefundInput!) { rejectRefund(input: $input) { refund { id status } userErrors { code message field } } }`;
const PREVIEW = `query($input: RefundPreviewInput!) { refundPreview(input: $input) { ${DECISION_FIELDS} } }`;
const CANCEL = `mutation($input: CancelOrderInput!) { cancelOrder(input: $input) { order { id status } userErrors { code message field } } }`;

describe('refunds: the API’s own refusals in the caller’s language', () => {
  it('R-REF-CAP R-REF-REVIEW a refund already decided, a rejection without a note and a service refunded twice', async () => {
    const { clockId, openingOrderId } = await activeSubscription(api, {
      openOn: '2024-03-15',
      activateOn: '2024-03-15',
      seats: 1,
      productCode: 'MEETING',
      planCode: 'PRO_ANNUAL',
    });
    await advanceClock(api, clockId, '2024-09-15');
    const requested = await requestRefund(api, {
      orderId: openingOrderId,
      reason: 'USER_CANCELLATION',
    });
    expect(requested.userErrors).toEqual([]);
    const refundId = requested.refund.id;

    // Rejecting without a note.
    const rejected = await inBothLanguages(REJECT, () => ({ input: { refundId, note: '  ' } }));
    expect(rejected.en.rejectRefund.userErrors).toEqual([
      { code: 'INVALID_INPUT', message: 'Say why the refund is rejected', field: ['note'] },
    ]);
    expect(rejected.zh.rejectRefund.userErrors).toEqual([
      { code: 'INVALID_INPUT', message: '请说明驳回退款的原因', field: ['note'] },
    ]);

    const approved = await approveRefund(api, refundId);
    expect(approved.userErrors).toEqual([]);

    // Approving it again: already decided.
    const again = await inBothLanguages(APPROVE, () => ({ input: { refundId } }));
    expect(again.en.approveRefund.userErrors).toEqual([
      {
        code: 'INVALID_STATE',
        message:
          'The refund is APPROVED, not waiting for review: it was already decided, so no action is needed (R-REF-REVIEW)',
        field: ['refundId'],
      },
    ]);
    expect(again.zh.approveRefund.userErrors).toEqual([
      {
        code: 'INVALID_STATE',
        message: '该退款状态为已通过，不在待审核状态：已经处理过，无需操作（R-REF-REVIEW）',
        field: ['refundId'],
      },
    ]);

    // The service was refunded: a second cancellation is refused (R-REF-CAP).
    const twice = await inBothLanguages(PREVIEW, () => ({
      input: { orderId: openingOrderId, reason: 'USER_CANCELLATION' },
    }));
    const refusal = (data: Record<string, any>) =>
      data.refundPreview.userErrors.find(
        (error: { message: string }) =>
          error.message.includes('R-REF-CAP') && error.message.includes('148.77'),
      );
    expect(refusal(twice.en)).toEqual({
      code: 'NOT_REFUNDABLE',
      message:
        'The service of this order was already refunded (¥148.77 approved on 2024-09-15); only a duplicate payment or overpayment can still be refunded (R-REF-CAP)',
      field: null,
    });
    expect(refusal(twice.zh)).toEqual({
      code: 'NOT_REFUNDABLE',
      message:
        '该订单的服务费用已经退过款（2024-09-15 批准退款 ¥148.77）；现在只能退还重复付款或多付的金额（R-REF-CAP）',
      field: null,
    });
    for (const error of twice.zh.refundPreview.userErrors) expectChinese(error.message);
  });

  it('an unknown order id answers NOT_FOUND in both languages', async () => {
    const { en, zh } = await inBothLanguages(CANCEL, () => ({ input: { orderId: 'nope' } }));
    expect(en.cancelOrder.userErrors).toEqual([
      {
        code: 'NOT_FOUND',
        message:
          'There is no such order you can see: check the id, or look the order up again in its list',
        field: ['orderId'],
      },
    ]);
    expect(zh.cancelOrder.userErrors).toEqual([
      {
        code: 'NOT_FOUND',
        message: '找不到你可以查看的订单：请检查 ID，或在订单列表中重新查找',
        field: ['orderId'],
      },
    ]);
    const preview = await inBothLanguages(PREVIEW, () => ({
      input: { orderId: 'nope', reason: 'NO_REASON' },
    }));
    expect(preview.en.refundPreview.userErrors[0].message).toBe(
      en.cancelOrder.userErrors[0].message,
    );
    expect(preview.zh.refundPreview.userErrors[0].message).toBe(
      zh.cancelOrder.userErrors[0].message,
    );
  });
});

describe('the other modules’ refusals in the caller’s language', () => {
  it('orders: an order with payments on it cannot be cancelled', async () => {
    const { accountId } = await accountAt(api, '2021-04-20');
    const opened = await openSubscription(api, { accountId, seats: 3 });
    await payOrder(api, opened.order.id, '100.00');
    const { en, zh } = await inBothLanguages(CANCEL, () => ({
      input: { orderId: opened.order.id },
    }));
    expect(en.cancelOrder.userErrors).toEqual([
      {
        code: 'INVALID_STATE',
        message:
          'The order cannot be cancelled: payments were made on it: request a refund instead',
        field: ['orderId'],
      },
    ]);
    expect(zh.cancelOrder.userErrors).toEqual([
      {
        code: 'INVALID_STATE',
        message: '该订单无法取消：已有付款：请改为申请退款',
        field: ['orderId'],
      },
    ]);
  });

  it('R-PAY-5 postpaid: a bill paid with another amount than its outstanding one', async () => {
    const { accountId } = await accountAt(api, '2024-02-01');
    const issued = await api.gql(
      `mutation($input: IssuePostpaidBillInput!) { issuePostpaidBill(input: $input) { postpaidBill { id } userErrors { code message } } }`,
      {
        input: {
          accountId,
          month: '2024-01',
          lines: [{ description: 'SMS: 1,200 messages', amount: '1234.50' }],
          idempotencyKey: key('bill'),
        },
      },
    );
    expect(issued.data!.issuePostpaidBill.userErrors).toEqual([]);
    const billId = issued.data!.issuePostpaidBill.postpaidBill.id;
    const pay = `mutation($input: PayPostpaidBillInput!) { payPostpaidBill(input: $input) { postpaidBill { id } userErrors { code message field } } }`;
    const { en, zh } = await inBothLanguages(pay, (language) => ({
      input: { billId, method: 'ALIPAY', amount: '1.00', idempotencyKey: key(language) },
    }));
    expect(en.payPostpaidBill.userErrors).toEqual([
      {
        code: 'INVALID_INPUT',
        message:
          "The bill's outstanding amount is ¥1,234.50 (¥1,234.50 billed + ¥0.00 late fee): pay exactly that (R-PAY-5)",
        field: ['amount'],
      },
    ]);
    expect(zh.payPostpaidBill.userErrors).toEqual([
      {
        code: 'INVALID_INPUT',
        message:
          '该账单的未付金额为 ¥1,234.50（账单金额 ¥1,234.50 + 滞纳金 ¥0.00）：请按此金额付款（R-PAY-5）',
        field: ['amount'],
      },
    ]);

    // Issuing the month again.
    const issue = `mutation($input: IssuePostpaidBillInput!) { issuePostpaidBill(input: $input) { postpaidBill { id } userErrors { code message field } } }`;
    const twice = await inBothLanguages(issue, (language) => ({
      input: {
        accountId,
        month: '2024-01',
        lines: [{ description: 'SMS', amount: '1.00' }],
        idempotencyKey: key(language),
      },
    }));
    expect(twice.en.issuePostpaidBill.userErrors[0].message).toBe(
      "The bill for 2024-01 was already issued, so no action is needed: see it in the account's postpaid bills (R-PAY-5)",
    );
    expect(twice.zh.issuePostpaidBill.userErrors[0].message).toBe(
      '2024-01 的账单已开出，无需操作：可在该账户的后付费账单中查看（R-PAY-5）',
    );
  });

  it('R-OPEN-3 subscriptions: activating an active subscription', async () => {
    const { subscriptionId } = await activeSubscription(api, {
      openOn: '2021-04-20',
      activateOn: '2021-05-01',
      seats: 5,
      productCode: 'QIDIAN',
    });
    const activate = `mutation($input: ActivateSubscriptionInput!) { activateSubscription(input: $input) { subscription { id } userErrors { code message field } } }`;
    const { en, zh } = await inBothLanguages(activate, () => ({ input: { subscriptionId } }));
    expect(en.activateSubscription.userErrors).toEqual([
      {
        code: 'INVALID_STATE',
        message:
          'The subscription is ACTIVE, not waiting for activation, so no action is needed (R-OPEN-3)',
        field: ['subscriptionId'],
      },
    ]);
    expect(zh.activateSubscription.userErrors).toEqual([
      {
        code: 'INVALID_STATE',
        message: '该订阅当前为生效中，不在等待开通状态，无需操作（R-OPEN-3）',
        field: ['subscriptionId'],
      },
    ]);
  });

  it('R-OPEN-2 verification: materials without documents', async () => {
    const { accountId } = await accountAt(api, '2021-04-20');
    const submit = `mutation($input: SubmitVerificationInput!) { submitVerification(input: $input) { userErrors { code message field } } }`;
    const { en, zh } = await inBothLanguages(submit, () => ({
      input: { accountId, verifiedName: 'Verified Enterprise Co., Ltd.', documents: [] },
    }));
    expect(en.submitVerification.userErrors).toEqual([
      {
        code: 'INVALID_INPUT',
        message:
          'Attach the business licence, the legal representative’s ID and a contact (R-OPEN-2)',
        field: ['documents'],
      },
    ]);
    expect(zh.submitVerification.userErrors).toEqual([
      {
        code: 'INVALID_INPUT',
        message: '请附上营业执照、法定代表人身份证件和联系人（R-OPEN-2）',
        field: ['documents'],
      },
    ]);
  });

  it('R-PAY-4 top-up: not from the balance itself, and not by a member', async () => {
    const { accountId } = await accountAt(api, '2021-04-20');
    const topUp = `mutation($input: TopUpBalanceInput!) { topUpBalance(input: $input) { payment { id } userErrors { code message field } } }`;
    const { en, zh } = await inBothLanguages(topUp, (language) => ({
      input: { accountId, method: 'BALANCE', amount: '100.00', idempotencyKey: key(language) },
    }));
    expect(en.topUpBalance.userErrors).toEqual([
      {
        code: 'INVALID_INPUT',
        message:
          'A top-up must be paid by card, Alipay, WeChat Pay or wallet, not from the balance itself: choose one of those methods (R-PAY-4)',
        field: ['method'],
      },
    ]);
    expect(zh.topUpBalance.userErrors).toEqual([
      {
        code: 'INVALID_INPUT',
        message:
          '充值须使用银行卡、支付宝、微信支付或腾讯钱包，不能从余额本身支付：请选择其中一种方式（R-PAY-4）',
        field: ['method'],
      },
    ]);

    // FORBIDDEN: a member may not top up the account's balance.
    const member = await tokenFor(api, accountId, 'CUSTOMER_MEMBER');
    const variables = (language: string) => ({
      input: { accountId, method: 'ALIPAY', amount: '100.00', idempotencyKey: key(language) },
    });
    const english = await send(topUp, variables('en'), undefined, member);
    const chinese = await send(topUp, variables('zh'), 'zh-CN', member);
    expect(english.errors?.[0]).toMatchObject({
      message:
        'Only the account’s administrators and operators may top up its balance: ask an administrator of the account or an operator to do it',
      extensions: { code: 'FORBIDDEN' },
    });
    expect(chinese.errors?.[0]).toMatchObject({
      message: '只有该账户的管理员和运营人员可以充值余额：请联系该账户的管理员或运营人员办理',
      extensions: { code: 'FORBIDDEN' },
    });
  });

  it('an unknown API token is refused in both languages', async () => {
    const query = `{ catalog { code } }`;
    const english = await send(query, {}, undefined, 'bk_unknown');
    const chinese = await send(query, {}, 'zh-CN', 'bk_unknown');
    expect(english.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(chinese.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(english.errors?.[0]?.message).toContain(
      'The API token is unknown: check that it was copied whole, or ask an operator (or your account’s administrator) for a new one',
    );
    expect(chinese.errors?.[0]?.message).toContain(
      'API 令牌无法识别：请检查是否完整复制，或向运营人员（或你账户的管理员）申请新令牌',
    );
  });

  it('an input no operation accepts (a NUL character) is refused in both languages', async () => {
    const create = `mutation($input: CreateAccountInput!) { createAccount(input: $input) { account { id } userErrors { code message field } } }`;
    const { en, zh } = await inBothLanguages(create, () => ({
      input: { name: 'Acme\u0000Co' },
    }));
    expect(en.createAccount.userErrors).toEqual([
      {
        code: 'INVALID_INPUT',
        message:
          'name contains a NUL character (\\0), which cannot be stored: remove it and send it again',
        field: ['name'],
      },
    ]);
    expect(zh.createAccount.userErrors).toEqual([
      {
        code: 'INVALID_INPUT',
        message: 'name 含有无法存储的 NUL 字符（\\0）：请删除后重新发送',
        field: ['name'],
      },
    ]);
  });
});
