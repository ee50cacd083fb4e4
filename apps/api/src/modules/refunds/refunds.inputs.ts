import { PageArgs } from '../../graphql/connection.js';
import type { BusinessDate } from '@billing/domain';
import { ArgsType, Field, Float, ID, InputType, ObjectType } from 'type-graphql';
import { DateScalar, DateTimeScalar } from '../../graphql/scalars.js';
import { UserError } from '../../graphql/user-error.js';
import { Refund, RefundReason, RefundStatus } from './refund.type.js';

@InputType({ description: 'What the customer asks for and claims (R-REF-REVIEW).' })
export class RefundClaimFields {
  @Field(() => ID)
  orderId!: string;

  @Field(() => RefundReason)
  reason!: RefundReason;

  @Field(() => String, {
    nullable: true,
    description: 'The customer’s words, up to 2,000 characters.',
  })
  note?: string | null;

  @Field(() => [String], {
    nullable: true,
    description: 'References to evidence (screenshots, tickets); needed for R-REF-DEFECT.',
  })
  evidence?: string[] | null;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description:
      'When the event the claim rests on happened (R-REF-WINDOW: Meeting claims within 48 hours; an outage: when it ended or passed 72 hours).',
  })
  eventAt?: Date | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Longest consecutive platform outage, in hours (R-REF-OUTAGE: more than 72).',
  })
  outageHours?: number | null;
}

@InputType()
export class RefundPreviewInput extends RefundClaimFields {
  @Field(() => DateScalar, {
    nullable: true,
    description: 'Decide as of this date (default: today on the account’s clock).',
  })
  asOf?: BusinessDate | null;
}

@InputType()
export class RequestRefundInput extends RefundClaimFields {
  @Field(() => String)
  idempotencyKey!: string;
}

@InputType()
export class ApproveRefundInput {
  @Field(() => ID)
  refundId!: string;

  @Field(() => String, { nullable: true })
  note?: string | null;
}

@InputType()
export class RejectRefundInput {
  @Field(() => ID)
  refundId!: string;

  @Field(() => String, { description: 'Why: the customer reads it.' })
  note!: string;
}

@InputType()
export class PayRefundInput {
  @Field(() => ID)
  refundId!: string;
}

@ObjectType()
export class RefundPayload {
  @Field(() => Refund, { nullable: true })
  refund!: Refund | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

@ArgsType()
export class RefundsArgs extends PageArgs {
  @Field(() => RefundStatus, {
    nullable: true,
    description: 'Only refunds in this status (REQUESTED: the review queue).',
  })
  status?: RefundStatus | null;
}
