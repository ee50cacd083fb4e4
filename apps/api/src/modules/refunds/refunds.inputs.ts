import { RefundSort } from '../../graphql/list-sorts.js';
import { PageArgs } from '../../graphql/connection.js';
import type { BusinessDate } from '@billing/domain';
import { ArgsType, Field, Float, ID, InputType, ObjectType } from 'type-graphql';
import { DateScalar, DateTimeScalar } from '../../graphql/scalars.js';
import { UserError } from '../../graphql/user-error.js';
import { Refund, RefundReason, RefundStatus } from './refund.type.js';

@InputType({ description: 'What the customer asks for and claims (R-REF-REVIEW).' })
export class RefundClaimFields {
  @Field(() => ID, { description: 'The order’s global id.' })
  orderId!: string;

  @Field(() => RefundReason, {
    description: 'What the customer asks for; it decides which refund rules apply.',
  })
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

@InputType({ description: 'A refund claim to decide without requesting it (section 8).' })
export class RefundPreviewInput extends RefundClaimFields {
  @Field(() => DateScalar, {
    nullable: true,
    description: 'Decide as of this date (default: today on the account’s clock).',
  })
  asOf?: BusinessDate | null;
}

@InputType({ description: 'A refund claim against one order (section 8).' })
export class RequestRefundInput extends RefundClaimFields {
  @Field(() => String, {
    description:
      'A key of your choice, 1–255 printable ASCII characters (a UUID): a retry with the same key and the same input answers as the first call did and changes nothing more; the same key with another input is refused (IDEMPOTENCY_KEY_REUSED).',
  })
  idempotencyKey!: string;
}

@InputType({
  description:
    'Approves a requested refund: the decision is made again as of today (R-REF-REVIEW).',
})
export class ApproveRefundInput {
  @Field(() => ID, { description: 'The refund’s global id.' })
  refundId!: string;

  @Field(() => String, { nullable: true, description: 'A note for the customer, if any.' })
  note?: string | null;
}

@InputType({ description: 'Rejects a requested refund with a note (R-REF-REVIEW).' })
export class RejectRefundInput {
  @Field(() => ID, { description: 'The refund’s global id.' })
  refundId!: string;

  @Field(() => String, { description: 'Why: the customer reads it.' })
  note!: string;
}

@InputType({ description: 'Records the payout of an approved refund (R-REF-PAYOUT).' })
export class PayRefundInput {
  @Field(() => ID, { description: 'The refund’s global id.' })
  refundId!: string;
}

@ObjectType({ description: 'The refund after a request, approval, rejection or payout.' })
export class RefundPayload {
  @Field(() => Refund, {
    nullable: true,
    description: 'The refund as it is now. Always set when `userErrors` is empty.',
  })
  refund!: Refund | null;

  @Field(() => [UserError], {
    description: 'Why the request was refused; empty when it succeeded.',
  })
  userErrors!: UserError[];
}

@ArgsType()
export class RefundsArgs extends PageArgs {
  @Field(() => RefundStatus, {
    nullable: true,
    description: 'Only refunds in this status (REQUESTED: the review queue).',
  })
  status?: RefundStatus | null;

  @Field(() => RefundSort.values, {
    nullable: true,
    description: 'The order of the refunds (instead of orderBy); default OLDEST_FIRST.',
  })
  sort?: RefundSort | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'true: only refunds of test-clock accounts; false: only those of live accounts; omitted: both (as before this argument existed). The console passes its Test mode switch.',
  })
  testMode?: boolean | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Only refunds whose account name, request note or review note contains this text (case-insensitive, at most 100 characters).',
  })
  search?: string | null;
}

@ArgsType()
export class AccountRefundsArgs extends PageArgs {
  @Field(() => RefundStatus, { nullable: true, description: 'Only refunds in this status.' })
  status?: RefundStatus | null;

  @Field(() => RefundSort.values, {
    nullable: true,
    description: 'The order of the refunds (instead of orderBy); default OLDEST_FIRST.',
  })
  sort?: RefundSort | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Only refunds whose id or order id (the UUIDs, or a whole global id), reason (its code, e.g. DUPLICATE_PAYMENT or "duplicate payment"), request note or review note contains this text; case-insensitive, at most 100 characters.',
  })
  search?: string | null;
}
