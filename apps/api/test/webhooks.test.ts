import { createHmac } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createTestDatabase } from '@billing/tooling/test-database';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { loadConfig, type WebhookSettings } from '../src/config.js';
import { createDataSource, openDatabase } from '../src/db/data-source.js';
import { WebhookWorker } from '../src/modules/webhooks/webhook-worker.js';
import { createAccount, openSubscription, payOrder, tokenFor, verify } from './api-helpers.js';
import { startHarness, type Harness } from './harness.js';

/**
 * Webhooks end to end: a real receiver on 127.0.0.1, the API and two delivery workers (as two
 * API processes would run them, sharing the work through the queue) on a database of their own (an endpoint for every account must not see other test files' events).
 */

interface Received {
  readonly path: string;
  readonly body: string;
  readonly headers: IncomingMessage['headers'];
  readonly event: {
    id: string;
    type: string;
    sequence: number;
    account: { id: string } | null;
    data: any;
  };
}

/** What the receiver does with a request: answer, or hang (never answer). */
type Behaviour = { status: number; body?: string } | 'hang';

class Receiver {
  readonly received: Received[] = [];
  /** Per path: behaviours for its next requests, in turn; then `always` or 200. */
  readonly plan = new Map<string, Behaviour[]>();
  readonly always = new Map<string, Behaviour>();
  private server!: Server;
  private readonly hanging: ServerResponse[] = [];
  base = '';

  async start(): Promise<this> {
    this.server = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        const body = Buffer.concat(chunks).toString('utf8');
        const event = JSON.parse(body);
        const path = new URL(request.url ?? '/', 'http://x').pathname;
        this.received.push({ path, body, headers: request.headers, event });
        const next = this.plan.get(path)?.shift() ??
          this.always.get(path) ?? { status: 200, body: 'ok' };
        if (next === 'hang') {
          this.hanging.push(response);
          return;
        }
        response.writeHead(next.status, { 'content-type': 'text/plain' });
        response.end(next.body ?? '');
      });
    });
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.base = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  /** A URL of its own for one endpoint. */
  url(path: string): string {
    return `${this.base}/${path}`;
  }

  at(path: string): Received[] {
    return this.received.filter((r) => r.path === `/${path}`);
  }

  async close(): Promise<void> {
    for (const response of this.hanging) response.destroy();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}

const SETTINGS: WebhookSettings = {
  ...loadConfig({}).webhooks,
  allowPrivateUrls: true,
  timeoutMs: 700,
  retryBaseSeconds: 1,
  // Two retries (after 1 s and 2 s), then FAILED; an endpoint failing for 8 s is disabled.
  retryHours: 0.001,
  disableAfterHours: 8 / 3600,
  pollSeconds: 0.5,
  dispatchIntervalMs: 100,
  concurrency: 4,
  jobExpireSeconds: 3,
};

async function until<T>(
  what: string,
  probe: () => Promise<T | undefined> | T | undefined,
  ms = 20_000,
): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

function signed(body: string, header: string, secret: string): boolean {
  const t = /t=(\d+)/.exec(header)![1];
  const expected = createHmac('sha256', secret).update(`${t}.${body}`).digest('hex');
  return header.split(',').some((part) => part === `v1=${expected}`);
}

let api: Harness;
let workers: WebhookWorker[] = [];
let receiver: Receiver;
let closeSecond: (() => Promise<void>) | undefined;
let drop: () => Promise<void>;
let databaseUrl: string;

const ENDPOINT = `id url description eventTypes status disabledReason failingSince secretHint previousSecretExpiresAt account { id }`;
const CREATE = `mutation($input: CreateWebhookEndpointInput!) {
  createWebhookEndpoint(input: $input) { signingSecret endpoint { ${ENDPOINT} } userErrors { code message field } } }`;

async function createEndpoint(input: Record<string, unknown>, token?: string) {
  const result = await api.gql(CREATE, { input }, token);
  expect(result.errors).toBeUndefined();
  return result.data!.createWebhookEndpoint;
}

async function deliveriesOf(endpointId: string) {
  const result = await api.gql(
    `query($id: ID!) { webhookEndpoint(id: $id) { deliveries(first: 100) { totalCount edges { node {
       id eventType status attempts nextAttemptAt lastStatusCode latencyMs lastError responseExcerpt deliveredAt event { id type } } } } } }`,
    { id: endpointId },
  );
  expect(result.errors).toBeUndefined();
  return result.data!.webhookEndpoint.deliveries.edges.map((edge: any) => edge.node) as any[];
}

beforeAll(async () => {
  const database = await createTestDatabase(inject('databaseUrl'));
  drop = database.drop;
  databaseUrl = database.url;
  await (await openDatabase(databaseUrl)).destroy(); // migrated
  api = await startHarness({
    databaseUrl,
    config: { webhooks: SETTINGS },
  });
  receiver = await new Receiver().start();
  const second = await createDataSource(databaseUrl).initialize();
  closeSecond = () => second.destroy();
  workers = [
    await new WebhookWorker(api.db, databaseUrl, SETTINGS).start(),
    await new WebhookWorker(second, databaseUrl, SETTINGS).start(),
  ];
}, 60_000);

afterAll(async () => {
  for (const worker of workers) await worker.stop({ graceful: false });
  await closeSecond?.();
  await receiver?.close();
  await api?.close();
  await drop?.();
});

describe('endpoints', () => {
  it('are created with a signing secret shown once; URLs are checked; members may not manage them', async () => {
    const accountId = await createAccount(api);
    const admin = await tokenFor(api, accountId);
    const created = await createEndpoint(
      { url: receiver.url('erp?a=1'), eventTypes: ['order.paid'], description: 'ERP' },
      admin,
    );
    expect(created.userErrors).toEqual([]);
    expect(created.signingSecret).toMatch(/^whsec_/);
    expect(created.endpoint).toMatchObject({
      eventTypes: ['order.paid'],
      status: 'ENABLED',
      description: 'ERP',
      account: { id: accountId },
      secretHint: `whsec_…${created.signingSecret.slice(-4)}`,
    });
    // Not shown again, nor anywhere in what the endpoint answers.
    const read = await api.gql(`query($id: ID!) { webhookEndpoint(id: $id) { ${ENDPOINT} } }`, {
      id: created.endpoint.id,
    });
    expect(read.data!.webhookEndpoint.id).toBe(created.endpoint.id);
    expect(JSON.stringify(read.data)).not.toContain(created.signingSecret);

    for (const [input, field, words] of [
      [{ url: 'ftp://example.com/' }, 'url', /http or https/],
      [{ url: 'not a url' }, 'url', /not a valid absolute URL/],
      [
        { url: receiver.url('x'), eventTypes: ['order.nope'] },
        'eventTypes',
        /no event type “order.nope”/,
      ],
      [{ url: receiver.url('x'), description: 'x'.repeat(201) }, 'description', /longer than 200/],
    ] as const) {
      const refused = await createEndpoint(input, admin);
      expect(refused.endpoint).toBeNull();
      expect(refused.userErrors).toEqual([
        { code: 'INVALID_INPUT', field: [field], message: expect.stringMatching(words) },
      ]);
    }
    // Another account's: as if it did not exist. A member: FORBIDDEN.
    const other = await createAccount(api);
    expect(
      (await createEndpoint({ url: receiver.url('x'), accountId: other }, admin)).userErrors,
    ).toEqual([
      {
        code: 'NOT_FOUND',
        field: ['accountId'],
        message: expect.stringMatching(/no such account/),
      },
    ]);
    const member = await tokenFor(api, accountId, 'CUSTOMER_MEMBER');
    const forbidden = await api.gql(CREATE, { input: { url: receiver.url('x') } }, member);
    expect(forbidden.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const list = await api.gql(
      `{ webhookEndpoints { totalCount edges { node { id } } } }`,
      {},
      admin,
    );
    expect(list.data!.webhookEndpoints).toMatchObject({
      totalCount: 1,
      edges: [{ node: { id: created.endpoint.id } }],
    });
    const hidden = await api.gql(
      `query($id: ID!) { webhookEndpoint(id: $id) { id } }`,
      { id: created.endpoint.id },
      await tokenFor(api, other),
    );
    expect(hidden.data!.webhookEndpoint).toBeNull();
  });

  it('refuse loopback and private addresses unless the installation allows them', async () => {
    const strict = await startHarness({
      databaseUrl,
      config: { webhooks: { ...SETTINGS, allowPrivateUrls: false } },
    });
    try {
      const result = await strict.gql(CREATE, { input: { url: receiver.url('x') } });
      expect(result.data!.createWebhookEndpoint.userErrors).toEqual([
        {
          code: 'INVALID_INPUT',
          field: ['url'],
          message: expect.stringMatching(/public addresses only/),
        },
      ]);
    } finally {
      await strict.close();
    }
  });
});

describe('node(id:)', () => {
  it('fetches a billing event, an endpoint and a delivery by their ids, for whoever may see them', async () => {
    const accountId = await createAccount(api);
    await verify(api, accountId);
    const endpoint = await createEndpoint({
      url: receiver.url('node'),
      accountId,
      eventTypes: ['order.created'],
    });
    await openSubscription(api, { accountId, seats: 3, productCode: 'QIDIAN' });
    const [delivery] = await until('the delivery', async () => {
      const list = await deliveriesOf(endpoint.endpoint.id);
      return list[0]?.status === 'SUCCEEDED' ? list : undefined;
    });
    const NODE = `query($id: ID!) { node(id: $id) { __typename id
      ... on BillingEvent { type } ... on WebhookEndpoint { url } ... on WebhookDelivery { status } } }`;
    const node = async (id: string, token?: string) =>
      (await api.gql(NODE, { id }, token)).data!.node as Record<string, unknown> | null;
    const admin = await tokenFor(api, accountId);
    const stranger = await tokenFor(api, await createAccount(api));
    const member = await tokenFor(api, accountId, 'CUSTOMER_MEMBER');
    for (const [id, expected] of [
      [delivery.event.id, { __typename: 'BillingEvent', type: 'order.created' }],
      [endpoint.endpoint.id, { __typename: 'WebhookEndpoint', url: receiver.url('node') }],
      [delivery.id, { __typename: 'WebhookDelivery', status: 'SUCCEEDED' }],
    ] as const) {
      expect(await node(id)).toEqual({ id, ...expected });
      expect(await node(id, admin)).toEqual({ id, ...expected });
      expect(await node(id, stranger)).toBeNull();
      expect(await node(id, member)).toBeNull();
    }
  });
});

describe('delivery', () => {
  it('events arrive signed, once each, in order per account; an endpoint of one account gets only its events', async () => {
    const a = await createAccount(api);
    const b = await createAccount(api);
    const endpointA = await createEndpoint({ url: receiver.url('a'), accountId: a });
    const endpointB = await createEndpoint({ url: receiver.url('b'), accountId: b });
    for (const accountId of [a, b]) await verify(api, accountId);
    // Interleaved changes of both accounts.
    const opened = [];
    for (const accountId of [a, b])
      opened.push(await openSubscription(api, { accountId, seats: 3, productCode: 'QIDIAN' }));
    for (const o of opened) await payOrder(api, o.order.id, o.order.total.amount);
    const eventIds = async (id: string) => {
      const result = await api.gql(
        `query($id: ID!) { billingEvents(accountId: $id, first: 100) { edges { node { id } } } }`,
        { id },
      );
      return result.data!.billingEvents.edges.map((edge: any) => edge.node.id) as string[];
    };
    for (const [accountId, path, endpoint] of [
      [a, 'a', endpointA],
      [b, 'b', endpointB],
    ] as const) {
      const events = await eventIds(accountId);
      expect(events.length).toBeGreaterThanOrEqual(3);
      const got = await until(`the events of ${path}`, () =>
        receiver.at(path).length >= events.length ? receiver.at(path) : undefined,
      );
      // Each once, in the order they happened, each signed with its endpoint's secret, and
      // none of the other account's.
      expect(got.map((r) => r.event.id)).toEqual(events);
      expect(got.every((r) => r.event.account?.id === accountId)).toBe(true);
      const sequences = got.map((r) => r.event.sequence);
      expect(sequences).toEqual([...sequences].sort((x, y) => x - y));
      for (const r of got) {
        expect(signed(r.body, String(r.headers['billing-signature']), endpoint.signingSecret)).toBe(
          true,
        );
        expect(r.headers['billing-event-id']).toBe(r.event.id);
        expect(r.headers['billing-event-type']).toBe(r.event.type);
        expect(r.headers['billing-delivery-attempt']).toBe('1');
      }
      const other = accountId === a ? endpointB : endpointA;
      expect(
        signed(got[0]!.body, String(got[0]!.headers['billing-signature']), other.signingSecret),
      ).toBe(false);
      const list = await until('the deliveries recorded', async () => {
        const l = await deliveriesOf(endpoint.endpoint.id);
        return l.length === events.length && l.every((d) => d.status === 'SUCCEEDED')
          ? l
          : undefined;
      });
      expect(
        list.every(
          (d) => d.attempts === 1 && d.lastStatusCode === 200 && d.responseExcerpt === 'ok',
        ),
      ).toBe(true);
    }
    const paid = receiver.at('a').find((r) => r.event.type === 'order.paid')!;
    expect(paid.event.data).toMatchObject({ id: opened[0].order.id, total: { currency: 'CNY' } });
  });

  it('a receiver that fails twice (500, then a timeout) gets the event on the third attempt, and holds one record of it', async () => {
    const accountId = await createAccount(api);
    await verify(api, accountId);
    const endpoint = await createEndpoint({
      url: receiver.url('flaky'),
      accountId,
      eventTypes: ['order.created'],
    });
    receiver.plan.set('/flaky', [{ status: 500, body: 'boom' }, 'hang']);
    expect(
      (await openSubscription(api, { accountId, seats: 3, productCode: 'QIDIAN' })).userErrors,
    ).toEqual([]);
    const attempts = await until('three attempts', () =>
      receiver.at('flaky').length >= 3 ? receiver.at('flaky') : undefined,
    );
    expect(attempts.map((r) => r.headers['billing-delivery-attempt'])).toEqual(['1', '2', '3']);
    expect(new Set(attempts.map((r) => r.event.id)).size).toBe(1);
    const list = await until('the delivery to succeed', async () => {
      const l = await deliveriesOf(endpoint.endpoint.id);
      return l[0]?.status === 'SUCCEEDED' ? l : undefined;
    });
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ eventType: 'order.created', attempts: 3, lastStatusCode: 200 });
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(receiver.at('flaky')).toHaveLength(3);
  });

  it('an event failing every attempt is given up (FAILED) and the next one goes; an endpoint failing for days is disabled and audited', async () => {
    const accountId = await createAccount(api);
    await verify(api, accountId);
    const endpoint = await createEndpoint({ url: receiver.url('down'), accountId });
    receiver.always.set('/down', { status: 503, body: 'x'.repeat(3000) });
    const opened = await openSubscription(api, { accountId, seats: 3, productCode: 'QIDIAN' });
    await payOrder(api, opened.order.id, opened.order.total.amount);
    const read = async () =>
      (
        await api.gql(
          `query($id: ID!) { webhookEndpoint(id: $id) { status disabledReason failingSince } }`,
          {
            id: endpoint.endpoint.id,
          },
        )
      ).data!.webhookEndpoint;
    await until(
      'the endpoint to be disabled',
      async () => ((await read()).status === 'DISABLED' ? true : undefined),
      40_000,
    );
    expect((await read()).disabledReason).toMatch(/Every delivery failed/);
    const list = await deliveriesOf(endpoint.endpoint.id);
    const failed = list.filter((d) => d.status === 'FAILED');
    // Given up after 3 attempts (two retries), each the next in order: at least two events gave up.
    expect(failed.length).toBeGreaterThanOrEqual(2);
    for (const d of failed) {
      expect(d).toMatchObject({ attempts: 3, lastStatusCode: 503, nextAttemptAt: null });
      expect(d.lastError).toMatch(/given up after 3 attempts/);
      expect(d.responseExcerpt).toHaveLength(1024);
    }
    const audit = await api.gql(
      `query($id: ID!) { auditLog(objectId: $id, first: 10) { edges { node { action actorRole object { name } } } } }`,
      {
        id: endpoint.endpoint.id,
      },
    );
    expect(audit.errors).toBeUndefined();
    expect(audit.data!.auditLog.edges.map((e: any) => e.node.action)).toContain(
      'webhook_endpoint.disabled',
    );
    // The audit trail names the endpoint by its URL.
    expect(audit.data!.auditLog.edges[0].node.object).toEqual({ name: receiver.url('down') });
    // Disabled: nothing more is sent. Enabled again after the fix: what waited is sent.
    receiver.always.delete('/down');
    const before = receiver.at('down').length;
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(receiver.at('down').length).toBe(before);
    const pending = list.filter((d) => d.status === 'PENDING').length;
    const enabled = await api.gql(
      `mutation($id: ID!) { enableWebhookEndpoint(input: { id: $id }) { endpoint { status failingSince } userErrors { message } } }`,
      { id: endpoint.endpoint.id },
    );
    expect(enabled.data!.enableWebhookEndpoint).toMatchObject({
      endpoint: { status: 'ENABLED', failingSince: null },
      userErrors: [],
    });
    if (pending > 0)
      await until('the waiting deliveries', async () => {
        const l = await deliveriesOf(endpoint.endpoint.id);
        return l.every((d) => d.status !== 'PENDING') ? true : undefined;
      });
  }, 60_000);
});

describe('secrets, resending and tests', () => {
  it('a rotated secret: requests carry signatures of the new and, during the overlap, the old secret', async () => {
    const accountId = await createAccount(api);
    await verify(api, accountId);
    const endpoint = await createEndpoint({
      url: receiver.url('rotate'),
      accountId,
      eventTypes: ['order.created'],
    });
    const rotated = await api.gql(
      `mutation($id: ID!) { rotateWebhookEndpointSecret(input: { id: $id, overlapHours: 2 }) { signingSecret endpoint { previousSecretExpiresAt secretHint } userErrors { message } } }`,
      { id: endpoint.endpoint.id },
    );
    const { signingSecret, endpoint: after } = rotated.data!.rotateWebhookEndpointSecret;
    expect(signingSecret).toMatch(/^whsec_/);
    expect(signingSecret).not.toBe(endpoint.signingSecret);
    expect(after.previousSecretExpiresAt).not.toBeNull();
    await openSubscription(api, { accountId, seats: 3, productCode: 'QIDIAN' });
    const [request] = await until('the event', () =>
      receiver.at('rotate').length > 0 ? receiver.at('rotate') : undefined,
    );
    const header = String(request!.headers['billing-signature']);
    expect(header.match(/v1=/g)).toHaveLength(2);
    expect(signed(request!.body, header, signingSecret)).toBe(true);
    expect(signed(request!.body, header, endpoint.signingSecret)).toBe(true);
    const refused = await api.gql(
      `mutation($id: ID!) { rotateWebhookEndpointSecret(input: { id: $id, overlapHours: 500 }) { signingSecret userErrors { field message } } }`,
      { id: endpoint.endpoint.id },
    );
    expect(refused.data!.rotateWebhookEndpointSecret).toMatchObject({
      signingSecret: null,
      userErrors: [{ field: ['overlapHours'] }],
    });
  });

  it('resends one event, and sends a test event now with its outcome', async () => {
    const accountId = await createAccount(api);
    await verify(api, accountId);
    const endpoint = await createEndpoint({
      url: receiver.url('resend'),
      accountId,
      eventTypes: ['order.created'],
    });
    await openSubscription(api, { accountId, seats: 3, productCode: 'QIDIAN' });
    const [first] = await until('the event', () =>
      receiver.at('resend').length > 0 ? receiver.at('resend') : undefined,
    );
    const resend = `mutation($e: ID!, $ev: ID!) { resendWebhookEvent(input: { endpointId: $e, eventId: $ev }) { delivery { status attempts } userErrors { code message } } }`;
    await until('the first delivery recorded', async () =>
      (await deliveriesOf(endpoint.endpoint.id))[0]?.status === 'SUCCEEDED' ? true : undefined,
    );
    const again = await api.gql(resend, { e: endpoint.endpoint.id, ev: first!.event.id });
    expect(again.data!.resendWebhookEvent).toMatchObject({
      delivery: { status: 'PENDING', attempts: 0 },
      userErrors: [],
    });
    const both = await until('the resent event', () =>
      receiver.at('resend').length >= 2 ? receiver.at('resend') : undefined,
    );
    expect(both[1]!.event.id).toBe(first!.event.id);
    expect(both[1]!.body).toBe(first!.body);
    // Another account's event: not found for this account's administrator.
    const stranger = await createAccount(api);
    const admin = await tokenFor(api, stranger);
    const theirs = await api.gql(resend, { e: endpoint.endpoint.id, ev: first!.event.id }, admin);
    expect(theirs.data!.resendWebhookEvent.userErrors[0].code).toBe('NOT_FOUND');

    receiver.plan.set('/resend', [{ status: 418, body: 'teapot' }]);
    const test = await api.gql(
      `mutation($e: ID!) { sendTestWebhookEvent(input: { endpointId: $e }) { delivery { eventType status attempts lastStatusCode responseExcerpt event { id } } userErrors { message } } }`,
      { e: endpoint.endpoint.id },
    );
    expect(test.data!.sendTestWebhookEvent.delivery).toEqual({
      eventType: 'webhook.test',
      status: 'FAILED',
      attempts: 1,
      lastStatusCode: 418,
      responseExcerpt: 'teapot',
      event: null,
    });
    const received = receiver.at('resend').at(-1)!;
    expect(received.event).toMatchObject({
      type: 'webhook.test',
      data: { endpoint: { id: endpoint.endpoint.id } },
    });
    expect(
      signed(received.body, String(received.headers['billing-signature']), endpoint.signingSecret),
    ).toBe(true);
  });
});
