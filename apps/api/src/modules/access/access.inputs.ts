import { ArgsType, Field, ID, InputType, ObjectType } from 'type-graphql';
import { PageArgs } from '../../graphql/connection.js';
import { DateTimeScalar } from '../../graphql/scalars.js';
import { UserError } from '../../graphql/user-error.js';
import { Account } from '../accounts/account.type.js';
import { ApiToken, Role } from './access.type.js';

@ArgsType()
export class ApiTokensArgs extends PageArgs {
  @Field(() => ID, {
    nullable: true,
    description:
      'Only the tokens of this account (operators). A customer administrator always sees their own account’s.',
  })
  accountId?: string | null;
}

@InputType({ description: 'A new API token.' })
export class CreateApiTokenInput {
  @Field(() => ID, {
    nullable: true,
    description: 'Required for customer roles; omitted for operators.',
  })
  accountId?: string | null;

  @Field(() => Role, { description: 'What the token may do.' })
  role!: Role;

  @Field(() => String, {
    nullable: true,
    description:
      'What the token is for, 1–100 characters (default: the role and the day it was created).',
  })
  name?: string | null;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description: 'When the token stops signing in (in the future); omitted: it does not expire.',
  })
  expiresAt?: Date | null;
}

@ObjectType({ description: 'The result of createApiToken.' })
export class CreateApiTokenPayload {
  @Field(() => String, { nullable: true, description: 'The bearer token, shown only this once.' })
  token!: string | null;

  @Field(() => Role, { nullable: true, description: 'The role of the new token.' })
  role!: Role | null;

  @Field(() => Account, { nullable: true, description: 'The account of a customer token.' })
  account!: Account | null;

  @Field(() => ApiToken, {
    nullable: true,
    description: 'The new token (name, expiry …); null when refused.',
  })
  apiToken!: ApiToken | null;

  @Field(() => [UserError], { description: 'Why the token was not created (empty on success).' })
  userErrors!: UserError[];
}

@InputType({ description: 'The token to revoke.' })
export class RevokeApiTokenInput {
  @Field(() => ID, { description: 'The global id of the token (ApiToken.id).' })
  id!: string;
}

@ObjectType({ description: 'The result of revokeApiToken.' })
export class RevokeApiTokenPayload {
  @Field(() => ApiToken, {
    nullable: true,
    description: 'The revoked token (also when it was already revoked); null when refused.',
  })
  apiToken!: ApiToken | null;

  @Field(() => [UserError], { description: 'Why the token was not revoked (empty on success).' })
  userErrors!: UserError[];
}

@InputType({ description: 'A rotation of the bootstrap operator token.' })
export class RotateBootstrapTokenInput {
  @Field(() => String, {
    description:
      'A key for this rotation (a UUID): a retry with the same key rotates nothing more and returns the same token without its secret.',
  })
  idempotencyKey!: string;
}

@ObjectType({ description: 'The result of rotateBootstrapToken.' })
export class RotateBootstrapTokenPayload {
  @Field(() => String, {
    nullable: true,
    description:
      'The new bootstrap token, shown only this once: null on a retry with the same idempotencyKey.',
  })
  token!: string | null;

  @Field(() => ApiToken, {
    nullable: true,
    description: 'The new bootstrap token’s record; null when refused.',
  })
  apiToken!: ApiToken | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'True when this answers a retry of an earlier rotation with the same key; null when refused.',
  })
  replayed!: boolean | null;

  @Field(() => [UserError], { description: 'Why nothing was rotated (empty on success).' })
  userErrors!: UserError[];
}
