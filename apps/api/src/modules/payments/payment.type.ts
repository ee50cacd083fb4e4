import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Connection } from '../../graphql/connection.js';
import { Money } from '../../graphql/money.type.js';
import { Node } from '../../graphql/node.js';
import { DateScalar, DateTimeScalar } from '../../graphql/scalars.js';
import type { PaymentEntity } from './payment.entity.js';

export enum PaymentMethod {
  BANK_CARD = 'BANK_CARD',
  ALIPAY = 'ALIPAY',
  WECHAT_PAY = 'WECHAT_PAY',
  TENCENT_WALLET = 'TENCENT_WALLET',
  BALANCE = 'BALANCE',
}
registerEnumType(PaymentMethod, { name: 'PaymentMethod', description: 'R-PAY-1' });

export enum PaymentStatus {
  SUCCEEDED = 'SUCCEEDED',
  FAILED = 'FAILED',
}
registerEnumType(PaymentStatus, { name: 'PaymentStatus' });

export enum PaymentPurpose {
  ORDER = 'ORDER',
  TOP_UP = 'TOP_UP',
}
registerEnumType(PaymentPurpose, { name: 'PaymentPurpose' });

@ObjectType({
  implements: Node,
  description: 'A payment through the payment gateway or the prepaid balance.',
})
export class Payment extends Node {
  @Field(() => ID)
  declare id: string;

  entity!: PaymentEntity;

  @Field(() => PaymentMethod)
  method!: PaymentMethod;

  @Field(() => PaymentPurpose)
  purpose!: PaymentPurpose;

  @Field(() => Money)
  amount!: Money;

  @Field(() => PaymentStatus)
  status!: PaymentStatus;

  @Field(() => DateTimeScalar)
  paidAt!: Date;

  @Field(() => DateScalar)
  paidOn!: string;

  @Field(() => Boolean, { description: 'Paid after the order was already paid in full (R-PAY-3).' })
  duplicate!: boolean;

  @Field(() => Money, {
    description: 'The part beyond what the order needed: refundable (R-PAY-2, R-REF-DUPLICATE).',
  })
  excess!: Money;

  @Field(() => Money, { description: 'Refunded so far.' })
  refunded!: Money;

  @Field(() => String, { nullable: true, description: 'The provider’s reference (R-PAY-1).' })
  providerReference!: string | null;
}

export const PaymentConnection = Connection(Payment, 'Payment');
export type PaymentConnection = InstanceType<typeof PaymentConnection>;
