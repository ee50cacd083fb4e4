import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { verifyWebhookSignature } from './webhooks.js';

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
