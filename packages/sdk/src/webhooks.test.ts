import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { isWebhookEventType, WEBHOOK_EVENT_TYPES, type WebhookEvent } from './webhook-events.js';
import {
  constructWebhookEvent,
  verifyWebhookSignature,
  type VerifyWebhookOptions,
} from './webhooks.js';

/** Signs as the documented format says, independently of the verifier (node:crypto). */
function sign(body: string, secret: string, seconds: number): string {
  return createHmac('sha256', secret).update(`${seconds}.${body}`, 'utf8').digest('hex');
}

const SECRET = 'whsec_test_0123456789abcdef';
const BODY = JSON.stringify({
  id: 'evt_1',
  type: 'payment.succeeded',
  data: { amount: '¥5,000.00' },
});
const AT = new Date('2026-12-06T05:00:00Z');
const T = AT.getTime() / 1000;
const header = (body = BODY, secret = SECRET, seconds = T) =>
  `t=${seconds},v1=${sign(body, secret, seconds)}`;

describe('verifyWebhookSignature', () => {
  it('accepts a request signed with the secret, as a string or as bytes', async () => {
    expect(
      await verifyWebhookSignature({ body: BODY, header: header(), secret: SECRET, now: AT }),
    ).toEqual({ ok: true, signedAt: AT });
    const bytes = new TextEncoder().encode(BODY);
    expect(
      (await verifyWebhookSignature({ body: bytes, header: header(), secret: SECRET, now: AT })).ok,
    ).toBe(true);
  });

  it('rejects a tampered body, a wrong secret and a signature of another time', async () => {
    const tampered = BODY.replace('5,000.00', '50,000.00');
    expect(
      await verifyWebhookSignature({ body: tampered, header: header(), secret: SECRET, now: AT }),
    ).toMatchObject({ ok: false, reason: 'SIGNATURE_MISMATCH' });
    expect(
      await verifyWebhookSignature({
        body: BODY,
        header: header(BODY, 'whsec_other'),
        secret: SECRET,
        now: AT,
      }),
    ).toMatchObject({ ok: false, reason: 'SIGNATURE_MISMATCH' });
    // The signature of T with the timestamp moved: the timestamp is part of what is signed.
    const moved = header().replace(`t=${T}`, `t=${T + 1}`);
    expect(
      await verifyWebhookSignature({ body: BODY, header: moved, secret: SECRET, now: AT }),
    ).toMatchObject({ ok: false, reason: 'SIGNATURE_MISMATCH' });
  });

  it('rejects an old request (a replay) and one from too far ahead, inside the tolerance it accepts', async () => {
    const old = header(BODY, SECRET, T - 301);
    expect(
      await verifyWebhookSignature({ body: BODY, header: old, secret: SECRET, now: AT }),
    ).toMatchObject({ ok: false, reason: 'TIMESTAMP_OUTSIDE_TOLERANCE' });
    expect(
      (
        await verifyWebhookSignature({
          body: BODY,
          header: header(BODY, SECRET, T - 300),
          secret: SECRET,
          now: AT,
        })
      ).ok,
    ).toBe(true);
    expect(
      await verifyWebhookSignature({
        body: BODY,
        header: header(BODY, SECRET, T + 301),
        secret: SECRET,
        now: AT,
      }),
    ).toMatchObject({ ok: false, reason: 'TIMESTAMP_OUTSIDE_TOLERANCE' });
    expect(
      (
        await verifyWebhookSignature({
          body: BODY,
          header: old,
          secret: SECRET,
          now: AT,
          toleranceSeconds: 600,
        })
      ).ok,
    ).toBe(true);
  });

  it('during a rotation: any signature matching any held secret', async () => {
    const both = `${header(BODY, 'whsec_new')},v1=${sign(BODY, SECRET, T)}`;
    expect(
      (await verifyWebhookSignature({ body: BODY, header: both, secret: SECRET, now: AT })).ok,
    ).toBe(true);
    expect(
      (
        await verifyWebhookSignature({
          body: BODY,
          header: header(BODY, 'whsec_new'),
          secret: ['whsec_new', SECRET],
          now: AT,
        })
      ).ok,
    ).toBe(true);
  });

  it('says what is wrong with a missing or malformed header, and skips unknown schemes', async () => {
    for (const missing of [undefined, null, ''])
      expect(
        await verifyWebhookSignature({ body: BODY, header: missing, secret: SECRET, now: AT }),
      ).toMatchObject({ ok: false, reason: 'MISSING_HEADER' });
    for (const malformed of [
      `v1=${sign(BODY, SECRET, T)}`,
      `t=${T}`,
      `t=soon,v1=${sign(BODY, SECRET, T)}`,
      `t=${T},v1=XYZ`,
      `t=${T},t=${T},v1=${sign(BODY, SECRET, T)}`,
      'garbage',
    ])
      expect(
        await verifyWebhookSignature({ body: BODY, header: malformed, secret: SECRET, now: AT }),
      ).toMatchObject({ ok: false, reason: 'MALFORMED_HEADER' });
    expect(
      (
        await verifyWebhookSignature({
          body: BODY,
          header: `${header()},v2=future-scheme`,
          secret: SECRET,
          now: AT,
        })
      ).ok,
    ).toBe(true);
  });

  it('refuses to run without a secret', async () => {
    await expect(
      verifyWebhookSignature({ body: BODY, header: header(), secret: [], now: AT }),
    ).rejects.toThrow(TypeError);
    await expect(
      verifyWebhookSignature({ body: BODY, header: header(), secret: '', now: AT }),
    ).rejects.toThrow(TypeError);
  });
});

/** A genuine `order.paid` event, as the API posts it. */
const ORDER_PAID: WebhookEvent<'order.paid'> = {
  id: 'QmlsbGluZ0V2ZW50OjEyMw',
  type: 'order.paid',
  sequence: 123,
  occurredAt: '2026-12-06T05:00:00.000Z',
  businessDate: '2026-12-06',
  testMode: false,
  account: { id: 'QWNjb3VudDox' },
  objectType: 'Order',
  objectId: 'T3JkZXI6Mg',
  data: {
    id: 'T3JkZXI6Mg',
    account: { id: 'QWNjb3VudDox' },
    subscription: { id: 'U3Vic2NyaXB0aW9uOjM' },
    kind: 'NEW_SUBSCRIPTION',
    status: 'PAID',
    orderDate: '2026-12-06',
    years: 1,
    seats: 5,
    periodStart: null,
    periodEnd: null,
    paidOn: '2026-12-06',
    fulfilmentDueOn: '2026-12-20',
    total: { amount: '5000.00', currency: 'CNY' },
    paid: { amount: '5000.00', currency: 'CNY' },
    outstanding: { amount: '0.00', currency: 'CNY' },
    refunded: { amount: '0.00', currency: 'CNY' },
    rules: [{ id: 'R-OPEN-1' }],
    createdAt: '2026-12-06T04:59:00.000Z',
  },
};
const EVENT_BODY = JSON.stringify(ORDER_PAID);

describe('constructWebhookEvent', () => {
  const construct = (options: Partial<VerifyWebhookOptions> = {}) =>
    constructWebhookEvent({
      body: EVENT_BODY,
      header: header(EVENT_BODY),
      secret: SECRET,
      now: AT,
      ...options,
    });

  it('a genuine request: the event, typed by its type', async () => {
    const result = await construct();
    expect(result).toEqual({ ok: true, event: ORDER_PAID, signedAt: AT });
    if (!result.ok || !result.event) throw new Error('expected an event');
    const { event } = result;
    if (event.type !== 'order.paid') throw new Error('expected order.paid');
    expect(event.data.total.amount).toBe('5000.00');
    const bytes = new TextEncoder().encode(EVENT_BODY);
    expect(await construct({ body: bytes })).toEqual(result);
  });

  it('refuses a tampered body', async () => {
    const tampered = EVENT_BODY.replace('"5000.00"', '"50.00"');
    expect(tampered).not.toBe(EVENT_BODY);
    expect(await construct({ body: tampered })).toEqual({
      ok: false,
      reason: 'SIGNATURE_MISMATCH',
      message: expect.any(String),
    });
  });

  it('refuses a body signed with another secret; takes either secret during a rotation', async () => {
    expect(await construct({ header: header(EVENT_BODY, 'whsec_other') })).toMatchObject({
      ok: false,
      reason: 'SIGNATURE_MISMATCH',
    });
    expect(
      (
        await construct({
          header: header(EVENT_BODY, 'whsec_other'),
          secret: ['whsec_other', SECRET],
        })
      ).ok,
    ).toBe(true);
  });

  it('refuses an old timestamp (a replay), unless the tolerance covers it', async () => {
    expect(await construct({ header: header(EVENT_BODY, SECRET, T - 301) })).toMatchObject({
      ok: false,
      reason: 'TIMESTAMP_OUTSIDE_TOLERANCE',
    });
    expect(
      (await construct({ header: header(EVENT_BODY, SECRET, T - 301), toleranceSeconds: 600 })).ok,
    ).toBe(true);
  });

  it('refuses a request without the header', async () => {
    for (const missing of [undefined, null, '', []])
      expect(await construct({ header: missing })).toMatchObject({
        ok: false,
        reason: 'MISSING_HEADER',
      });
  });

  it('verifies before it parses: an unsigned body that is not JSON is refused for its signature', async () => {
    expect(await construct({ body: 'not json' })).toMatchObject({
      ok: false,
      reason: 'SIGNATURE_MISMATCH',
    });
  });

  it('takes Node’s header value as it is: one header, not two', async () => {
    expect((await construct({ header: [header(EVENT_BODY)] })).ok).toBe(true);
    expect(
      await construct({ header: [header(EVENT_BODY), header(EVENT_BODY, SECRET, T - 1)] }),
    ).toMatchObject({ ok: false, reason: 'MALFORMED_HEADER' });
  });

  it('refuses a signed body that is not an event', async () => {
    const signed = (body: string) => construct({ body, header: header(body) });
    for (const body of ['not json', '[]', 'null', '{}'])
      expect(await signed(body)).toMatchObject({ ok: false, reason: 'MALFORMED_BODY' });
    for (const [field, value] of [
      ['id', 7],
      ['type', undefined],
      ['sequence', '123'],
      ['sequence', 1.5],
      ['testMode', 'false'],
      ['account', 'QWNjb3VudDox'],
      ['account', null],
      ['objectId', null],
      ['data', null],
    ] as const)
      expect(await signed(JSON.stringify({ ...ORDER_PAID, [field]: value }))).toMatchObject({
        ok: false,
        reason: 'MALFORMED_BODY',
        message: expect.stringContaining(`"${field}"`),
      });
    const invalidUtf8 = new Uint8Array([0x7b, 0xff, 0x7d]);
    const signedBytes = `t=${T},v1=${createHmac('sha256', SECRET)
      .update(`${T}.`)
      .update(invalidUtf8)
      .digest('hex')}`;
    expect(
      await constructWebhookEvent({
        body: invalidUtf8,
        header: signedBytes,
        secret: SECRET,
        now: AT,
      }),
    ).toMatchObject({ ok: false, reason: 'MALFORMED_BODY' });
  });

  it('a genuine event of a type newer than this SDK: ok, event null, its envelope in unrecognized', async () => {
    const body = JSON.stringify({ ...ORDER_PAID, type: 'order.shipped', data: { carrier: 'SF' } });
    const result = await construct({ body, header: header(body) });
    expect(result).toEqual({
      ok: true,
      event: null,
      unrecognized: { ...ORDER_PAID, type: 'order.shipped', data: { carrier: 'SF' } },
      signedAt: AT,
    });
    // Fields the API adds to a known event later are kept.
    const more = JSON.stringify({ ...ORDER_PAID, data: { ...ORDER_PAID.data, note: 'new' } });
    expect(await construct({ body: more, header: header(more) })).toMatchObject({
      ok: true,
      event: { type: 'order.paid', data: { note: 'new' } },
    });
  });

  it('the test event (its account null when sent to an operator’s endpoint) and every known type are events; a prototype key is not a type', async () => {
    const test = {
      ...ORDER_PAID,
      type: 'webhook.test',
      objectType: 'WebhookEndpoint',
      objectId: 'V2ViaG9va0VuZHBvaW50OjE',
      data: { endpoint: { id: 'V2ViaG9va0VuZHBvaW50OjE' }, message: 'Hello' },
    };
    const body = JSON.stringify(test);
    expect(await construct({ body, header: header(body) })).toEqual({
      ok: true,
      event: test,
      signedAt: AT,
    });
    // Sent to an operator's endpoint for every account, it has no account.
    const everyAccount = { ...test, account: null };
    const accountless = JSON.stringify(everyAccount);
    expect(await construct({ body: accountless, header: header(accountless) })).toEqual({
      ok: true,
      event: everyAccount,
      signedAt: AT,
    });
    const malformed = JSON.stringify({ ...test, account: { name: 'Acme' } });
    expect(await construct({ body: malformed, header: header(malformed) })).toMatchObject({
      ok: false,
      reason: 'MALFORMED_BODY',
      message: expect.stringContaining('"account"'),
    });
    expect(WEBHOOK_EVENT_TYPES).toContain('webhook.test');
    expect(WEBHOOK_EVENT_TYPES).toHaveLength(20);
    expect(isWebhookEventType('refund.paid_out')).toBe(true);
    expect(isWebhookEventType('toString')).toBe(false);
    expect(isWebhookEventType('order.shipped')).toBe(false);
  });
});
