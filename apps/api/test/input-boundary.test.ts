import { GraphQLNonNull, type GraphQLFormattedError, type GraphQLInputType } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { amountProblem, inputProblem, MAX_INPUT_LENGTH } from '../src/graphql/input-boundary.js';
import { buildApiSchema } from '../src/schema.js';
import { maskError } from '../src/server.js';
import { OPERATOR_TOKEN, startHarness, type Harness } from './harness.js';

let api: Harness;
beforeAll(async () => {
  api = await startHarness();
});
afterAll(async () => {
  await api.close();
});

const CREATE = `mutation($name: String!) {
  createAccount(input: { name: $name }) { account { id } userErrors { code message field } }
}`;
const OPEN = `mutation($input: OpenSubscriptionInput!) {
  openSubscription(input: $input) { order { id } userErrors { code message field } }
}`;

async function accountCount(): Promise<number> {
  const result = await api.gql(`{ accounts(first: 1) { totalCount } }`);
  return result.data!.accounts.totalCount as number;
}

async function account(): Promise<string> {
  const result = await api.gql(CREATE, { name: 'Boundary Ltd' });
  return result.data!.createAccount.account.id as string;
}

describe('one input boundary: strings are checked before any resolver runs', () => {
  it('a NUL byte in an account name is a user error on the field, and no account is written', async () => {
    const before = await accountCount();
    const result = await api.gql(CREATE, { name: 'Acme\u0000 Ltd' });
    expect(result.errors).toBeUndefined();
    expect(result.data!.createAccount).toEqual({
      account: null,
      userErrors: [
        {
          code: 'INVALID_INPUT',
          message:
            'name contains a NUL character (\\0), which cannot be stored: remove it and send it again',
          field: ['name'],
        },
      ],
    });
    expect(await accountCount()).toBe(before);
  });

  it('a lone surrogate in a plan code is refused without being repeated back, and no order is written', async () => {
    const accountId = await account();
    const result = await api.gql(OPEN, {
      input: {
        accountId,
        productCode: 'QIDIAN',
        planCode: '\ud800',
        seats: 5,
        years: 1,
        idempotencyKey: 'boundary-1',
      },
    });
    expect(result.errors).toBeUndefined();
    const [refused] = result.data!.openSubscription.userErrors;
    expect(refused).toMatchObject({ code: 'INVALID_INPUT', field: ['planCode'] });
    expect(refused.message).toBe(
      'planCode contains a lone UTF-16 surrogate, which is not text: send it as well-formed Unicode',
    );
    const orders = await api.db.query(
      'SELECT count(*)::int AS n FROM orders WHERE account_id = $1',
      [Buffer.from(accountId, 'base64url').toString().split(':')[1]],
    );
    expect(orders[0].n).toBe(0);
    // The same request, well-formed, goes through: the key was not used up by the refusal.
    const retried = await api.gql(OPEN, {
      input: {
        accountId,
        productCode: 'QIDIAN',
        planCode: 'SEATS',
        seats: 5,
        years: 1,
        idempotencyKey: 'boundary-1',
      },
    });
    expect(retried.data!.openSubscription.userErrors).toEqual([]);
  });

  it('idempotency keys are 1–255 printable ASCII characters', async () => {
    const accountId = await account();
    const open = (idempotencyKey: string) =>
      api.gql(OPEN, {
        input: {
          accountId,
          productCode: 'QIDIAN',
          planCode: 'SEATS',
          seats: 5,
          years: 1,
          idempotencyKey,
        },
      });
    const long = await open('k'.repeat(256));
    expect(long.data!.openSubscription.userErrors[0]).toMatchObject({
      code: 'INVALID_INPUT',
      field: ['idempotencyKey'],
      message:
        'idempotencyKey must be 1 to 255 printable ASCII characters, got 256 characters: use a UUID or another short ASCII key',
    });
    const accented = await open('clé-1');
    expect(accented.data!.openSubscription.userErrors[0].field).toEqual(['idempotencyKey']);
    const fine = await open('k'.repeat(255));
    expect(fine.data!.openSubscription.userErrors, JSON.stringify(fine.data)).toEqual([]);
  });

  it(`a value longer than ${MAX_INPUT_LENGTH.toLocaleString('en-US')} characters is refused with the limit`, async () => {
    const result = await api.gql(CREATE, { name: 'x'.repeat(MAX_INPUT_LENGTH + 1) });
    expect(result.data!.createAccount.userErrors[0]).toMatchObject({
      code: 'INVALID_INPUT',
      field: ['name'],
      message: 'name is 10,001 characters long: shorten it to at most 10,000',
    });
  });

  it('a query argument with a NUL byte is BAD_USER_INPUT naming the field', async () => {
    const result = await api.gql(
      `query($search: String) { accounts(first: 5, filter: { search: $search }) { totalCount } }`,
      {
        search: 'a\u0000b',
      },
    );
    expect(result.errors?.[0]).toMatchObject({
      message:
        'search contains a NUL character (\\0), which cannot be stored: remove it and send it again',
      extensions: { code: 'BAD_USER_INPUT', field: ['filter', 'search'] },
    });
  });

  it('over 50 invalid values in the variables are all BAD_USER_INPUT, the cut-off too (found by fuzz-mutations)', async () => {
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${OPERATOR_TOKEN}` },
      body: JSON.stringify({
        query:
          'mutation($input: IssuePostpaidBillInput!) { issuePostpaidBill(input: $input) { __typename } }',
        variables: {
          input: {
            accountId: await account(),
            month: '2021-04',
            idempotencyKey: 'boundary-many',
            lines: Array.from({ length: 60 }, () => ({ description: 'Calls' })),
          },
        },
      }),
    });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { errors: GraphQLFormattedError[] };
    expect(body.errors).toHaveLength(51);
    expect(new Set(body.errors.map((error) => error.extensions?.code))).toEqual(
      new Set(['BAD_USER_INPUT']),
    );
    expect(body.errors.at(-1)!.message).toBe(
      'Too many invalid values in the variables: the first 50 are listed; correct them and send the request again',
    );
  });

  it('a DateTime far in the future, before 1900 or on a day the month lacks is BAD_USER_INPUT, and the clock does not move (found by fuzz-mutations)', async () => {
    const created = await api.gql(
      `mutation { createTestClock(input: { name: "Boundary clock", frozenAt: "2021-04-20T10:00:00+08:00" }) { testClock { id frozenAt } } }`,
    );
    const clock = created.data!.createTestClock.testClock as { id: string; frozenAt: string };
    const cases: Array<[string, string]> = [
      [
        '9999-12-31T23:59:59Z',
        '“9999-12-31T23:59:59Z” is out of range: give an instant whose date in Asia/Shanghai is from 1900-01-01 to 2999-12-31, e.g. "2021-05-01T09:00:00+08:00"',
      ],
      [
        '3000-01-01T00:00:00+08:00',
        '“3000-01-01T00:00:00+08:00” is out of range: give an instant whose date in Asia/Shanghai is from 1900-01-01 to 2999-12-31, e.g. "2021-05-01T09:00:00+08:00"',
      ],
      [
        '0000-01-01T00:00:00Z',
        '“0000-01-01T00:00:00Z” is not a valid instant: give a real date and time, e.g. "2021-05-01T09:00:00+08:00"',
      ],
      [
        '1899-12-31T15:59:59Z',
        '“1899-12-31T15:59:59Z” is out of range: give an instant whose date in Asia/Shanghai is from 1900-01-01 to 2999-12-31, e.g. "2021-05-01T09:00:00+08:00"',
      ],
      [
        '2021-02-30T10:00:00+08:00',
        '“2021-02-30T10:00:00+08:00” is not a valid instant: give a real date and time, e.g. "2021-05-01T09:00:00+08:00"',
      ],
    ];
    for (const [to, message] of cases) {
      const result = await api.gql(
        `mutation($id: ID!, $to: DateTime!) { advanceTestClock(input: { id: $id, to: $to }) { testClock { frozenAt } } }`,
        { id: clock.id, to },
      );
      expect(result.status).toBe(400);
      expect(result.data).toBeUndefined();
      expect(result.errors).toHaveLength(1);
      expect(result.errors![0]!.extensions?.code).toBe('BAD_USER_INPUT');
      expect(result.errors![0]!.message).toContain(message);
    }
    const after = await api.gql(
      `query($id: ID!) { node(id: $id) { ... on TestClock { frozenAt } } }`,
      {
        id: clock.id,
      },
    );
    expect(after.data!.node.frozenAt).toBe(clock.frozenAt);
    // The edges of the range are instants like any other.
    const edge = await api.gql(
      `mutation($to: DateTime!) { createTestClock(input: { name: "Edge clock", frozenAt: $to }) { testClock { today } } }`,
      { to: '2999-12-31T23:59:59+08:00' },
    );
    expect(edge.data!.createTestClock.testClock.today).toBe('2999-12-31');
  });

  it('tab, line feed and carriage return are text; other control characters are not', () => {
    expect(inputProblem({ input: { note: 'line one\nline two\r\n\tindented' } })).toBeNull();
    expect(inputProblem({ input: { note: 'Zhōngwén 中文 ✓ 😀' } })).toBeNull();
    expect(inputProblem({ input: { note: 'bell\u0007' } })).toEqual({
      field: ['note'],
      message:
        'note contains a control character: remove it; only tab, line feed and carriage return are allowed',
    });
    expect(
      inputProblem({ input: { lines: [{ memo: 'ok' }, { memo: '\udc00 low' }] } }),
    ).toMatchObject({
      field: ['lines', '1', 'memo'],
    });
  });
});

describe('amounts are bounded (MAX_AMOUNT, default ¥10,000,000.00 per request)', () => {
  const TOP_UP = `mutation($input: TopUpBalanceInput!) {
    topUpBalance(input: $input) { account { balance { amount } } userErrors { code message field } }
  }`;
  const topUp = (accountId: string, amount: string, idempotencyKey: string) =>
    api.gql(TOP_UP, { input: { accountId, amount, method: 'ALIPAY', idempotencyKey } });

  it('a top-up of 1,000,000,000.00 is refused naming the field and the limit; the limit itself is accepted', async () => {
    const accountId = await account();
    const huge = await topUp(accountId, '1000000000.00', 'huge-1');
    expect(huge.data!.topUpBalance).toEqual({
      account: null,
      userErrors: [
        {
          code: 'INVALID_INPUT',
          field: ['amount'],
          message:
            'amount ¥1,000,000,000.00 is above ¥10,000,000.00, the most one request may move: send a smaller amount, in several requests if needed',
        },
      ],
    });
    const atLimit = await topUp(accountId, '10000000.00', 'limit-1');
    expect(atLimit.data!.topUpBalance.userErrors).toEqual([]);
    expect(atLimit.data!.topUpBalance.account.balance.amount).toBe('10000000.00');
  });

  it('an amount nested in a list (a postpaid bill line) is bounded too', async () => {
    const schema = await buildApiSchema();
    const input = schema.getType('IssuePostpaidBillInput') as GraphQLInputType;
    const problem = amountProblem(
      { input: { lines: [{ amount: 100 }, { amount: 2_000_000_000 }] } },
      [{ name: 'input', type: new GraphQLNonNull(input) }],
      1_000_000_000,
    );
    expect(problem?.field).toEqual(['lines', '1', 'amount']);
    expect(
      amountProblem(
        { input: { lines: [{ amount: 1_000_000_000 }] } },
        [{ name: 'input', type: input }],
        1_000_000_000,
      ),
    ).toBeNull();
  });
});

describe('safety net: PostgreSQL data exceptions are client errors', () => {
  it('a class-22 error (here: invalid input syntax for a uuid) is BAD_USER_INPUT, not INTERNAL_SERVER_ERROR', async () => {
    const error = await api.db.query(`SELECT 'not-a-uuid'::uuid`).catch((e: unknown) => e);
    const formatted: GraphQLFormattedError = { message: 'whatever', path: ['payOrder'] };
    expect(maskError(formatted, error)).toEqual({
      message:
        'A value in the request cannot be stored (invalid input syntax for type uuid: "not-a-uuid"): correct the input and send it again',
      path: ['payOrder'],
      extensions: { code: 'BAD_USER_INPUT' },
    });
    // Anything else stays masked.
    const other = await api.db.query(`SELECT * FROM no_such_table`).catch((e: unknown) => e);
    expect(maskError(formatted, other).extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
  });
});
