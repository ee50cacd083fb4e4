import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  accountAt,
  activate,
  createAccount,
  key,
  topUpBalance,
  approveRefund,
  requestRefund,
  expectBooksBalanced,
  localId,
  openSubscription,
  payOrder,
  tokenFor,
  verify,
} from './api-helpers.js';
import { OPERATOR_TOKEN, startHarness, type Harness } from './harness.js';

let api: Harness;
beforeAll(async () => {
  api = await startHarness();
});
afterEach(async () => {
  await expectBooksBalanced(api);
});
afterAll(async () => {
  await api.close();
});

const ENTRY = `id occurredAt actorRole actorTokenId action objectType objectId accountId before after requestId`;
type Entry = {
  id: string;
  occurredAt: string;
  actorRole: string;
  actorTokenId: string | null;
  action: string;
  objectType: string;
  objectId: string;
  accountId: string | null;
  before: string | null;
  after: string | null;
  requestId: string | null;
};

async function auditLog(
  args: { objectId?: string; accountId?: string; first?: number; after?: string },
  token?: string,
) {
  const result = await api.gql(
    `query($objectId: ID, $accountId: ID, $first: Int, $after: String) {
      auditLog(objectId: $objectId, accountId: $accountId, first: $first, after: $after) {
        totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ${ENTRY} } } } }`,
    args,
    token,
  );
  return result;
}

/** A mutation sent by hand, to read the x-request-id the API answered with. */
async function advanceWithRequestId(clockId: string, to: string): Promise<string> {
  const response = await fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${OPERATOR_TOKEN}` },
    body: JSON.stringify({
      query: `mutation($id: ID!, $to: DateTime!) { advanceTestClock(input: { id: $id, to: $to }) { userErrors { code } } }`,
      variables: { id: clockId, to: `${to}T10:00:00+08:00` },
    }),
  });
  expect(response.status).toBe(200);
  return response.headers.get('x-request-id')!;
}

describe('the audit trail', () => {
  it('records every mutation with its actor, request id and before/after, newest first, and the automatic transitions as SYSTEM (R-LIFE-6)', async () => {
    const { accountId, clockId } = await accountAt(api, '2021-04-20');
    const admin = await tokenFor(api, accountId);
    const opened = await openSubscription(
      api,
      { accountId, seats: 3, productCode: 'QIDIAN' },
      admin,
    );
    await payOrder(api, opened.order.id, '3600.00', 'ALIPAY', admin);
    await verify(api, accountId);
    const activated = await activate(api, opened.subscription.id);
    expect(activated.userErrors).toEqual([]);

    const log = await auditLog({ accountId, first: 20 });
    expect(log.errors).toBeUndefined();
    const entries: Entry[] = log.data!.auditLog.edges.map((e: { node: Entry }) => e.node);
    expect(entries.map((e) => [e.action, e.actorRole])).toEqual([
      ['activateSubscription', 'OPERATOR'],
      ['approveVerification', 'OPERATOR'],
      ['submitVerification', 'OPERATOR'],
      ['payOrder', 'CUSTOMER_ADMIN'],
      ['openSubscription', 'CUSTOMER_ADMIN'],
      // tokenFor: issuing the account's administrator token is audited too.
      ['createApiToken', 'OPERATOR'],
      // accountAt: so is creating the account, the first entry of its trail.
      ['createAccount', 'OPERATOR'],
    ]);
    expect(log.data!.auditLog.totalCount).toBe(7);
    const [activation, , , payment] = entries;
    expect(activation).toMatchObject({
      objectType: 'Subscription',
      objectId: opened.subscription.id,
      accountId,
      occurredAt: '2021-04-20T02:00:00.000Z',
    });
    expect(JSON.parse(activation!.before!)).toMatchObject({
      status: 'PENDING_ACTIVATION',
      periodEnd: null,
    });
    expect(JSON.parse(activation!.after!)).toMatchObject({
      status: 'ACTIVE',
      periodStart: '2021-04-20',
      periodEnd: '2022-04-20',
    });
    expect(payment).toMatchObject({ objectType: 'Order', objectId: opened.order.id });
    expect(payment!.actorTokenId).toMatch(/^[0-9a-f-]{36}$/);
    expect(JSON.parse(payment!.after!)).toMatchObject({ status: 'PAID', paid: 360000 });
    for (const entry of entries) expect(entry.requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(new Set(entries.map((e) => e.requestId)).size).toBe(7);

    // The automatic transitions a clock advance runs: SYSTEM, with the advance's request id.
    const requestId = await advanceWithRequestId(clockId, '2022-05-21');
    const bySubscription = await auditLog({ objectId: opened.subscription.id, first: 5 });
    const system: Entry[] = bySubscription.data!.auditLog.edges.map((e: { node: Entry }) => e.node);
    expect(system.map((e) => e.action)).toEqual(['recycle', 'enterGrace', 'activateSubscription']);
    const [recycle, grace] = system;
    expect(grace).toMatchObject({
      actorRole: 'SYSTEM',
      actorTokenId: null,
      requestId,
      objectType: 'Subscription',
      occurredAt: '2022-04-19T16:00:00.000Z',
    });
    expect(JSON.parse(grace!.before!)).toEqual({ status: 'ACTIVE' });
    expect(JSON.parse(grace!.after!)).toEqual({
      status: 'GRACE',
      periodEnd: '2022-04-20',
      cause: 'PERIOD_ENDED',
      rules: ['R-LIFE-6', 'R-LIFE-2', 'R-RENEW-1'],
    });
    expect(recycle).toMatchObject({
      actorRole: 'SYSTEM',
      requestId,
      occurredAt: '2022-05-19T16:00:00.000Z',
    });
    expect(JSON.parse(recycle!.after!)).toMatchObject({
      status: 'RECYCLED',
      recycledOn: '2022-05-20',
      serviceDataDeleted: true,
      rules: ['R-LIFE-6', 'R-LIFE-3', 'R-NUM-4'],
    });
    // The deleted service data is not kept in the audit trail either (R-LIFE-3).
    expect(recycle!.before).not.toMatch(/serviceData"/);
  });

  it('pages newest first with cursors, filters by object, and is also Account.auditLog', async () => {
    const { accountId } = await accountAt(api, '2021-04-20');
    const orders: string[] = [];
    for (let i = 0; i < 3; i++)
      orders.push(
        (await openSubscription(api, { accountId, seats: 3, productCode: 'QIDIAN' })).order.id,
      );
    await payOrder(api, orders[1]!, '100.00');

    const first = await auditLog({ accountId, first: 2 });
    // Three openings, a payment and the account's creation.
    expect(first.data!.auditLog.totalCount).toBe(5);
    expect(first.data!.auditLog.pageInfo.hasNextPage).toBe(true);
    const page1: Entry[] = first.data!.auditLog.edges.map((e: { node: Entry }) => e.node);
    expect(page1.map((e) => [e.action, e.objectId])).toEqual([
      ['payOrder', orders[1]],
      ['openSubscription', orders[2]],
    ]);
    const second = await auditLog({
      accountId,
      first: 2,
      after: first.data!.auditLog.pageInfo.endCursor,
    });
    expect(second.data!.auditLog.edges.map((e: { node: Entry }) => e.node.objectId)).toEqual([
      orders[1],
      orders[0],
    ]);
    expect(second.data!.auditLog.pageInfo.hasNextPage).toBe(true);
    const third = await auditLog({
      accountId,
      first: 2,
      after: second.data!.auditLog.pageInfo.endCursor,
    });
    expect(third.data!.auditLog.edges.map((e: { node: Entry }) => e.node.action)).toEqual([
      'createAccount',
    ]);
    expect(third.data!.auditLog.pageInfo.hasNextPage).toBe(false);

    const byOrder = await auditLog({ objectId: orders[1]! });
    expect(byOrder.data!.auditLog.edges.map((e: { node: Entry }) => e.node.action)).toEqual([
      'payOrder',
      'openSubscription',
    ]);
    expect(byOrder.data!.auditLog.totalCount).toBe(2);

    const account = await api.gql(
      `query($id: ID!) { account(id: $id) { auditLog(first: 3) { totalCount pageInfo { hasNextPage } edges { node { action objectId } } } } }`,
      { id: accountId },
    );
    expect(account.data!.account.auditLog).toEqual({
      totalCount: 5,
      pageInfo: { hasNextPage: true },
      edges: [
        { node: { action: 'payOrder', objectId: orders[1] } },
        { node: { action: 'openSubscription', objectId: orders[2] } },
        { node: { action: 'openSubscription', objectId: orders[1] } },
      ],
    });

    const nothing = await auditLog({ objectId: 'not-an-id' });
    expect(nothing.data!.auditLog).toMatchObject({ totalCount: 0, edges: [] });
    const badCursor = await auditLog({ accountId, after: 'nope' });
    expect(badCursor.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
  });

  it('is for operators only: customers get FORBIDDEN, and their account still reads without it', async () => {
    const { accountId } = await accountAt(api, '2021-04-20');
    const admin = await tokenFor(api, accountId);
    await openSubscription(api, { accountId, seats: 3, productCode: 'QIDIAN' }, admin);
    const query = await auditLog({ accountId }, admin);
    expect(query.errors![0]!.extensions!.code).toBe('FORBIDDEN');
    const field = await api.gql(
      `query($id: ID!) { account(id: $id) { name auditLog { totalCount } } }`,
      { id: accountId },
      admin,
    );
    expect(field.errors![0]).toMatchObject({
      path: ['account', 'auditLog'],
      extensions: { code: 'FORBIDDEN' },
    });
    expect(field.data!.account).toMatchObject({ auditLog: null });
    expect(field.data!.account.name).toEqual(expect.any(String));
    const [{ count }] = await api.db.query(
      `SELECT count(*)::int AS count FROM audit_log WHERE account_id = $1`,
      [localId(accountId)],
    );
    // The account's creation, the admin token's creation and the opening.
    expect(count).toBe(3);
  });

  it('reads as words: who acted (token name, role, account), the object by name, the change field by field', async () => {
    const { accountId } = await accountAt(api, '2021-04-20');
    const named = await api.gql(
      `mutation($accountId: ID!) { createApiToken(input: { accountId: $accountId, role: CUSTOMER_ADMIN, name: "Finance desk" }) { token } }`,
      { accountId },
    );
    const admin: string = named.data!.createApiToken.token;
    const opened = await openSubscription(
      api,
      { accountId, seats: 3, productCode: 'QIDIAN' },
      admin,
    );
    await payOrder(api, opened.order.id, '3600.00', 'ALIPAY', admin);
    await verify(api, accountId);
    expect((await activate(api, opened.subscription.id)).userErrors).toEqual([]);
    const requested = await requestRefund(
      api,
      { orderId: opened.order.id, reason: 'NO_REASON' },
      admin,
    );
    expect(requested.userErrors).toEqual([]);
    const approved = await approveRefund(api, requested.refund.id);
    expect(approved.userErrors).toEqual([]);

    const READABLE = `action actorRole actorTokenId actorTokenName actorAccount { id name }
      objectType objectId object { name code date amount { amount } } changes { field kind before after }`;
    const read = async (args: Record<string, unknown>) => {
      const result = await api.gql(
        `query($accountId: ID, $action: String, $actor: String, $objectType: String, $search: String, $orderBy: ListOrder) {
          auditLog(accountId: $accountId, action: $action, actor: $actor, objectType: $objectType, search: $search, orderBy: $orderBy, first: 20) {
            totalCount edges { node { ${READABLE} } } } }`,
        { accountId, ...args },
      );
      expect(result.errors).toBeUndefined();
      return result.data!.auditLog as {
        totalCount: number;
        edges: { node: Record<string, unknown> & { changes: Record<string, unknown>[] } }[];
      };
    };
    const all = await read({});
    expect(all.edges.map((e) => e.node.action)).toEqual([
      'approveRefund',
      'requestRefund',
      'activateSubscription',
      'approveVerification',
      'submitVerification',
      'payOrder',
      'openSubscription',
      'createApiToken',
      'createAccount',
    ]);
    const [approval, request, , , , payment, opening, token] = all.edges.map((e) => e.node);
    const account = await api.gql(`query($id: ID!) { account(id: $id) { name } }`, {
      id: accountId,
    });
    const accountName: string = account.data!.account.name;

    // Who: the operator's bootstrap token by name, the customer's token with its account.
    expect(approval).toMatchObject({
      actorRole: 'OPERATOR',
      actorTokenName: expect.stringMatching(/^Bootstrap operator token/),
      actorAccount: null,
      objectType: 'Refund',
      object: { code: 'NO_REASON', date: '2021-04-20', amount: { amount: '3600.00' } },
    });
    expect(payment).toMatchObject({
      actorRole: 'CUSTOMER_ADMIN',
      actorTokenName: 'Finance desk',
      actorAccount: { id: accountId, name: accountName },
      object: { name: null, code: 'NEW_SUBSCRIPTION', date: '2021-04-20' },
    });
    expect(opening!.object).toMatchObject({ code: 'NEW_SUBSCRIPTION' });
    expect(token).toMatchObject({ object: { name: 'Finance desk', code: 'CUSTOMER_ADMIN' } });
    // A subscription by its plan's name, in the reader's language.
    expect(all.edges[2]!.node).toMatchObject({
      objectType: 'Subscription',
      object: { name: 'Qidian seats', code: 'QIDIAN' },
    });
    const inChinese = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${OPERATOR_TOKEN}`,
        'accept-language': 'zh-CN',
      },
      body: JSON.stringify({
        query: `query($accountId: ID) { auditLog(accountId: $accountId, action: "activateSubscription", first: 1) { edges { node { object { name } } } } }`,
        variables: { accountId },
      }),
    });
    const chinese = (await inChinese.json()) as {
      data: { auditLog: { edges: { node: { object: { name: string } } }[] } };
    };
    expect(chinese.data.auditLog.edges[0]!.node.object.name).toBe('企点席位');

    // The change: money in yuan, dates as dates, statuses as codes; no ids, no JSON.
    expect(payment!.changes).toEqual(
      expect.arrayContaining([
        { field: 'status', kind: 'TEXT', before: 'AWAITING_PAYMENT', after: 'PAID' },
        { field: 'paid', kind: 'MONEY', before: '0.00', after: '3600.00' },
        { field: 'payment.amount', kind: 'MONEY', before: null, after: '3600.00' },
      ]),
    );
    expect(request!.changes).toEqual(
      expect.arrayContaining([
        { field: 'status', kind: 'TEXT', before: null, after: 'REQUESTED' },
        { field: 'amount', kind: 'MONEY', before: null, after: '3600.00' },
      ]),
    );
    expect(approval!.changes).toEqual(
      expect.arrayContaining([
        { field: 'status', kind: 'TEXT', before: 'REQUESTED', after: 'APPROVED' },
        expect.objectContaining({ field: 'payoutDueOn', kind: 'DATE' }),
      ]),
    );
    for (const entry of all.edges.map((e) => e.node))
      for (const change of entry.changes) {
        expect(change.field).not.toMatch(/(^|\.)(id|\w+Id)$/);
        expect(`${change.before} ${change.after}`).not.toMatch(
          /[{}]|QWNjb3Vud|[0-9a-f]{8}-[0-9a-f]{4}-/,
        );
      }

    // Filters: by action, by actor (role or token), by object type, by text; oldest first.
    expect((await read({ action: 'payOrder' })).edges.map((e) => e.node.action)).toEqual([
      'payOrder',
    ]);
    expect((await read({ actor: 'CUSTOMER_ADMIN' })).edges.map((e) => e.node.action)).toEqual([
      'requestRefund',
      'payOrder',
      'openSubscription',
    ]);
    expect(
      (await read({ actor: payment!.actorTokenId as string })).edges.map((e) => e.node.action),
    ).toEqual(['requestRefund', 'payOrder', 'openSubscription']);
    expect((await read({ actor: 'nobody' })).totalCount).toBe(0);
    expect((await read({ objectType: 'Refund' })).edges.map((e) => e.node.action)).toEqual([
      'approveRefund',
      'requestRefund',
    ]);
    expect((await read({ search: 'finance DESK' })).totalCount).toBe(3);
    expect((await read({ search: 'refund' })).totalCount).toBe(2);
    expect((await read({ search: '100%_' })).totalCount).toBe(0);
    expect((await read({ orderBy: 'OLDEST_FIRST' })).edges.map((e) => e.node.action)).toEqual([
      'createAccount',
      'createApiToken',
      'openSubscription',
      'payOrder',
      'submitVerification',
      'approveVerification',
      'activateSubscription',
      'requestRefund',
      'approveRefund',
    ]);
  });

  it('a search by an account’s name finds its own creation, the trail’s first entry, paged by keyset in SQL', async () => {
    const name = `Audit search ${key()} 100%_`;
    const accountId = await createAccount(api, name);
    const PAGE = `totalCount pageInfo { hasNextPage endCursor }
      edges { node { action actorRole objectType objectId accountId actorAccount { id } object { name } changes { field before after } } }`;
    const search = async (args: Record<string, unknown>) => {
      const result = await api.gql(
        `query($search: String, $first: Int, $after: String, $orderBy: ListOrder, $testMode: Boolean) {
          auditLog(search: $search, first: $first, after: $after, orderBy: $orderBy, testMode: $testMode) { ${PAGE} } }`,
        args,
      );
      expect(result.errors).toBeUndefined();
      return result.data!.auditLog as {
        totalCount: number;
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
        edges: { node: Record<string, unknown> & { action: string } }[];
      };
    };
    // A brand-new account: its creation is recorded, with the account's id, so its name finds it
    // (the name as typed, in any case, its wildcards taken as text).
    for (const text of [name, name.toUpperCase(), name.slice(6, 30)]) {
      const found = await search({ search: text, first: 10 });
      expect(found.totalCount, text).toBe(1);
      expect(found.edges[0]!.node).toMatchObject({
        action: 'createAccount',
        actorRole: 'OPERATOR',
        objectType: 'Account',
        objectId: accountId,
        accountId,
        object: { name },
        changes: [{ field: 'name', before: null, after: name }],
      });
    }
    // A live account: not in Test mode.
    expect((await search({ search: name, first: 10, testMode: false })).totalCount).toBe(1);
    expect((await search({ search: name, first: 10, testMode: true })).totalCount).toBe(0);
    // Also as the account's own trail.
    const own = await api.gql(
      `query($id: ID!) { account(id: $id) { auditLog(first: 5) { edges { node { action } } } } }`,
      { id: accountId },
    );
    expect(own.data!.account.auditLog.edges).toEqual([{ node: { action: 'createAccount' } }]);

    // Then two top-ups: pages of one, by the cursor, newest first and oldest first; the creation
    // ends the first and starts the second.
    for (const amount of ['12.00', '34.00']) {
      const topped = await topUpBalance(api, accountId, amount);
      expect(topped.userErrors).toEqual([]);
    }
    const walk = async (orderBy: string) => {
      const seen: string[] = [];
      let after: string | null = null;
      for (;;) {
        const page = await search({ search: name, first: 1, after, orderBy });
        expect(page.totalCount).toBe(3);
        expect(page.edges).toHaveLength(1);
        seen.push(page.edges[0]!.node.action);
        if (!page.pageInfo.hasNextPage) return seen;
        after = page.pageInfo.endCursor;
      }
    };
    expect(await walk('NEWEST_FIRST')).toEqual(['topUpBalance', 'topUpBalance', 'createAccount']);
    expect(await walk('OLDEST_FIRST')).toEqual(['createAccount', 'topUpBalance', 'topUpBalance']);
  });

  it('an account made on a test clock is created at the clock’s time, in Test mode', async () => {
    const { accountId } = await accountAt(api, '2021-04-20');
    const result = await api.gql(
      `query($id: ID) { auditLog(accountId: $id, testMode: true, first: 5) { edges { node { action occurredAt } } } }`,
      { id: accountId },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.auditLog.edges).toEqual([
      { node: { action: 'createAccount', occurredAt: '2021-04-20T02:00:00.000Z' } },
    ]);
  });
});
