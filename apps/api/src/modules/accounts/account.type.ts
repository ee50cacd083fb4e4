import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Money } from '../../graphql/money.type.js';
import { Node } from '../../graphql/node.js';
import { DateTimeScalar } from '../../graphql/scalars.js';
import { Connection } from '../../graphql/connection.js';

export enum AccountStatus {
  ACTIVE = 'ACTIVE',
  SUSPENDED = 'SUSPENDED',
  CLOSED = 'CLOSED',
}
registerEnumType(AccountStatus, {
  name: 'AccountStatus',
  description: 'Whether the account may buy, set by its postpaid bills’ standing (R-PAY-5).',
  valuesConfig: {
    ACTIVE: { description: 'In good standing: may buy, renew and add seats.' },
    SUSPENDED: {
      description:
        'A postpaid bill is 30 days overdue (R-PAY-5): no purchases until no bill is that late; paying still works.',
    },
    CLOSED: {
      description:
        'A postpaid bill is 90 days overdue (R-PAY-5): the account can no longer buy, only settle what it owes.',
    },
  },
});

export enum VerificationStatus {
  NOT_SUBMITTED = 'NOT_SUBMITTED',
  PENDING = 'PENDING',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
}
registerEnumType(VerificationStatus, {
  name: 'VerificationStatus',
  description: 'Review of the qualification materials (R-OPEN-2).',
  valuesConfig: {
    NOT_SUBMITTED: { description: 'No materials yet (`submitVerification`).' },
    PENDING: { description: 'Submitted, waiting for an operator’s review.' },
    APPROVED: { description: 'Approved: a paid subscription may be activated (R-OPEN-2).' },
    REJECTED: { description: 'Rejected with a note (`verificationNote`); may be submitted again.' },
  },
});

@ObjectType({ implements: Node, description: 'A customer enterprise.' })
export class Account extends Node {
  @Field(() => ID, { description: 'The account’s global id.' })
  declare id: string;

  /** Database id, kept off the schema. */
  localId!: string;

  @Field(() => String, { description: 'The customer’s name as entered when it was created.' })
  name!: string;

  @Field(() => String, {
    nullable: true,
    description: 'The enterprise name as verified (R-INV-1).',
  })
  verifiedName!: string | null;

  @Field(() => AccountStatus, {
    description:
      'Whether the account may buy: ACTIVE unless a postpaid bill is long overdue (R-PAY-5).',
  })
  status!: AccountStatus;

  @Field(() => VerificationStatus, {
    description: 'Where the review of its qualification materials stands (R-OPEN-2).',
  })
  verificationStatus!: VerificationStatus;

  @Field(() => Money, { description: 'Prepaid balance (R-PAY-4).' })
  balance!: Money;

  @Field(() => DateTimeScalar, {
    description: 'When the account was created (its test clock’s time for a test account).',
  })
  createdAt!: Date;
}

export const AccountConnection = Connection(Account, 'Account');
export type AccountConnection = InstanceType<typeof AccountConnection>;
