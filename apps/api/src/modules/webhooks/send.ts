import { renderMessage } from '@billing/domain';
import { toGlobalId, type NodeTypeName } from '../../graphql/node.js';
import type { BillingEventRow } from '../events/billing-event.type.js';
import { checkEndpointUrl } from './endpoint-url.js';
import { SIGNATURE_HEADER, signatureHeader } from './signature.js';

/** At most this much of a receiver's answer is kept (for the console's delivery list). */
export const RESPONSE_EXCERPT_BYTES = 1024;

/**
 * The body every endpoint receives for an event: the event as `BillingEvent` returns it, with
 * `sequence` (increasing, per account too). The same bytes on every attempt; only the
 * signature's timestamp changes.
 */
export function eventBody(event: BillingEventRow): string {
  return JSON.stringify({
    id: toGlobalId('BillingEvent', event.id),
    type: event.type,
    sequence: Number(event.seq),
    occurredAt: new Date(event.occurred_at).toISOString(),
    businessDate: event.business_date,
    testMode: event.test_mode,
    account: { id: toGlobalId('Account', event.account_id) },
    objectType: event.object_type,
    objectId: toGlobalId(event.object_type as NodeTypeName, event.object_id),
    data: event.data,
  });
}

export interface WebhookRequest {
  readonly url: string;
  readonly body: string;
  /** The live signing secrets, newest first. */
  readonly secrets: readonly string[];
  readonly eventId: string;
  readonly eventType: string;
  /** 1 for the first attempt. */
  readonly attempt: number;
}

export interface WebhookResult {
  /** The receiver answered 2xx. */
  readonly ok: boolean;
  readonly statusCode: number | null;
  readonly latencyMs: number;
  /** Why it failed, in words (null on success). */
  readonly error: string | null;
  /** The first kilobyte of the answer's body. */
  readonly excerpt: string | null;
}

/**
 * One POST of a signed event. A receiver has `timeoutMs` for its whole answer; a redirect is
 * not followed (it counts as a failure: the signature was made for this URL); the URL is
 * checked again first, since a host name can come to resolve to a private address later.
 */
export async function sendWebhook(
  request: WebhookRequest,
  options: { readonly timeoutMs: number; readonly allowPrivate: boolean },
): Promise<WebhookResult> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  const checked = await checkEndpointUrl(request.url, { allowPrivate: options.allowPrivate });
  if (!checked.ok)
    return {
      ok: false,
      statusCode: null,
      latencyMs: 0,
      error: renderMessage(checked.message, 'en'),
      excerpt: null,
    };
  try {
    const response = await fetch(checked.url, {
      method: 'POST',
      redirect: 'manual',
      signal: AbortSignal.timeout(options.timeoutMs),
      headers: {
        'content-type': 'application/json',
        'user-agent': 'billing-webhooks/1',
        [SIGNATURE_HEADER]: signatureHeader(request.body, request.secrets, new Date()),
        'billing-event-id': request.eventId,
        'billing-event-type': request.eventType,
        'billing-delivery-attempt': String(request.attempt),
      },
      body: request.body,
    });
    const excerpt = await firstBytes(response, RESPONSE_EXCERPT_BYTES);
    const ok = response.status >= 200 && response.status < 300;
    return {
      ok,
      statusCode: response.status,
      latencyMs: elapsed(),
      error: ok
        ? null
        : response.status >= 300 && response.status < 400
          ? `The endpoint answered ${response.status} (a redirect, not followed): give its final URL`
          : `The endpoint answered ${response.status}`,
      excerpt,
    };
  } catch (error) {
    const timedOut = error instanceof Error && error.name === 'TimeoutError';
    const cause =
      error instanceof Error && error.cause instanceof Error ? error.cause.message : String(error);
    return {
      ok: false,
      statusCode: null,
      latencyMs: elapsed(),
      error: timedOut
        ? `The endpoint did not answer within ${options.timeoutMs / 1000} s`
        : `The endpoint could not be reached: ${cause}`,
      excerpt: null,
    };
  }
}

/** Up to `limit` bytes of a body, as text; the rest is not read. */
async function firstBytes(response: Response, limit: number): Promise<string | null> {
  if (!response.body) return null;
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    while (size < limit) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      size += value.byteLength;
    }
  } finally {
    await reader.cancel().catch(() => {});
  }
  const bytes = Buffer.concat(chunks).subarray(0, limit);
  return new TextDecoder('utf-8', { fatal: false }).decode(bytes).replace(/\uFFFD$/, '');
}
