import { createServer, type IncomingMessage, type Server } from 'node:http';
import { constructWebhookEvent, type WebhookEvent } from '@billing/sdk';

/** What this receiver does with an event: one line per event here; your work in yours. */
function describeEvent(event: WebhookEvent): string {
  switch (event.type) {
    case 'order.paid': // event.data is the order: total, paid, status…
      return `Order ${event.data.id} paid: ${event.data.total.amount} ${event.data.total.currency}`;
    case 'refund.approved': // event.data is the refund
      return `Refund of ${event.data.payout.amount} approved, paid back by ${event.data.payoutDueOn ?? 'its deadline'}`;
    case 'subscription.activated':
      return `${event.data.product.code} active with ${event.data.seats} seats until ${event.data.currentPeriodEnd}`;
    case 'webhook.test':
      return `Test: ${event.data.message}`;
    default:
      return `${event.type} of ${event.objectType} ${event.objectId}`;
  }
}

/** The body's bytes as they came: the signature covers them, so no JSON parsing before it. */
async function rawBody(request: IncomingMessage): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/**
 * A webhook endpoint: verifies each request, records its event once by id, answers 204 at once,
 * then handles the events one at a time, in the order they came.
 */
export function webhookReceiver(secret: string, handle: (line: string) => void): Server {
  const seen = new Set<string>(); // in production: a table keyed by event id, in your database
  let queue = Promise.resolve();
  return createServer((request, response) => {
    void (async () => {
      const result = await constructWebhookEvent({
        body: await rawBody(request),
        header: request.headers['billing-signature'],
        secret, // during a rotation: [newSecret, oldSecret]
      });
      if (!result.ok) {
        // Not signed by the billing API with this secret, altered, or replayed: act on nothing.
        response.writeHead(400, { 'content-type': 'text/plain' }).end(result.message);
        return;
      }
      // A retry of an event already recorded (same id, Billing-Delivery-Attempt 2, 3…) is
      // answered again, not handled again. An event of a type newer than this SDK (event null)
      // is answered too: until it is, that account's later events wait behind it.
      const { event } = result;
      if (event && !seen.has(event.id)) {
        seen.add(event.id);
        queue = queue.then(() => handle(describeEvent(event))).catch(console.error);
      }
      response.writeHead(204).end();
    })().catch(() => response.writeHead(500).end()); // not recorded: the API will retry it
  });
}
