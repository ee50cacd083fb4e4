import { createHmac, randomBytes } from 'node:crypto';

/**
 * How the API signs a webhook request, so a receiver can tell it came from here, unchanged and
 * recently: one header, `Billing-Signature: t=<unix seconds>,v1=<hex>`, where `<hex>` is
 * HMAC-SHA256 keyed with the endpoint's signing secret over `<t>.<raw body>`. During a secret
 * rotation's overlap the header holds one `v1=` per live secret, newest first, so receivers
 * holding either secret accept it. The SDK's `verifyWebhookSignature` checks it, with a
 * tolerance on `t` against replays.
 */
export const SIGNATURE_HEADER = 'Billing-Signature';

/** A new signing secret: `whsec_` and 32 random bytes (base64url), shown to its owner once. */
export function newSigningSecret(): string {
  return `whsec_${randomBytes(32).toString('base64url')}`;
}

/** The `Billing-Signature` value of `body` sent at `at`, signed with every one of `secrets`. */
export function signatureHeader(body: string, secrets: readonly string[], at: Date): string {
  if (secrets.length === 0) throw new Error('a webhook is signed with at least one secret');
  const t = Math.floor(at.getTime() / 1000);
  const signatures = secrets.map(
    (secret) => `v1=${createHmac('sha256', secret).update(`${t}.${body}`, 'utf8').digest('hex')}`,
  );
  return [`t=${t}`, ...signatures].join(',');
}
