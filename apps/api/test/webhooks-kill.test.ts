import { existsSync } from 'node:fs';
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { createTestDatabase } from '@billing/tooling/test-database';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { startChild, type ChildServer } from '../src/bench/kit.js';
import { loadConfig } from '../src/config.js';
import { createDataSource, openDatabase } from '../src/db/data-source.js';
import { WebhookWorker } from '../src/modules/webhooks/webhook-worker.js';
import { createAccount, openSubscription, verify } from './api-helpers.js';
import type { Harness } from './harness.js';

/**
 * A process dies while it sends a webhook: the API (the built dist/main.js, as in production)
 * is killed with SIGKILL while a receiver holds its request unanswered. Another process's
 * worker takes the stream once the dead one's job expires and sends the event again.
 */
const MAIN = new URL('../dist/main.js', import.meta.url);
const TOKEN = 'webhooks-kill-operator';

let drop: (() => Promise<void>) | undefined;
let victim: ChildServer | undefined;
let survivor: WebhookWorker | undefined;
let receiver: Server;
const received: Array<{ id: string; type: string; attempt: string }> = [];
const held: ServerResponse[] = [];

beforeAll(async () => {
  if (!existsSync(MAIN))
    throw new Error(
      `${fileURLToPath(MAIN)} is missing: build the API first (pnpm --filter @billing/api build)`,
    );
  receiver = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const event = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      received.push({
        id: event.id,
        type: event.type,
        attempt: String(request.headers['billing-delivery-attempt']),
      });
      if (received.length === 1) {
        held.push(response); // the first request is never answered
        return;
      }
      response.writeHead(200).end('ok');
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
}, 30_000);

afterAll(async () => {
  await victim?.stop().catch(() => {});
  await survivor?.stop({ graceful: false });
  for (const response of held) response.destroy();
  receiver?.closeAllConnections();
  await new Promise<void>((resolve) => receiver?.close(() => resolve()));
  await drop?.();
});

it('a process killed mid-delivery: another process sends the event again once the job expires', async () => {
  const database = await createTestDatabase(inject('databaseUrl'));
  drop = database.drop;
  await (await openDatabase(database.url)).destroy();
  victim = await startChild(
    MAIN,
    {
      DATABASE_URL: database.url,
      BILLING_BOOTSTRAP_TOKEN: TOKEN,
      LOG_REQUESTS: '0',
      DEMO_DATA: '0',
      SCHEDULER_INTERVAL_MS: '0',
      RATE_LIMIT_PER_TOKEN: '0',
      RATE_LIMIT_PER_ADDRESS: '0',
      WEBHOOK_ALLOW_PRIVATE_URLS: '1',
      WEBHOOK_JOB_EXPIRE_SECONDS: '3',
      WEBHOOK_POLL_SECONDS: '1',
      WEBHOOK_DISPATCH_INTERVAL_MS: '100',
    },
    '/readyz',
  );
  const child = {
    async gql(
      query: string,
      variables: Record<string, unknown> = {},
      token: string | null = TOKEN,
    ) {
      const response = await fetch(`${victim!.base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query, variables }),
      });
      return { status: response.status, ...((await response.json()) as object) };
    },
  } as unknown as Harness;
  const url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/kill`;
  const accountId = await createAccount(child);
  const created = (await child.gql(
    `mutation($input: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $input) { endpoint { id } userErrors { message } } }`,
    { input: { url, accountId, eventTypes: ['order.created'] } },
  )) as { data: { createWebhookEndpoint: { endpoint: { id: string }; userErrors: unknown[] } } };
  expect(created.data.createWebhookEndpoint.userErrors).toEqual([]);
  await verify(child, accountId);
  expect(
    (await openSubscription(child, { accountId, seats: 3, productCode: 'QIDIAN' })).userErrors,
  ).toEqual([]);

  for (const deadline = Date.now() + 20_000; received.length === 0;) {
    if (Date.now() > deadline) throw new Error('the first request did not arrive');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  process.kill(victim.pid, 'SIGKILL');
  await victim.stop().catch(() => {});
  victim = undefined;

  const db = await createDataSource(database.url).initialize();
  try {
    survivor = await new WebhookWorker(db, database.url, {
      ...loadConfig({}).webhooks,
      allowPrivateUrls: true,
      jobExpireSeconds: 3,
      pollSeconds: 0.5,
      dispatchIntervalMs: 100,
    }).start();
    for (const deadline = Date.now() + 30_000; received.length < 2;) {
      if (Date.now() > deadline) throw new Error('the event was not sent again');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(received[1]!.id).toBe(received[0]!.id);
    expect(received[1]!.type).toBe('order.created');
    for (const deadline = Date.now() + 10_000; ;) {
      const [row] = await db.query(`SELECT status, attempts FROM webhook_deliveries`);
      if (row?.status === 'SUCCEEDED') {
        expect(row.attempts).toBe(1); // the killed attempt was never recorded
        break;
      }
      if (Date.now() > deadline) throw new Error(`the delivery is ${row?.status}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(received).toHaveLength(2);
  } finally {
    await survivor?.stop({ graceful: false });
    survivor = undefined;
    await db.destroy();
  }
}, 90_000);
