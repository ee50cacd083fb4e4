import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Connection } from '../../graphql/connection.js';
import { RuleRef, ruleRefs } from '../../graphql/explain.type.js';
import { inCallerLanguage } from '../../locale.js';
import { Node } from '../../graphql/node.js';
import { DateScalar, DateTimeScalar } from '../../graphql/scalars.js';
import type { OrderEntity } from './order.entity.js';

export enum OrderKind {
  NEW_SUBSCRIPTION = 'NEW_SUBSCRIPTION',
  ADD_SEATS = 'ADD_SEATS',
  RENEWAL = 'RENEWAL',
  VALUE_ADDED = 'VALUE_ADDED',
  UPGRADE = 'UPGRADE',
}
registerEnumType(OrderKind, {
  name: 'OrderKind',
  description: 'What an order buys.',
  valuesConfig: {
    NEW_SUBSCRIPTION: {
      description: 'A new subscription: seats × tier unit price × years (R-OPEN-1).',
    },
    ADD_SEATS: {
      description:
        'Seats added to an active subscription for the rest of its period, by the month (R-SEAT-1, R-SEAT-2, R-SEAT-3, R-SEAT-4).',
    },
    RENEWAL: {
      description: 'Another period from the previous period end (R-RENEW-2, R-RENEW-3).',
    },
    VALUE_ADDED: {
      description:
        'A one-off value-added service (SMS packs…), non-refundable once paid (R-REF-NONREF).',
    },
    UPGRADE: { description: 'An EQQ → Qidian upgrade (R-MIG-1, R-MIG-2, R-MIG-3, R-MIG-4).' },
  },
});

export enum OrderStatus {
  AWAITING_PAYMENT = 'AWAITING_PAYMENT',
  PAID = 'PAID',
  FULFILLED = 'FULFILLED',
  CANCELLED = 'CANCELLED',
  REFUNDED = 'REFUNDED',
  PARTIALLY_REFUNDED = 'PARTIALLY_REFUNDED',
}
registerEnumType(OrderStatus, {
  name: 'OrderStatus',
  description: 'Where an order stands, from payment to fulfilment or refund.',
  valuesConfig: {
    AWAITING_PAYMENT: {
      description: 'Not yet paid in full; partial payments accumulate (R-PAY-2).',
    },
    PAID: {
      description:
        'Paid in full, not yet fulfilled (an opening waits for approved materials and activation, R-OPEN-2).',
    },
    FULFILLED: { description: 'Paid and delivered: seats added, period extended, service active.' },
    CANCELLED: { description: 'Cancelled before any payment (`cancelOrder`).' },
    REFUNDED: { description: 'Everything paid was refunded.' },
    PARTIALLY_REFUNDED: { description: 'Part of what was paid was refunded (R-REF-CAP).' },
  },
});

@ObjectType({
  implements: Node,
  description: 'An order: what was bought, priced line by line with rule ids.',
})
export class Order extends Node {
  @Field(() => ID, { description: 'The order’s global id.' })
  declare id: string;

  /**
   * The order's row. Every field below reads it when asked, not before: a list whose selection
   * needs a few columns reads only those (`orders.selection.ts`), and nothing else is touched.
   */
  entity!: OrderEntity;

  @Field(() => OrderKind, { description: 'What the order buys.' })
  get kind(): OrderKind {
    return OrderKind[this.entity.kind];
  }

  @Field(() => OrderStatus, { description: 'Where the order stands.' })
  get status(): OrderStatus {
    return OrderStatus[this.entity.status];
  }

  @Field(() => DateScalar, { description: 'The business date the order was priced on (R-CAT-1).' })
  get orderDate(): string {
    return this.entity.orderDate;
  }

  @Field(() => Int, {
    nullable: true,
    description: 'Years bought by an opening or a renewal; null for other kinds.',
  })
  get years(): number | null {
    return this.entity.years;
  }

  @Field(() => Int, { nullable: true, description: 'Seats bought (added seats for ADD_SEATS).' })
  get seats(): number | null {
    return this.entity.seats;
  }

  @Field(() => DateScalar, {
    nullable: true,
    description: 'Start of the period this order pays for.',
  })
  get periodStart(): string | null {
    return this.entity.periodStart;
  }

  @Field(() => DateScalar, {
    nullable: true,
    description: 'Exclusive end of the period this order pays for.',
  })
  get periodEnd(): string | null {
    return this.entity.periodEnd;
  }

  @Field(() => DateScalar, { nullable: true, description: 'The day the order was paid in full.' })
  get paidOn(): string | null {
    return this.entity.paidOn;
  }

  @Field(() => DateScalar, {
    nullable: true,
    description: 'The date fulfilment is due by: activation (R-OPEN-4) or renewal (R-RENEW-5).',
  })
  get fulfilmentDueOn(): string | null {
    return this.entity.fulfilmentDueOn;
  }

  @Field(() => String, {
    description: 'One line a customer can read: why the total is what it is.',
  })
  get explanation(): string {
    return inCallerLanguage(this.entity.explanation, this.entity.explanationMessage);
  }

  @Field(() => [RuleRef], { description: 'The rules that decided it, with their summaries.' })
  get rules(): RuleRef[] {
    return ruleRefs(this.entity.rules);
  }

  @Field(() => DateTimeScalar, {
    description: 'When the order was placed (its account’s test clock time, if any).',
  })
  get createdAt(): Date {
    return this.entity.createdAt;
  }
}

export const OrderConnection = Connection(Order, 'Order');
export type OrderConnection = InstanceType<typeof OrderConnection>;
