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
registerEnumType(AccountStatus, { name: 'AccountStatus' });

export enum VerificationStatus {
  NOT_SUBMITTED = 'NOT_SUBMITTED',
  PENDING = 'PENDING',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
}
registerEnumType(VerificationStatus, {
  name: 'VerificationStatus',
  description: 'Review of the qualification materials (R-OPEN-2).',
});

@ObjectType({ implements: Node, description: 'A customer enterprise.' })
export class Account extends Node {
  @Field(() => ID)
  declare id: string;

  /** Database id, kept off the schema. */
  localId!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, {
    nullable: true,
    description: 'The enterprise name as verified (R-INV-1).',
  })
  verifiedName!: string | null;

  @Field(() => AccountStatus)
  status!: AccountStatus;

  @Field(() => VerificationStatus)
  verificationStatus!: VerificationStatus;

  @Field(() => Money, { description: 'Prepaid balance (R-PAY-4).' })
  balance!: Money;

  @Field(() => DateTimeScalar)
  createdAt!: Date;
}

export const AccountConnection = Connection(Account, 'Account');
export type AccountConnection = InstanceType<typeof AccountConnection>;
