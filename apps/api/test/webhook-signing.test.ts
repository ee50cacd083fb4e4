import { createHmac } from 'node:crypto';
import { renderMessage } from '@billing/domain';
import { describe, expect, it } from 'vitest';
import { checkEndpointUrl, type Resolve } from '../src/modules/webhooks/endpoint-url.js';
import { newSigningSecret, signatureHeader } from '../src/modules/webhooks/signature.js';

describe('webhook signatures', () => {
  const body = '{"id":"evt_1","type":"refund.approved"}';
  const at = new Date('2026-12-06T05:00:00.900Z');

  it('sign `<unix seconds>.<raw body>` with HMAC-SHA256, one v1 per live secret', () => {
    const hmac = (secret: string) =>
      createHmac('sha256', secret).update(`1796533200.${body}`).digest('hex');
    expect(signatureHeader(body, ['whsec_a'], at)).toBe(`t=1796533200,v1=${hmac('whsec_a')}`);
    expect(signatureHeader(body, ['whsec_new', 'whsec_old'], at)).toBe(
      `t=1796533200,v1=${hmac('whsec_new')},v1=${hmac('whsec_old')}`,
    );
    expect(() => signatureHeader(body, [], at)).toThrow(/at least one secret/);
  });

  it('secrets are whsec_ and 32 random bytes, never the same twice', () => {
    const a = newSigningSecret();
    expect(a).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);
    expect(newSigningSecret()).not.toBe(a);
  });
});

describe('webhook endpoint URLs', () => {
  const resolvesTo =
    (...addresses: string[]): Resolve =>
    async () =>
      addresses;
  const check = async (url: string, resolve: Resolve = resolvesTo('93.184.216.34')) => {
    const checked = await checkEndpointUrl(url, { allowPrivate: false, resolve });
    return checked.ok ? checked : { ok: false, message: renderMessage(checked.message, 'en') };
  };

  it('accept an http(s) URL whose host resolves to public addresses only', async () => {
    expect(await check('https://hooks.example.com/billing')).toMatchObject({ ok: true });
    expect(await check('http://93.184.216.34:8080/in')).toMatchObject({ ok: true });
    expect(
      await check('https://hooks.example.com/', resolvesTo('2606:2800:220:1:248:1893:25c8:1946')),
    ).toMatchObject({ ok: true });
  });

  it('refuse other schemes, credentials, fragments and what is not a URL', async () => {
    for (const [url, words] of [
      ['ftp://hooks.example.com/', /http or https/],
      ['file:///etc/passwd', /http or https/],
      ['https://user:pw@hooks.example.com/', /user name or password/],
      ['https://hooks.example.com/#x', /fragment/],
      ['hooks.example.com/billing', /not a valid absolute URL/],
    ] as const)
      expect(await check(url)).toEqual({ ok: false, message: expect.stringMatching(words) });
  });

  it('refuse loopback, private, link-local and other non-public targets, literal or resolved', async () => {
    for (const url of [
      'http://127.0.0.1:4000/',
      'http://[::1]/',
      'http://10.1.2.3/',
      'http://172.20.0.1/',
      'http://192.168.1.10/',
      'http://169.254.169.254/latest/meta-data',
      'http://100.64.0.1/',
      'http://0.0.0.0/',
      'http://[fe80::1]/',
      'http://[fd12:3456::1]/',
      'http://[::ffff:127.0.0.1]/',
    ])
      expect(await check(url)).toMatchObject({
        ok: false,
        message: expect.stringMatching(/public addresses only/),
      });
    // A name is judged by every address it resolves to: one private address is enough.
    expect(
      await check('https://sneaky.example.com/', resolvesTo('93.184.216.34', '10.0.0.5')),
    ).toMatchObject({ ok: false, message: expect.stringMatching(/10\.0\.0\.5/) });
    expect(
      await check('https://gone.example.com/', async () => {
        throw new Error('ENOTFOUND');
      }),
    ).toMatchObject({ ok: false, message: expect.stringMatching(/does not resolve/) });
  });

  it('allow private targets when told to (development, a receiver on 127.0.0.1)', async () => {
    expect(
      await checkEndpointUrl('http://127.0.0.1:9999/hook', { allowPrivate: true }),
    ).toMatchObject({ ok: true });
    expect(await checkEndpointUrl('ftp://127.0.0.1/', { allowPrivate: true })).toMatchObject({
      ok: false,
    });
  });
});
