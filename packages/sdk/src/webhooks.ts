/**
 * Verifying the signature of a webhook request from the billing API.
 *
 * Each request carries one header, `Billing-Signature: t=<unix seconds>,v1=<hex>`, where `<hex>`
 * is HMAC-SHA256, keyed with the endpoint's signing secret, over `<t>.<raw body>` (the body's
 * bytes exactly as received, before any JSON parsing). While a rotated secret is still honoured
 * the header holds one `v1=` per secret; a request is genuine when any of them matches a
 * secret you hold. The timestamp is signed too, so a captured request cannot be replayed once
 * it is older than the tolerance (5 minutes unless you say otherwise).
 *
 * `constructWebhookEvent` verifies a request and only then parses its body into a typed
 * `WebhookEvent`: use it rather than `JSON.parse`, so no event is acted on unverified.
 *
 * Uses the Web Crypto API only: runs in Node.js 20+, browsers, workers and edge runtimes.
 */

import {
  isWebhookEventType,
  type UnrecognizedWebhookEvent,
  type WebhookEvent,
} from './webhook-events.js';

/** The header's name (HTTP header names are case-insensitive). */
export const WEBHOOK_SIGNATURE_HEADER = 'Billing-Signature';

/** The default tolerance between the signed timestamp and the receiver's clock. */
export const DEFAULT_WEBHOOK_TOLERANCE_SECONDS = 300;

export interface VerifyWebhookOptions {
  /** The raw request body, as received: a string (UTF-8) or its bytes. */
  readonly body: string | Uint8Array;
  /**
   * The `Billing-Signature` header's value (null or undefined when it was missing). Node's
   * `request.headers['billing-signature']` can be passed as it is: a header repeated is refused.
   */
  readonly header: string | readonly string[] | null | undefined;
  /** The endpoint's signing secret; during a rotation, the new and the old one. */
  readonly secret: string | readonly string[];
  /** How far the signed time may be from now, either way, in seconds (default 300). */
  readonly toleranceSeconds?: number;
  /** The receiver's clock (default: now). */
  readonly now?: Date;
}

export type WebhookVerificationFailure =
  'MISSING_HEADER' | 'MALFORMED_HEADER' | 'TIMESTAMP_OUTSIDE_TOLERANCE' | 'SIGNATURE_MISMATCH';

export type WebhookVerification =
  | { readonly ok: true; readonly signedAt: Date }
  | { readonly ok: false; readonly reason: WebhookVerificationFailure; readonly message: string };

const encoder = new TextEncoder();

function fail(reason: WebhookVerificationFailure, message: string): WebhookVerification {
  return { ok: false, reason, message };
}

/** `t=…,v1=…[,v1=…]` → the timestamp and the signatures; null when it is not that shape. */
function parseHeader(header: string): { timestamp: number; signatures: string[] } | null {
  let timestamp: number | null = null;
  const signatures: string[] = [];
  for (const part of header.split(',')) {
    const at = part.indexOf('=');
    if (at <= 0) return null;
    const key = part.slice(0, at).trim();
    const value = part.slice(at + 1).trim();
    if (key === 't') {
      if (timestamp !== null || !/^\d{1,12}$/.test(value)) return null;
      timestamp = Number(value);
    } else if (key === 'v1') {
      if (!/^[0-9a-f]{64}$/.test(value)) return null;
      signatures.push(value);
    }
    // Other schemes (a later `v2=`) are skipped, so a receiver keeps working when one is added.
  }
  return timestamp === null || signatures.length === 0 ? null : { timestamp, signatures };
}

async function hmacHex(secret: string, content: Uint8Array<ArrayBuffer>): Promise<string> {
  const key = await crypto.subtle.importKey(
    'raw',
    encoder.encode(secret),
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['sign'],
  );
  const digest = new Uint8Array(await crypto.subtle.sign('HMAC', key, content));
  return Array.from(digest, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** Compares two equal-length hex strings in time that does not depend on where they differ. */
function sameHex(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let difference = 0;
  for (let i = 0; i < a.length; i++) difference |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return difference === 0;
}

/**
 * Checks that a webhook request was signed by the billing API with one of `secret` and is
 * recent. Never throws for a bad request: the answer says why it is refused (answer such a
 * request 400 and do not act on it).
 */
export async function verifyWebhookSignature(
  options: VerifyWebhookOptions,
): Promise<WebhookVerification> {
  const secrets = typeof options.secret === 'string' ? [options.secret] : [...options.secret];
  if (secrets.length === 0 || secrets.some((secret) => secret === ''))
    throw new TypeError('verifyWebhookSignature needs the endpoint’s signing secret');
  const header = typeof options.header === 'string' ? options.header : options.header?.join(',');
  if (!header) return fail('MISSING_HEADER', `The ${WEBHOOK_SIGNATURE_HEADER} header is missing`);
  const parsed = parseHeader(header);
  if (!parsed)
    return fail(
      'MALFORMED_HEADER',
      `The ${WEBHOOK_SIGNATURE_HEADER} header is not "t=<unix seconds>,v1=<hex>"`,
    );
  const tolerance = options.toleranceSeconds ?? DEFAULT_WEBHOOK_TOLERANCE_SECONDS;
  const now = Math.floor((options.now ?? new Date()).getTime() / 1000);
  if (Math.abs(now - parsed.timestamp) > tolerance)
    return fail(
      'TIMESTAMP_OUTSIDE_TOLERANCE',
      `The request was signed at ${new Date(parsed.timestamp * 1000).toISOString()}, more than ${tolerance} s from this receiver's clock: a replay, or a clock to correct`,
    );
  const body = typeof options.body === 'string' ? encoder.encode(options.body) : options.body;
  const prefix = encoder.encode(`${parsed.timestamp}.`);
  const content = new Uint8Array(prefix.length + body.length);
  content.set(prefix);
  content.set(body, prefix.length);
  for (const secret of secrets) {
    const expected = await hmacHex(secret, content);
    if (parsed.signatures.some((signature) => sameHex(signature, expected)))
      return { ok: true, signedAt: new Date(parsed.timestamp * 1000) };
  }
  return fail(
    'SIGNATURE_MISMATCH',
    'No signature matches: the body was changed, or it was signed with another secret',
  );
}

export type WebhookEventFailure = WebhookVerificationFailure | 'MALFORMED_BODY';

/**
 * What `constructWebhookEvent` found:
 * - `ok` and `event`: a genuine event of a type this SDK knows, typed by its `type`;
 * - `ok` and `event: null`: a genuine event of a newer type, its envelope in `unrecognized`
 *   (answer it 2xx too, or the endpoint's later events for that account wait behind it);
 * - not `ok`: refused, with the reason (answer 400, act on nothing).
 */
export type WebhookEventResult =
  | { readonly ok: true; readonly event: WebhookEvent; readonly signedAt: Date }
  | {
      readonly ok: true;
      readonly event: null;
      readonly unrecognized: UnrecognizedWebhookEvent;
      readonly signedAt: Date;
    }
  | { readonly ok: false; readonly reason: WebhookEventFailure; readonly message: string };

const decoder = new TextDecoder('utf-8', { fatal: true });

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The first envelope field of `event` that is missing or of the wrong JSON type, if any. */
function envelopeProblem(event: Record<string, unknown>): string | null {
  const strings = ['id', 'type', 'occurredAt', 'businessDate', 'objectType', 'objectId'] as const;
  for (const field of strings)
    if (typeof event[field] !== 'string' || event[field] === '')
      return `"${field}" is not a string`;
  if (!Number.isSafeInteger(event.sequence)) return '"sequence" is not an integer';
  if (typeof event.testMode !== 'boolean') return '"testMode" is not a boolean';
  // A `webhook.test` sent to an operator's endpoint for every account has no account.
  const accountless = event.type === 'webhook.test' && event.account === null;
  if (!accountless && (!isRecord(event.account) || typeof event.account.id !== 'string'))
    return '"account" is not { id }';
  if (!isRecord(event.data)) return '"data" is not an object';
  return null;
}

/**
 * Verifies a webhook request as `verifyWebhookSignature` does, then, only when it is genuine,
 * parses its body into the event. Never throws for a bad request (only without a secret).
 *
 * The envelope is checked (`id`, `type`, `sequence`…); `data` is the API's signed snapshot, typed
 * by the event's type and not checked field by field. Fields added to the API's snapshots later
 * are kept, not refused.
 */
export async function constructWebhookEvent(
  options: VerifyWebhookOptions,
): Promise<WebhookEventResult> {
  const verification = await verifyWebhookSignature(options);
  if (!verification.ok) return verification;
  let parsed: unknown;
  try {
    const text = typeof options.body === 'string' ? options.body : decoder.decode(options.body);
    parsed = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'MALFORMED_BODY', message: 'The body is not JSON (UTF-8)' };
  }
  if (!isRecord(parsed))
    return { ok: false, reason: 'MALFORMED_BODY', message: 'The body is not a JSON object' };
  const problem = envelopeProblem(parsed);
  if (problem)
    return { ok: false, reason: 'MALFORMED_BODY', message: `Not a billing event: ${problem}` };
  const { signedAt } = verification;
  return isWebhookEventType(parsed.type as string)
    ? { ok: true, event: parsed as unknown as WebhookEvent, signedAt }
    : {
        ok: true,
        event: null,
        unrecognized: parsed as unknown as UnrecognizedWebhookEvent,
        signedAt,
      };
}
