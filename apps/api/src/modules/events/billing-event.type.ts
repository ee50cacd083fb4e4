import { GraphQLJSON } from 'graphql-scalars';
import { Field, ID, ObjectType } from 'type-graphql';
import { Connection } from '../../graphql/connection.js';
import { Node, toGlobalId, type NodeTypeName } from '../../graphql/node.js';
import { DateScalar, DateTimeScalar } from '../../graphql/scalars.js';
import { BILLING_EVENT_TYPES } from './events.js';

/** A stored billing event (read side of the outbox). */
export interface BillingEventRow {
  id: string;
  seq: string;
  type: string;
  account_id: string;
  occurred_at: Date;
  business_date: string;
  test_mode: boolean;
  object_type: string;
  object_id: string;
  data: Record<string, unknown>;
}

@ObjectType({
  implements: Node,
  description:
    'Something other systems must learn of (an order created, paid, fulfilled or cancelled, a payment, a refund’s steps, a subscription’s status, renewal, seats or renewal reminder, an issued invoice, a postpaid bill overdue), recorded with the change itself. Customer administrators see their account’s; operators all.',
})
export class BillingEvent {
  @Field(() => ID, { description: 'The event’s global id (`billingEvent(id:)`).' })
  id!: string;

  @Field(() => String, {
    description: `What happened: ${BILLING_EVENT_TYPES.join(', ')}.`,
  })
  type!: string;

  @Field(() => DateTimeScalar, { description: 'When it was recorded, in real time.' })
  occurredAt!: Date;

  @Field(() => DateScalar, {
    description:
      'The account’s business date when it happened: a test-clock account’s own date (Asia/Shanghai, R-TIME-1); for what the passing of time brings (a lifecycle transition, the end by a termination notice, a renewal reminder, a postpaid bill overdue), the date it took effect.',
  })
  businessDate!: string;

  @Field(() => Boolean, { description: 'Whether the account lives on a test clock.' })
  testMode!: boolean;

  @Field(() => String, {
    description:
      'The type of the object it is about: Order, Payment, Refund, Subscription, Invoice or PostpaidBill.',
  })
  objectType!: string;

  @Field(() => ID, { description: 'The global id of the object it is about.' })
  objectId!: string;

  @Field(() => GraphQLJSON, {
    description:
      'The object as it was right after the change, in the shape of its GraphQL type: money as `{ amount: "123.45", currency: "CNY" }`, ids as global ids, objects it points at as `{ id }`.',
  })
  data!: unknown;

  /** The stored account id (for `account`). */
  localAccountId!: string;
}

export const BillingEventConnection = Connection(BillingEvent, 'BillingEvent');
export type BillingEventConnection = InstanceType<typeof BillingEventConnection>;

export function toBillingEvent(row: BillingEventRow): BillingEvent {
  return Object.assign(new BillingEvent(), {
    id: toGlobalId('BillingEvent', row.id),
    type: row.type,
    occurredAt: row.occurred_at,
    businessDate: row.business_date,
    testMode: row.test_mode,
    objectType: row.object_type,
    objectId: toGlobalId(row.object_type as NodeTypeName, row.object_id),
    data: row.data,
    localAccountId: row.account_id,
  });
}
