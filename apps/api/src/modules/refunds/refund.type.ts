import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Connection } from '../../graphql/connection.js';
import { LineItem, RuleRef } from '../../graphql/explain.type.js';
import { Money } from '../../graphql/money.type.js';
import { Node } from '../../graphql/node.js';
import { DateScalar, DateTimeScalar } from '../../graphql/scalars.js';
import { UserError } from '../../graphql/user-error.js';
import { PaymentMethod } from '../payments/payment.type.js';
import type { RefundEntity } from './refund.entity.js';

export enum RefundReason {
  NO_REASON = 'NO_REASON',
  SERVICE_DEFECT = 'SERVICE_DEFECT',
  PLATFORM_OUTAGE = 'PLATFORM_OUTAGE',
  NOT_ACTIVATED = 'NOT_ACTIVATED',
  ACTIVATION_OVERDUE = 'ACTIVATION_OVERDUE',
  DUPLICATE_PAYMENT = 'DUPLICATE_PAYMENT',
  ORDER_ERROR = 'ORDER_ERROR',
  ACCOUNT_ANOMALY = 'ACCOUNT_ANOMALY',
  USER_CANCELLATION = 'USER_CANCELLATION',
}
registerEnumType(RefundReason, {
  name: 'RefundReason',
  description:
    'What the customer asks for: DUPLICATE_PAYMENT and ORDER_ERROR ask for excess money only; any other reason asks to end the service (section 8).',
  valuesConfig: {
    NO_REASON: {
      description: 'No reason given: within 7 natural days of activation only (R-REF-7DAY).',
    },
    SERVICE_DEFECT: {
      description: 'The service does not work as promised, with evidence (R-REF-DEFECT).',
    },
    PLATFORM_OUTAGE: {
      description:
        'An outage over 72 consecutive hours: the unused part pro rata (R-REF-OUTAGE); give `outageHours` and `eventAt`.',
    },
    NOT_ACTIVATED: {
      description: 'Paid but never put into use (Exmail, R-REF-UNUSED).',
    },
    ACTIVATION_OVERDUE: {
      description:
        'Not activated within 5 working days of payment and approval (R-REF-ACTIVATION).',
    },
    DUPLICATE_PAYMENT: {
      description:
        'A payment beyond what the order needed: the excess back in full at any time (R-REF-DUPLICATE); the service goes on.',
    },
    ORDER_ERROR: {
      description:
        'The order was placed by mistake: only excess money is refunded; the service goes on.',
    },
    ACCOUNT_ANOMALY: {
      description:
        'Something is wrong with the account; decided by the refund rules like any claim.',
    },
    USER_CANCELLATION: {
      description:
        'The customer cancels during the term (Meeting): the unused part pro rata minus the fee (R-REF-CANCEL, R-REF-FEE).',
    },
  },
});

export enum RefundStatus {
  REQUESTED = 'REQUESTED',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
  PAID = 'PAID',
}
registerEnumType(RefundStatus, {
  name: 'RefundStatus',
  description: 'R-REF-REVIEW, R-REF-PAYOUT',
  valuesConfig: {
    REQUESTED: { description: 'Waiting for an operator’s review by `reviewDueOn` (R-REF-REVIEW).' },
    APPROVED: {
      description: 'Approved: paid back to the original methods by `payoutDueOn` (R-REF-PAYOUT).',
    },
    REJECTED: { description: 'Rejected with a note; nothing is paid back.' },
    PAID: { description: 'Paid back to the original payment methods.' },
  },
});

@ObjectType({
  description: 'One rule the decision considered, whether it applied, and why (R-REF-OTHERWISE).',
})
export class RefundRuleCheck {
  @Field(() => RuleRef, { description: 'The rule considered.' })
  rule!: RuleRef;

  @Field(() => Boolean, {
    description:
      'The rule’s condition held and shaped the decision (granted, blocked, capped, charged a fee).',
  })
  applied!: boolean;

  @Field(() => String, { description: 'Why it applied or not, with the facts it read.' })
  why!: string;
}

@ObjectType({
  description: 'A refund decision of the rules engine (section 8), with every rule it considered.',
})
export class RefundDecision {
  @Field(() => Boolean, {
    description: 'A refund is allowed; otherwise nothing is refundable (R-REF-OTHERWISE).',
  })
  eligible!: boolean;

  @Field(() => Money, { description: 'Gross amount taken off the order: counts toward R-REF-CAP.' })
  amount!: Money;

  @Field(() => Money, { description: 'Handling fee kept (R-REF-FEE).' })
  fee!: Money;

  @Field(() => Money, { description: 'What the customer receives: amount − fee.' })
  payout!: Money;

  @Field(() => [RuleRef], { description: 'The rules that decided.' })
  rules!: RuleRef[];

  @Field(() => String, { description: 'One line a customer can read.' })
  explanation!: string;

  @Field(() => [RefundRuleCheck], { description: 'Every rule considered, in the spec’s order.' })
  considered!: RefundRuleCheck[];

  @Field(() => [LineItem], {
    description: 'The refunded parts (positive) and the fee (negative): they sum to payout.',
  })
  lines!: LineItem[];

  @Field(() => Boolean, {
    description: 'Approving ends the subscription (the service itself is refunded).',
  })
  endsSubscription!: boolean;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'The business date the request is decided on (null when the order was not found).',
  })
  asOf!: string | null;

  @Field(() => [UserError], {
    description: 'Why it is not refundable, as requestRefund would answer (empty when eligible).',
  })
  userErrors!: UserError[];
}

@ObjectType({ description: 'The share of a refund that goes back to one payment (R-REF-PAYOUT).' })
export class RefundPart {
  @Field(() => PaymentMethod, { description: 'The original payment method it goes back to.' })
  method!: PaymentMethod;

  @Field(() => Money, { description: 'Taken off this payment (gross).' })
  amount!: Money;

  @Field(() => Money, {
    description: 'Paid back to the method: amount minus its share of the fee.',
  })
  payout!: Money;

  @Field(() => String, {
    nullable: true,
    description: 'The provider’s payout reference, once paid.',
  })
  reference!: string | null;

  paymentId!: string;
}

@ObjectType({
  implements: Node,
  description: 'A refund request against one order, as decided by the rules (section 8).',
})
export class Refund extends Node {
  @Field(() => ID, { description: 'The refund’s global id.' })
  declare id: string;

  entity!: RefundEntity;

  @Field(() => RefundReason, { description: 'What the customer asked for.' })
  reason!: RefundReason;

  @Field(() => RefundStatus, { description: 'Where the refund stands.' })
  status!: RefundStatus;

  @Field(() => Boolean, { description: 'The stored decision allows the refund.' })
  eligible!: boolean;

  @Field(() => Money, { description: 'Gross amount taken off the order (R-REF-CAP).' })
  amount!: Money;

  @Field(() => Money, { description: 'Handling fee kept (R-REF-FEE).' })
  fee!: Money;

  @Field(() => Money, { description: 'What the customer receives: amount − fee.' })
  payout!: Money;

  @Field(() => PaymentMethod, {
    description: 'The original payment method most of it goes back to (R-REF-PAYOUT); see parts.',
  })
  method!: PaymentMethod;

  @Field(() => String, { nullable: true, description: 'The customer’s words, if any.' })
  note!: string | null;

  @Field(() => [String], { description: 'References to the customer’s evidence.' })
  evidence!: string[];

  @Field(() => DateTimeScalar, { description: 'When it was requested.' })
  requestedAt!: Date;

  @Field(() => DateScalar, {
    description: 'The business date it was requested on, which the review deadline counts from.',
  })
  requestedOn!: string;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'First response due by (R-REF-REVIEW); null beyond the calendar’s data.',
  })
  reviewDueOn!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Why reviewDueOn is what it is, or why there is none.',
  })
  reviewDueReason!: string | null;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description: 'When it was approved or rejected; null while requested.',
  })
  decidedAt!: Date | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'The business date it was decided on, which the payout deadline counts from.',
  })
  decidedOn!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The operator’s note on approval or rejection.',
  })
  decisionNote!: string | null;

  @Field(() => DateScalar, {
    nullable: true,
    description:
      'Paid back by (R-REF-PAYOUT: 7 working days after approval); null beyond the calendar’s data.',
  })
  payoutDueOn!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Why payoutDueOn is what it is, or why there is none (BEYOND_CALENDAR).',
  })
  payoutDueReason!: string | null;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description: 'When it was paid back; null until then.',
  })
  paidAt!: Date | null;

  @Field(() => RefundDecision, {
    description: 'The decision as made: on request, then again on approval.',
  })
  decision!: RefundDecision;

  @Field(() => [RefundPart], { description: 'How it goes back to the order’s payments.' })
  parts!: RefundPart[];
}

export const RefundConnection = Connection(Refund, 'Refund');
export type RefundConnection = InstanceType<typeof RefundConnection>;
