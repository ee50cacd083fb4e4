import { createServer as createTcpServer, connect, type Server, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { loadConfig } from '../src/config.js';
import { createDataSource } from '../src/db/data-source.js';
import { setLogSink } from '../src/logger.js';
import { SandboxGateway } from '../src/modules/payments/payment-gateway.js';
import { Scheduler } from '../src/modules/scheduler/scheduler.js';
import { createServer } from '../src/server.js';

/**
 * A database outage, made real: the API reaches PostgreSQL through a TCP relay this test can
 * cut and restore. While it is cut, requests get 503 with Retry-After and the log says once
 * that the database went away; once it is back, the log says so once and requests succeed.
 */
const target = new URL(inject('databaseUrl'));
let relay: Server | null = null;
const sockets = new Set<Socket>();
let relayPort = 0;

function startRelay(port = 0): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createTcpServer((client) => {
      const upstream = connect(Number(target.port || 5432), target.hostname);
      sockets.add(client).add(upstream);
      client.pipe(upstream).pipe(client);
      const close = () => {
        client.destroy();
        upstream.destroy();
        sockets.delete(client);
        sockets.delete(upstream);
      };
      client.on('error', close).on('close', close);
      upstream.on('error', close).on('close', close);
    });
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      relay = server;
      resolve((server.address() as { port: number }).port);
    });
  });
}

async function cutRelay(): Promise<void> {
  const server = relay;
  relay = null;
  for (const socket of sockets) socket.destroy();
  sockets.clear();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
}

const lines: Array<Record<string, unknown>> = [];
let restoreLog: () => void;
let api: { url: string; close: () => Promise<void> };
let scheduler: Scheduler;
let stop: () => Promise<void>;

beforeAll(async () => {
  restoreLog = setLogSink((line) => lines.push(JSON.parse(line) as Record<string, unknown>));
  relayPort = await startRelay();
  const url = new URL(target);
  url.port = String(relayPort);
  url.hostname = '127.0.0.1';
  const db = createDataSource(url.toString());
  await db.initialize();
  const server = await createServer({
    db,
    config: {
      ...loadConfig({ LOG_REQUESTS: '0', SCHEDULER_INTERVAL_MS: '0' }),
      bootstrapToken: 'outage',
    },
  });
  api = await server.listen(0, '127.0.0.1');
  scheduler = new Scheduler(db, new SandboxGateway(), { intervalMs: 150 });
  stop = async () => {
    await scheduler.stop();
    await api.close();
    await server.stop();
    await db.destroy();
  };
});

afterAll(async () => {
  await stop?.();
  await cutRelay();
  restoreLog?.();
});

const query = (token = 'outage') =>
  fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: '{ accounts(first: 1) { totalCount } }' }),
  });

describe('a database outage', () => {
  it('is answered 503 with Retry-After, logged once going and once coming back; /healthz stays live, /readyz follows the database', async () => {
    expect((await query()).status).toBe(200);
    expect((await fetch(`${api.url}/readyz`)).status).toBe(200);

    scheduler.start();
    await new Promise((resolve) => setTimeout(resolve, 400));
    await cutRelay();
    for (let i = 0; i < 3; i++) {
      const response = await query();
      expect(response.status).toBe(503);
      expect(response.headers.get('retry-after')).toBe('5');
      const body = (await response.json()) as {
        errors: Array<{ message: string; extensions: { code: string } }>;
      };
      expect(body.errors[0]).toMatchObject({
        message:
          'The database is unreachable for the moment: nothing was changed; retry after 5 seconds',
        extensions: { code: 'SERVICE_UNAVAILABLE' },
      });
    }
    // A token that must be looked up in the database: the same answer, from authentication.
    const lookedUp = await query('not-the-bootstrap-token');
    expect(lookedUp.status).toBe(503);
    expect((await fetch(`${api.url}/healthz`)).status).toBe(200);
    const ready = await fetch(`${api.url}/readyz`);
    expect(ready.status).toBe(503);
    expect(await ready.json()).toEqual({ status: 'unavailable', reason: 'database unreachable' });

    const went = lines.filter((line) => String(line.message).startsWith('database unreachable'));
    expect(went).toHaveLength(1);
    expect(lines.filter((line) => line.stack)).toEqual([]); // no stack trace per request
    // The due-work loop, failing every 150 ms meanwhile, says so once.
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    const schedulerAway = (line: Record<string, unknown>) =>
      String(line.message).startsWith('scheduler: the database is unreachable');
    expect(lines.filter(schedulerAway)).toHaveLength(1);

    await startRelay(relayPort);
    for (let i = 0; i < 50; i++) {
      if (lines.some((line) => line.message === 'database reachable again: serving requests'))
        break;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    expect(
      lines.filter((line) => line.message === 'database reachable again: serving requests'),
    ).toHaveLength(1);
    expect((await query()).status).toBe(200);
    expect((await fetch(`${api.url}/readyz`)).status).toBe(200);
    const schedulerBack = (line: Record<string, unknown>) =>
      line.message === 'scheduler: the database is back, due work runs again';
    for (let i = 0; i < 50 && !lines.some(schedulerBack); i++)
      await new Promise((resolve) => setTimeout(resolve, 100));
    expect(lines.filter(schedulerBack)).toHaveLength(1);
    expect(lines.filter((line) => line.stack)).toEqual([]);
  });
});
