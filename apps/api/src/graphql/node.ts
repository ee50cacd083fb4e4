import { Field, ID, InterfaceType } from 'type-graphql';

@InterfaceType({ description: 'An object with a global id (Relay).' })
export abstract class Node {
  @Field(() => ID, {
    description: 'An opaque global id; `node(id:)` fetches the object it names.',
  })
  id!: string;
}

export type NodeTypeName =
  | 'Account'
  | 'Subscription'
  | 'Order'
  | 'Payment'
  | 'Refund'
  | 'TestClock'
  | 'PostpaidBill'
  | 'Invoice'
  | 'AuditEntry'
  | 'ApiToken'
  | 'BillingEvent'
  | 'WebhookEndpoint'
  | 'WebhookDelivery';

/** Global ids are opaque: base64url of `Type:uuid`. */
export function toGlobalId(type: NodeTypeName, localId: string): string {
  return Buffer.from(`${type}:${localId}`, 'utf8').toString('base64url');
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Whether a raw (not global) id is a UUID as PostgreSQL stores it: check before it reaches SQL. */
export function isUuid(value: string): boolean {
  return UUID.test(value);
}

/** Decodes a global id; anything malformed or of another type is `null` (answers as not found). */
export function fromGlobalId(
  globalId: string,
  expected?: NodeTypeName,
): { type: NodeTypeName; id: string } | null {
  let decoded: string;
  try {
    decoded = Buffer.from(globalId, 'base64url').toString('utf8');
  } catch {
    return null;
  }
  const separator = decoded.indexOf(':');
  if (separator < 0) return null;
  const type = decoded.slice(0, separator) as NodeTypeName;
  const id = decoded.slice(separator + 1);
  if (!UUID.test(id)) return null;
  if (expected && type !== expected) return null;
  return { type, id };
}
