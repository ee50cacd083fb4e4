// The README's examples (examples/*.ts, embedded verbatim by scripts/embed-examples.mjs) run
// against the real API.
import { createHmac } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { openOrExplain } from '../examples/handling-errors.js';
import { quickStart } from '../examples/quick-start.js';
import { webhookReceiver } from '../examples/receive-webhooks.js';
import { refundIfEligible } from '../examples/refund.js';
import { activeEqq, advanceTo, apiUrl, customerAt, operatorClient } from './api.js';

describe('README examples', () => {
  it('every example is in the README, verbatim', () => {
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    const examples = readdirSync(new URL('../examples/', import.meta.url)).filter((name) =>
      name.endsWith('.ts'),
    );
    expect(examples.length).toBeGreaterThan(0);
    for (const name of examples) {
      const source = readFileSync(new URL(`../examples/${name}`, import.meta.url), 'utf8');
      expect(readme, `README.md embeds examples/${name}`).toContain(
        `<!-- example: examples/${name} -->\n\`\`\`ts\n${source}\`\`\``,
      );
    }
  });

  it('quick start: R-OPEN-1 quote, order and pay 5 EQQ seats for 5,000.00', async () => {
    const { token, accountId } = await customerAt('2021-04-20');
    const result = await quickStart(apiUrl(), token, accountId);
    expect(result).toMatchObject({ total: '5000.00', totalFen: 500_000n, status: 'PAID' });
    expect(result.explanation.join('\n')).toContain('R-OPEN-1');
  });

  it('handling errors: SEAT_LIMIT, success, and a bad token, each as a sentence', async () => {
    const { token, accountId } = await customerAt('2021-04-20');
    expect(await openOrExplain(apiUrl(), token, accountId, 51)).toMatch(/^Too many seats: /);
    expect(await openOrExplain(apiUrl(), token, accountId, 3)).toBe('Ordered: 3000.00 CNY');
    expect(await openOrExplain(apiUrl(), 'wrong-token', accountId, 3)).toBe(
      'Check the token (UNAUTHENTICATED)',
    );
    expect(await openOrExplain('http://127.0.0.1:9/graphql', token, accountId, 3)).toBe(
      'The API is unavailable (4 attempts)',
    );
  });

  it('refund: R-REF-7DAY requested on day 3 for the full 5,000.00; R-REF-OTHERWISE refused once the window closed', async () => {
    const early = await activeEqq('2021-05-01');
    await advanceTo(early.operator, early.clockId, '2021-05-04');
    expect(await refundIfEligible(apiUrl(), early.token, early.orderId)).toMatchObject({
      requested: true,
      status: 'REQUESTED',
      payout: '5000.00',
      rules: expect.arrayContaining(['R-REF-7DAY']),
    });

    const late = await activeEqq('2021-05-01');
    await advanceTo(late.operator, late.clockId, '2021-05-20');
    const refused = await refundIfEligible(apiUrl(), late.token, late.orderId);
    expect(refused).toMatchObject({
      requested: false,
      rules: expect.arrayContaining(['R-REF-OTHERWISE']),
    });
    expect(refused.why).not.toBe('');
  });
});

describe('README example: receiving webhooks', () => {
  it('answers a genuine event 204 and handles it once, a retry 204 without handling it again, a forged or stale one 400, a newer type 204', async () => {
    // A real event: an order.paid the API recorded, posted as the webhook contract says.
    const { accountId } = await activeEqq('2021-05-01');
    const page = await operatorClient().billingEvents({ accountId, types: ['order.paid'] });
    const recorded = page.edges[0]!.node;
    const event = {
      id: recorded.id,
      type: recorded.type,
      sequence: 2,
      occurredAt: recorded.occurredAt,
      businessDate: recorded.businessDate,
      testMode: recorded.testMode,
      account: { id: recorded.account.id },
      objectType: recorded.objectType,
      objectId: recorded.objectId,
      data: recorded.data,
    };

    const secret = 'whsec_example';
    const handled: string[] = [];
    const server = webhookReceiver(secret, (line) => handled.push(line));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/billing/webhooks`;
    const post = async (
      body: string,
      {
        key = secret,
        at = Math.floor(Date.now() / 1000),
        attempt = 1,
        signed = true,
        sent = body, // what is sent, when it differs from what was signed
      } = {},
    ) => {
      const signature = createHmac('sha256', key).update(`${at}.${body}`).digest('hex');
      const response = await fetch(url, {
        method: 'POST',
        body: sent,
        headers: {
          'Content-Type': 'application/json',
          'User-Agent': 'billing-webhooks/1',
          'Billing-Event-Id': event.id,
          'Billing-Event-Type': event.type,
          'Billing-Delivery-Attempt': String(attempt),
          ...(signed ? { 'Billing-Signature': `t=${at},v1=${signature}` } : {}),
        },
      });
      return { status: response.status, text: await response.text() };
    };
    try {
      const body = JSON.stringify(event);
      expect(await post(body)).toEqual({ status: 204, text: '' });
      expect(await post(body, { attempt: 2 })).toEqual({ status: 204, text: '' });
      expect((await post(body, { key: 'whsec_wrong' })).status).toBe(400);
      const forged = body.replace('"5000.00"', '"1.00"');
      expect(forged).not.toBe(body);
      expect(await post(body, { sent: forged })).toEqual({
        status: 400,
        text: expect.stringContaining('No signature matches'),
      });
      expect(await post(body, { at: Math.floor(Date.now() / 1000) - 3600 })).toEqual({
        status: 400,
        text: expect.stringContaining('more than 300 s'),
      });
      expect(await post(body, { signed: false })).toEqual({
        status: 400,
        text: 'The Billing-Signature header is missing',
      });
      const newer = JSON.stringify({ ...event, id: 'newer', type: 'order.shipped' });
      expect((await post(newer)).status).toBe(204);
      const test = JSON.stringify({
        ...event,
        id: 'test-1',
        type: 'webhook.test',
        objectType: 'WebhookEndpoint',
        objectId: 'V2ViaG9va0VuZHBvaW50OjE',
        data: { endpoint: { id: 'V2ViaG9va0VuZHBvaW50OjE' }, message: 'Hello' },
      });
      expect((await post(test)).status).toBe(204);
      await expect.poll(() => handled.length).toBe(2);
      expect(handled).toEqual([`Order ${recorded.objectId} paid: 5000.00 CNY`, 'Test: Hello']);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
