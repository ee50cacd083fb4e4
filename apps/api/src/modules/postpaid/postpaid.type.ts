import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Connection } from '../../graphql/connection.js';
import { LineItem, RuleRef } from '../../graphql/explain.type.js';
import { Money } from '../../graphql/money.type.js';
import { Node } from '../../graphql/node.js';
import { DateScalar, DateTimeScalar } from '../../graphql/scalars.js';
import { PaymentMethod } from '../payments/payment.type.js';
import type { PostpaidBillEntity } from './postpaid-bill.entity.js';

export enum PostpaidBillStatus {
  ISSUED = 'ISSUED',
  OVERDUE = 'OVERDUE',
  SUSPENDED = 'SUSPENDED',
  CLOSED = 'CLOSED',
  PAID = 'PAID',
}
registerEnumType(PostpaidBillStatus, {
  name: 'PostpaidBillStatus',
  description:
    'R-PAY-5: ISSUED (not overdue), OVERDUE from the day after the due date, SUSPENDED at 30 days overdue, CLOSED at 90, PAID.',
  valuesConfig: {
    ISSUED: { description: 'Issued and not yet past its due date (the 15th).' },
    OVERDUE: {
      description: 'Unpaid after its due date: a late fee accrues daily (R-PAY-5).',
    },
    SUSPENDED: {
      description: '30 days overdue: the account is suspended from buying until it pays (R-PAY-5).',
    },
    CLOSED: {
      description: '90 days overdue: the account is closed and the late fee stops (R-PAY-5).',
    },
    PAID: { description: 'Paid in full, late fee included.' },
  },
});

@ObjectType({
  implements: Node,
  description: 'A postpaid usage bill for one natural month (R-PAY-5).',
})
export class PostpaidBill extends Node {
  @Field(() => ID, { description: 'The bill’s global id.' })
  declare id: string;

  entity!: PostpaidBillEntity;

  @Field(() => String, { description: 'The month billed, YYYY-MM.' })
  month!: string;

  @Field(() => DateScalar, { description: 'First day of the month billed.' })
  periodStart!: string;

  @Field(() => DateScalar, { description: 'Exclusive end of the month billed.' })
  periodEnd!: string;

  @Field(() => DateScalar, { description: 'The 1st of the next month.' })
  issuedOn!: string;

  @Field(() => DateScalar, { description: 'The 15th of the next month (demo terms).' })
  dueOn!: string;

  @Field(() => PostpaidBillStatus, {
    description: 'Where the bill stands, as of its latest late-fee assessment (R-PAY-5).',
  })
  status!: PostpaidBillStatus;

  @Field(() => Money, { description: 'The usage billed.' })
  amount!: Money;

  @Field(() => Money, {
    description:
      'Late fees accrued so far: 0.05% of the unpaid amount per day overdue, simple (R-PAY-5).',
  })
  lateFee!: Money;

  @Field(() => Money, { description: 'Paid so far: 0 or everything (bills are paid in full).' })
  paid!: Money;

  @Field(() => Money, { description: 'amount + lateFee − paid: what payPostpaidBill takes now.' })
  outstanding!: Money;

  @Field(() => [LineItem], { description: 'The usage lines billed.' })
  lines!: LineItem[];

  @Field(() => String, {
    description: 'Why, in plain words, naming the rule ids that decided it.',
  })
  explanation!: string;

  @Field(() => [RuleRef], { description: 'The rules that decided it, with their summaries.' })
  rules!: RuleRef[];

  @Field(() => [LineItem], {
    description: 'The late-fee line of the latest assessment (empty while none is due).',
  })
  lateFeeLines!: LineItem[];

  @Field(() => String, {
    nullable: true,
    description: 'Why the late fee is what it is, with rule ids.',
  })
  lateFeeExplanation!: string | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'The day of the latest late-fee assessment.',
  })
  lateFeeAssessedOn!: string | null;

  @Field(() => Int, { description: 'Days overdue as of the latest assessment.' })
  daysOverdue!: number;

  @Field(() => DateScalar, { description: 'The service is suspended on this day if still unpaid.' })
  suspendsOn!: string;

  @Field(() => DateScalar, {
    description: 'The account is closed on this day if still unpaid; the fee stops then.',
  })
  closesOn!: string;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'The business date it was paid; null while unpaid.',
  })
  paidOn!: string | null;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description: 'When it was paid; null while unpaid.',
  })
  paidAt!: Date | null;

  @Field(() => PaymentMethod, {
    nullable: true,
    description: 'How it was paid; null while unpaid.',
  })
  method!: PaymentMethod | null;
}

export const PostpaidBillConnection = Connection(PostpaidBill, 'PostpaidBill');
export type PostpaidBillConnection = InstanceType<typeof PostpaidBillConnection>;
