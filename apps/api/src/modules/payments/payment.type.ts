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
registerEnumType(PaymentMethod, {
  name: 'PaymentMethod',
  description:
    'R-PAY-1: how a payment was made; a payment keeps its method, and refunds go back to it (R-REF-PAYOUT).',
  valuesConfig: {
    BANK_CARD: { description: 'A bank card, through the payment gateway.' },
    ALIPAY: { description: 'Alipay, through the payment gateway.' },
    WECHAT_PAY: { description: 'WeChat Pay, through the payment gateway.' },
    TENCENT_WALLET: { description: 'A Tencent wallet, through the payment gateway.' },
    BALANCE: {
      description: 'The account’s prepaid balance, which never goes negative (R-PAY-4).',
    },
  },
});

export enum PaymentStatus {
  SUCCEEDED = 'SUCCEEDED',
  FAILED = 'FAILED',
}
registerEnumType(PaymentStatus, {
  name: 'PaymentStatus',
  description: 'Whether the money moved.',
  valuesConfig: {
    SUCCEEDED: { description: 'The money was taken.' },
    FAILED: { description: 'Declined: nothing was taken.' },
  },
});

export enum PaymentPurpose {
  ORDER = 'ORDER',
  TOP_UP = 'TOP_UP',
}
registerEnumType(PaymentPurpose, {
  name: 'PaymentPurpose',
  description: 'What a payment paid for.',
  valuesConfig: {
    ORDER: { description: 'An order (`payOrder`).' },
    TOP_UP: { description: 'A top-up of the prepaid balance (`topUpBalance`).' },
  },
});

@ObjectType({
  implements: Node,
  description: 'A payment through the payment gateway or the prepaid balance.',
})
export class Payment extends Node {
  @Field(() => ID, { description: 'The payment’s global id.' })
  declare id: string;

  entity!: PaymentEntity;

  @Field(() => PaymentMethod, { description: 'How it was paid (R-PAY-1).' })
  method!: PaymentMethod;

  @Field(() => PaymentPurpose, { description: 'An order or a balance top-up.' })
  purpose!: PaymentPurpose;

  @Field(() => Money, { description: 'The amount paid.' })
  amount!: Money;

  @Field(() => PaymentStatus, { description: 'Whether the money was taken.' })
  status!: PaymentStatus;

  @Field(() => DateTimeScalar, { description: 'When it was paid.' })
  paidAt!: Date;

  @Field(() => DateScalar, {
    description:
      'The Asia/Shanghai business date of `paidAt`, which payment-dated rules count from.',
  })
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
