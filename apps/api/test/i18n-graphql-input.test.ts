// What the GraphQL layer refuses itself (the scalars, page and sort arguments, cursors), the
// rules engine's refusals that now carry a message key (a seat count outside a plan's limits,
// seats reserved by add-seat orders awaiting payment), and the plain-text answers of the invoice
// documents and the CSV exports: in Chinese with `Accept-Language: zh-CN`, and without the header
// in the English they always were. Every check compares the whole text, so an answer left in
// English (or an English one changed) fails it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rateLimitMessage } from '../src/rate-limit.js';
import { accountAt, activeSubscription, addSeats, key, tokenFor } from './api-helpers.js';
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
  status: number;
  data?: Record<string, any>;
  errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
}

/** A real GraphQL request, with `Accept-Language: zh-CN` when `language` is `zh`. */
async function send(
  query: string,
  variables: Record<string, unknown>,
  language: 'en' | 'zh',
  token: string | null = OPERATOR_TOKEN,
): Promise<Answer> {
  const response = await fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token === null ? {} : { authorization: `Bearer ${token}` }),
      ...(language === 'zh' ? { 'accept-language': 'zh-CN' } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, ...((await response.json()) as Omit<Answer, 'status'>) };
}

/** The one error of a request asked in both languages: its code and message in each. */
async function errorInBothLanguages(
  query: string,
  variables: Record<string, unknown> = {},
  token: string | null = OPERATOR_TOKEN,
): Promise<{ code: unknown; en: string; zh: string }> {
  const en = await send(query, variables, 'en', token);
  const zh = await send(query, variables, 'zh', token);
  expect(en.data ?? null, JSON.stringify(en)).toBeNull();
  expect(en.errors, JSON.stringify(en)).toHaveLength(1);
  expect(zh.errors, JSON.stringify(zh)).toHaveLength(1);
  const code = en.errors![0]!.extensions?.code;
  expect(zh.errors![0]!.extensions?.code).toBe(code);
  expect(zh.status).toBe(en.status);
  return { code, en: en.errors![0]!.message, zh: zh.errors![0]!.message };
}

/** Written in Chinese, with no English word left but the API's own names (and its header's). */
function expectChinese(message: string): void {
  expect(message).toMatch(/[\u4e00-\u9fff]/);
  const left = latinWords(message).filter(
    (word) => !PUBLIC_NAMES.has(word) && word !== 'Authorization',
  );
  expect(left, message).toEqual([]);
}

const QUOTE_LITERAL = (asOf: string) =>
  `{ quote(input: { action: NEW_SUBSCRIPTION, productCode: "EQQ", planCode: "SEATS", seats: 5, years: 1, asOf: ${asOf} }) { total { amount } } }`;
const QUOTE = `query($input: QuoteInput!) { quote(input: $input) { total { amount } } }`;
const QUOTE_INPUT = {
  action: 'NEW_SUBSCRIPTION',
  productCode: 'EQQ',
  planCode: 'SEATS',
  seats: 5,
  years: 1,
};

describe('the scalars refuse a value in the caller’s language', () => {
  it('R-TIME-1 Date: a day the month lacks, as a literal and as a variable, and a number', async () => {
    const literal = await errorInBothLanguages(QUOTE_LITERAL('"2021-02-30"'));
    expect(literal.en).toBe('"2021-02-30" is not a calendar date in the form YYYY-MM-DD');
    expect(literal.zh).toBe('"2021-02-30" 不是 YYYY-MM-DD 格式的有效日期');
    expectChinese(literal.zh);

    const variable = await errorInBothLanguages(QUOTE, {
      input: { ...QUOTE_INPUT, asOf: '2021-02-30' },
    });
    expect(variable.code).toBe('BAD_USER_INPUT');
    expect(variable.en).toBe(
      'Variable "$input" got invalid value "2021-02-30" at "input.asOf"; "2021-02-30" is not a calendar date in the form YYYY-MM-DD',
    );
    expect(variable.zh).toBe(
      '变量 $input（input.asOf）的值无效："2021-02-30" 不是 YYYY-MM-DD 格式的有效日期',
    );
    expectChinese(variable.zh);

    const unwrapped = await errorInBothLanguages(
      `query($asOf: Date) { quote(input: { action: NEW_SUBSCRIPTION, productCode: "EQQ", planCode: "SEATS", seats: 5, asOf: $asOf }) { total { amount } } }`,
      { asOf: 20210501 },
    );
    expect(unwrapped.en).toBe(
      'Variable "$asOf" got invalid value 20210501; Date must be a string YYYY-MM-DD',
    );
    expect(unwrapped.zh).toBe('变量 $asOf 的值无效：Date 的值必须是 YYYY-MM-DD 格式的字符串');

    const number = await errorInBothLanguages(QUOTE_LITERAL('20210501'));
    expect(number.en).toBe('Date must be given as a string');
    expect(number.zh).toBe('Date 的值必须以字符串形式给出');
  });

  it('DateTime: no offset, a day the month lacks, and a year out of range', async () => {
    const clock = await api.gql(
      `mutation { createTestClock(input: { name: "Language clock", frozenAt: "2021-04-20T10:00:00+08:00" }) { testClock { id } } }`,
    );
    const id = clock.data!.createTestClock.testClock.id as string;
    const advance = `mutation($id: ID!, $to: DateTime!) { advanceTestClock(input: { id: $id, to: $to }) { testClock { frozenAt } } }`;

    const format = await errorInBothLanguages(
      `mutation { createTestClock(input: { name: "Language clock", frozenAt: "2021-04-20 10:00" }) { testClock { id } } }`,
    );
    expect(format.en).toBe(
      'DateTime must be an ISO-8601 instant with an offset, e.g. "2021-05-01T09:00:00+08:00"',
    );
    expect(format.zh).toBe(
      'DateTime 的值必须是带时区偏移的 ISO-8601 时间，例如 "2021-05-01T09:00:00+08:00"',
    );
    expectChinese(format.zh);

    const invalid = await errorInBothLanguages(advance, { id, to: '2021-02-30T10:00:00+08:00' });
    expect(invalid.code).toBe('BAD_USER_INPUT');
    expect(invalid.en).toBe(
      'Variable "$to" got invalid value "2021-02-30T10:00:00+08:00"; “2021-02-30T10:00:00+08:00” is not a valid instant: give a real date and time, e.g. "2021-05-01T09:00:00+08:00"',
    );
    expect(invalid.zh).toBe(
      '变量 $to 的值无效：“2021-02-30T10:00:00+08:00” 不是有效的时间：请给出真实存在的日期和时刻，例如 "2021-05-01T09:00:00+08:00"',
    );
    expectChinese(invalid.zh);

    const range = await errorInBothLanguages(advance, { id, to: '9999-12-31T23:59:59Z' });
    expect(range.en).toBe(
      'Variable "$to" got invalid value "9999-12-31T23:59:59Z"; “9999-12-31T23:59:59Z” is out of range: give an instant whose date in Asia/Shanghai is from 1900-01-01 to 2999-12-31, e.g. "2021-05-01T09:00:00+08:00"',
    );
    expect(range.zh).toBe(
      '变量 $to 的值无效：“9999-12-31T23:59:59Z” 超出范围：请给出北京时间日期在 1900-01-01 至 2999-12-31 之间的时间，例如 "2021-05-01T09:00:00+08:00"',
    );
    expectChinese(range.zh);
  });

  it('R-MONEY-1 Decimal: three decimals, an amount past what fen can hold exactly, and a number', async () => {
    const { accountId } = await accountAt(api, '2021-04-20');
    const topUp = `mutation($input: TopUpBalanceInput!) { topUpBalance(input: $input) { payment { id } userErrors { code message } } }`;
    const input = (amount: unknown) => ({
      input: { accountId, method: 'ALIPAY', amount, idempotencyKey: key('decimal') },
    });

    const decimals = await errorInBothLanguages(topUp, input('12.345'));
    expect(decimals.code).toBe('BAD_USER_INPUT');
    expect(decimals.en).toBe(
      'Variable "$input" got invalid value "12.345" at "input.amount"; "12.345" is not an amount in yuan with at most two decimals (e.g. "10450.00")',
    );
    expect(decimals.zh).toBe(
      '变量 $input（input.amount）的值无效："12.345" 不是以元为单位、最多两位小数的金额（例如 "10450.00"）',
    );
    expectChinese(decimals.zh);

    const huge = await errorInBothLanguages(topUp, input('99999999999999.99'));
    expect(huge.en).toBe(
      'Variable "$input" got invalid value "99999999999999.99" at "input.amount"; amount must be a whole number of fen, got 10000000000000000',
    );
    expect(huge.zh).toBe(
      '变量 $input（input.amount）的值无效：金额必须是整数分，而此金额为 10000000000000000 分，超出了能精确计算的范围：请给出更小的金额',
    );
    expectChinese(huge.zh);

    const number = await errorInBothLanguages(topUp, input(12.5));
    expect(number.en).toBe(
      'Variable "$input" got invalid value 12.5 at "input.amount"; Decimal must be a string such as "10450.00"',
    );
    expect(number.zh).toBe(
      '变量 $input（input.amount）的值无效：Decimal 的值必须是字符串，例如 "10450.00"',
    );
  });
});

describe('page, cursor and sort arguments are refused in the caller’s language', () => {
  it('a page size out of range, first with last, a foreign cursor and sort with orderBy', async () => {
    await accountAt(api, '2021-04-20');
    await accountAt(api, '2021-04-20');
    const accounts = `query($first: Int, $last: Int, $after: String, $sort: AccountSort, $orderBy: ListOrder) {
      accounts(first: $first, last: $last, after: $after, sort: $sort, orderBy: $orderBy) { edges { cursor } } }`;

    const size = await errorInBothLanguages(accounts, { first: 0 });
    expect(size.code).toBe('BAD_USER_INPUT');
    expect(size.en).toBe('first must be between 1 and 100');
    expect(size.zh).toBe('first 必须在 1 到 100 之间');
    expectChinese(size.zh);

    const both = await errorInBothLanguages(accounts, { first: 1, last: 1 });
    expect(both.en).toBe('Give first or last, not both: a page is counted from one end');
    expect(both.zh).toBe('first 和 last 只能给出其中一个：一页只从列表的一端开始计数');
    expectChinese(both.zh);

    // A cursor of the creation order, given to the list sorted by name: foreign to that order.
    const page = await send(accounts, { first: 1 }, 'en');
    const cursor = page.data!.accounts.edges[0].cursor as string;
    const foreign = await errorInBothLanguages(accounts, {
      first: 1,
      after: cursor,
      sort: 'NAME_ASC',
    });
    expect(foreign.code).toBe('BAD_USER_INPUT');
    expect(foreign.en).toBe(
      'after is not a cursor of this list in this order: use a cursor this list returned (its edges or pageInfo) with the same sort',
    );
    expect(foreign.zh).toBe(
      'after 不是此列表在当前排序下的游标：请使用此列表返回的游标，并保持相同的排序',
    );
    expectChinese(foreign.zh);
    const forged = await errorInBothLanguages(accounts, { first: 1, after: 'not-a-cursor' });
    expect(forged.zh).toBe(foreign.zh);

    const sort = await errorInBothLanguages(accounts, {
      first: 1,
      sort: 'NAME_ASC',
      orderBy: 'NEWEST_FIRST',
    });
    expect(sort.code).toBe('BAD_USER_INPUT');
    expect(sort.en).toBe('Give orderBy or sort, not both: sort names the order of the list');
    expect(sort.zh).toBe('orderBy 和 sort 只能给出其中一个：列表的顺序由 sort 指定');
    expectChinese(sort.zh);

    const search = await errorInBothLanguages(
      `query($search: String) { accounts(first: 1, filter: { search: $search }) { edges { cursor } } }`,
      { search: 'x'.repeat(101) },
    );
    expect(search.en).toBe(
      'filter.search must be at most 100 characters of plain text (no control characters)',
    );
    expect(search.zh).toBe('filter.search 必须是不超过 100 个字符的纯文本（不含控制字符）');
  });
});

describe('the rules engine’s seat limits in the caller’s language', () => {
  it('R-CAT-3 a seat count outside the plan’s 3–50 seats', async () => {
    const { accountId } = await accountAt(api, '2021-04-20');
    const open = `mutation($input: OpenSubscriptionInput!) { openSubscription(input: $input) { order { id } userErrors { code message field } } }`;
    const input = (language: string) => ({
      input: {
        accountId,
        productCode: 'EQQ',
        planCode: 'SEATS',
        seats: 2,
        years: 1,
        idempotencyKey: key(language),
      },
    });
    const en = await send(open, input('en'), 'en');
    const zh = await send(open, input('zh'), 'zh');
    expect(en.data!.openSubscription.userErrors).toEqual([
      {
        code: 'SEAT_LIMIT',
        message: 'Plan SEATS allows 3–50 seats, got 2: choose a seat count in that range (R-CAT-3)',
        field: ['seats'],
      },
    ]);
    expect(zh.data!.openSubscription.userErrors).toEqual([
      {
        code: 'SEAT_LIMIT',
        message:
          '套餐 SEATS 允许的席位数：3–50 个，而实际为 2 个：请选择此范围内的席位数（R-CAT-3）',
        field: ['seats'],
      },
    ]);

    // The quote refuses it the same way, in its explanation too.
    const quote = `query($input: QuoteInput!) { quote(input: $input) { explanation userErrors { message } } }`;
    const variables = { input: { ...QUOTE_INPUT, accountId, seats: 60 } };
    const answered = await send(quote, variables, 'en');
    expect(answered.errors, JSON.stringify(answered.errors)).toBeUndefined();
    const quotedEn = answered.data!.quote;
    const quotedZh = (await send(quote, variables, 'zh')).data!.quote;
    expect(quotedEn.explanation).toBe(
      'Plan SEATS allows 3–50 seats, got 60: choose a seat count in that range (R-CAT-3)',
    );
    expect(quotedZh.explanation).toBe(
      '套餐 SEATS 允许的席位数：3–50 个，而实际为 60 个：请选择此范围内的席位数（R-CAT-3）',
    );
    expect(quotedZh.userErrors[0].message).toBe(quotedZh.explanation);
    expectChinese(quotedZh.explanation);
  });

  it('R-SEAT-1 R-CAT-3 seats reserved by an add-seat order awaiting payment count against the maximum', async () => {
    const { subscriptionId } = await activeSubscription(api, {
      openOn: '2021-04-20',
      activateOn: '2021-05-01',
      seats: 45,
    });
    const pending = await addSeats(api, subscriptionId, 4);
    expect(pending.userErrors).toEqual([]);
    const add = `mutation($input: AddSeatsInput!) { addSeats(input: $input) { order { id } userErrors { code message field } } }`;
    const input = (language: string) => ({
      input: { subscriptionId, seats: 3, idempotencyKey: key(language) },
    });
    const en = await send(add, input('en'), 'en');
    const zh = await send(add, input('zh'), 'zh');
    expect(en.data!.addSeats.userErrors).toEqual([
      {
        code: 'SEAT_LIMIT',
        message:
          '4 seats of add-seat orders awaiting payment are reserved: 48 + 4 seats. Plan SEATS allows 3–50 seats, got 52: choose a seat count in that range (R-CAT-3)',
        field: ['seats'],
      },
    ]);
    expect(zh.data!.addSeats.userErrors).toEqual([
      {
        code: 'SEAT_LIMIT',
        message:
          '待付款的增购席位订单已预留 4 个席位：48 + 4 个席位。套餐 SEATS 允许的席位数：3–50 个，而实际为 52 个：请选择此范围内的席位数（R-CAT-3）',
        field: ['seats'],
      },
    ]);
    expectChinese(zh.data!.addSeats.userErrors[0].message);
  });
});

/** A plain-text answer of the API outside GraphQL, in `language`. */
async function plain(
  path: string,
  language: 'en' | 'zh',
  token: string | null,
): Promise<{ status: number; text: string; type: string | null }> {
  const response = await fetch(`${api.url}${path}`, {
    headers: {
      ...(token === null ? {} : { authorization: `Bearer ${token}` }),
      ...(language === 'zh' ? { 'accept-language': 'zh-CN,zh;q=0.9' } : {}),
    },
  });
  return {
    status: response.status,
    text: await response.text(),
    type: response.headers.get('content-type'),
  };
}

describe('the invoice documents and the CSV exports answer in the caller’s language', () => {
  it('a document without a token is 401, one that does not exist 404', async () => {
    const en = await plain('/invoices/SW52b2ljZTpub3Bl.pdf', 'en', null);
    const zh = await plain('/invoices/SW52b2ljZTpub3Bl.pdf', 'zh', null);
    expect([en.status, zh.status]).toEqual([401, 401]);
    expect(en.text).toBe('Sign in: send "Authorization: Bearer <token>"');
    expect(zh.text).toBe('请先登录：发送 "Authorization: Bearer <token>"');
    expect(zh.type).toBe('text/plain; charset=utf-8');

    const missingEn = await plain(
      '/invoices/SW52b2ljZTpub3Bl/credit-note.pdf',
      'en',
      OPERATOR_TOKEN,
    );
    const missingZh = await plain(
      '/invoices/SW52b2ljZTpub3Bl/credit-note.pdf',
      'zh',
      OPERATOR_TOKEN,
    );
    expect([missingEn.status, missingZh.status]).toEqual([404, 404]);
    expect(missingEn.text).toBe('No such document');
    expect(missingZh.text).toBe('找不到该文件');
  });

  it('an export without a token is 401, the journal for a customer 403, an unknown kind 404', async () => {
    const range = 'from=2021-01-01&to=2021-12-31';
    const unsigned = [
      await plain(`/exports/orders.csv?${range}`, 'en', null),
      await plain(`/exports/orders.csv?${range}`, 'zh', null),
    ];
    expect(unsigned.map((answer) => answer.status)).toEqual([401, 401]);
    expect(unsigned[0]!.text).toBe('Sign in: send "Authorization: Bearer <token>"');
    expect(unsigned[1]!.text).toBe('请先登录：发送 "Authorization: Bearer <token>"');

    const { accountId } = await accountAt(api, '2021-04-20');
    const member = await tokenFor(api, accountId, 'CUSTOMER_MEMBER');
    const journal = [
      await plain(`/exports/journal.csv?${range}`, 'en', member),
      await plain(`/exports/journal.csv?${range}`, 'zh', member),
    ];
    expect(journal.map((answer) => answer.status)).toEqual([403, 403]);
    expect(journal[0]!.text).toBe('The journal export is for operators');
    expect(journal[1]!.text).toBe('会计分录导出仅供运营人员使用');

    const unknown = [
      await plain(`/exports/customers.csv?${range}`, 'en', OPERATOR_TOKEN),
      await plain(`/exports/customers.csv?${range}`, 'zh', OPERATOR_TOKEN),
    ];
    expect(unknown.map((answer) => answer.status)).toEqual([404, 404]);
    expect(unknown[0]!.text).toBe(
      'No such export: choose one of orders, payments, refunds, invoices, journal',
    );
    expect(unknown[1]!.text).toBe(
      '没有这种导出：请从 orders, payments, refunds, invoices, journal 中选择一种',
    );

    const backwards = [
      await plain('/exports/orders.csv?from=2021-12-31&to=2021-01-01', 'en', OPERATOR_TOKEN),
      await plain('/exports/orders.csv?from=2021-12-31&to=2021-01-01', 'zh', OPERATOR_TOKEN),
    ];
    expect(backwards.map((answer) => answer.status)).toEqual([400, 400]);
    expect(backwards[0]!.text).toBe(
      '"from" (2021-12-31) is after "to" (2021-01-01): give an earlier "from"',
    );
    expect(backwards[1]!.text).toBe(
      '起始日期 "from"（2021-12-31）晚于结束日期 "to"（2021-01-01）：请给出更早的 "from"',
    );
  });
});

describe('what the HTTP layer refuses itself', () => {
  it('introspection for a customer is FORBIDDEN in the caller’s language', async () => {
    const { accountId } = await accountAt(api, '2021-04-20');
    const admin = await tokenFor(api, accountId, 'CUSTOMER_ADMIN');
    const refused = await errorInBothLanguages(`{ __schema { queryType { name } } }`, {}, admin);
    expect(refused.code).toBe('FORBIDDEN');
    expect(refused.en).toBe(
      'Introspection is open to signed-in operators only: send an operator token in the Authorization header, or use the schema published with the API and its SDK',
    );
    expect(refused.zh).toBe(
      '只有已登录的运营人员可以使用内省查询：请在 Authorization 请求头中发送运营令牌，或使用随 API 及其 SDK 发布的架构',
    );
    expectChinese(refused.zh);
  });

  it('the rate limit’s answer is written in either language', () => {
    const now = Date.UTC(2026, 0, 1, 8, 0, 0);
    expect(rateLimitMessage('token', 600, 60, 7, now)).toBe(
      'Too many requests from this API token: at most 600 requests in 60 seconds are accepted. Nothing was done; wait 7 seconds (until 2026-01-01T08:00:07Z), then send the request again',
    );
    const zh = rateLimitMessage('address', 1200, 60, 7, now, 'zh-CN');
    expect(zh).toBe(
      '你的地址发出的请求过多：60 秒内最多受理 1200 个请求。本次请求未做任何处理；请等待 7 秒（至 2026-01-01T08:00:07Z）后重新发送',
    );
    expectChinese(zh);
  });
});

describe('graphql-js’s refusals of a malformed query in the caller’s language', () => {
  it('an unknown field, a missing argument, a missing variable, an unknown enum value and a syntax error', async () => {
    const cases: Array<[string, Record<string, unknown>, string, string, string]> = [
      [
        '{ accounts(first: 1) { edges { node { nickname } } } }',
        {},
        'GRAPHQL_VALIDATION_FAILED',
        'Cannot query field "nickname" on type "Account". Did you mean "name"?',
        '类型 "Account" 上没有字段 "nickname"：请按架构中该类型的字段查询（是否指 "name"？）',
      ],
      [
        '{ quote { total { amount } } }',
        {},
        'GRAPHQL_VALIDATION_FAILED',
        'Field "quote" argument "input" of type "QuoteInput!" is required, but it was not provided.',
        '字段 "quote" 的参数 "input"（类型 "QuoteInput!"）为必填，但未提供',
      ],
      [
        QUOTE,
        {},
        'BAD_USER_INPUT',
        'Variable "$input" of required type "QuoteInput!" was not provided.',
        '必填变量 $input（类型 "QuoteInput!"）未提供：请在变量中给出它',
      ],
      [
        '{ accounts(first: 1, orderBy: SIDEWAYS) { totalCount } }',
        {},
        'GRAPHQL_VALIDATION_FAILED',
        'Value "SIDEWAYS" does not exist in "ListOrder" enum.',
        '枚举 "ListOrder" 中没有值 "SIDEWAYS"：请使用架构列出的值',
      ],
      [
        '{ accounts(first: 1) { totalCount }',
        {},
        'GRAPHQL_PARSE_FAILED',
        'Syntax Error: Expected Name, found <EOF>.',
        '查询语法错误（Expected Name, found <EOF>.）：请检查括号、引号和字段名',
      ],
    ];
    for (const [query, variables, code, en, zh] of cases) {
      const answer = await errorInBothLanguages(query, variables);
      expect(answer).toEqual({ code, en, zh });
    }
  });
});
