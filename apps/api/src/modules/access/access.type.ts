import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { PageInfo } from '../../graphql/connection.js';
import { DateTimeScalar } from '../../graphql/scalars.js';

export enum Role {
  OPERATOR = 'OPERATOR',
  CUSTOMER_ADMIN = 'CUSTOMER_ADMIN',
  CUSTOMER_MEMBER = 'CUSTOMER_MEMBER',
}
registerEnumType(Role, {
  name: 'Role',
  description: 'What a token may do: an operator runs billing, customers act on their own account.',
  valuesConfig: {
    OPERATOR: { description: 'Billing staff: every account, every operation.' },
    CUSTOMER_ADMIN: {
      description: 'An administrator of one account: reads it, buys, pays, requests refunds.',
    },
    CUSTOMER_MEMBER: { description: 'A member of one account: reads it, changes nothing.' },
  },
});

export enum ApiTokenKind {
  API = 'API',
  BOOTSTRAP = 'BOOTSTRAP',
}
registerEnumType(ApiTokenKind, {
  name: 'ApiTokenKind',
  description: 'Where a token came from.',
  valuesConfig: {
    API: { description: 'Issued with createApiToken.' },
    BOOTSTRAP: {
      description:
        'The installation’s first operator token (created at start-up or by rotateBootstrapToken).',
    },
  },
});

export enum ApiTokenStatus {
  ACTIVE = 'ACTIVE',
  EXPIRED = 'EXPIRED',
  REVOKED = 'REVOKED',
}
registerEnumType(ApiTokenStatus, {
  name: 'ApiTokenStatus',
  description: 'Whether a token still signs in.',
  valuesConfig: {
    ACTIVE: { description: 'Signs in.' },
    EXPIRED: { description: 'Its expiry has passed: refused with 401.' },
    REVOKED: { description: 'Revoked: refused with 401.' },
  },
});

@ObjectType({
  description:
    'An API token (a bearer credential). Its secret is never shown again after its creation: only a hash is stored.',
})
export class ApiToken {
  @Field(() => ID, { description: 'The global id of the token.' })
  id!: string;

  @Field(() => String, { description: 'A name saying what the token is for.' })
  name!: string;

  @Field(() => ApiTokenKind, { description: 'An ordinary token or the bootstrap operator token.' })
  kind!: ApiTokenKind;

  @Field(() => Role, { description: 'What the token may do.' })
  role!: Role;

  @Field(() => ApiTokenStatus, { description: 'Whether the token still signs in.' })
  status!: ApiTokenStatus;

  @Field(() => DateTimeScalar, { description: 'When it was created.' })
  createdAt!: Date;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description: 'When it stops signing in; null for a token that does not expire.',
  })
  expiresAt!: Date | null;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description: 'When it last signed a request, to the minute; null if never used.',
  })
  lastUsedAt!: Date | null;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description: 'When it was revoked; null while it is not.',
  })
  revokedAt!: Date | null;

  /** The account's local id, resolved by `account`. */
  accountLocalId!: string | null;
}

@ObjectType({ description: 'One API token of a page, with its cursor.' })
export class ApiTokenEdge {
  @Field(() => ApiToken, { description: 'The token.' })
  node!: ApiToken;

  @Field(() => String, { description: 'Where this edge is, for after/before.' })
  cursor!: string;
}

@ObjectType({ description: 'A page of API tokens (Relay connection, keyset-paged in SQL).' })
export class ApiTokenConnection {
  @Field(() => [ApiTokenEdge], { description: 'The tokens of this page, in the list’s order.' })
  edges!: ApiTokenEdge[];

  @Field(() => PageInfo, {
    description: 'Whether more pages follow or precede, and their cursors.',
  })
  pageInfo!: PageInfo;

  @Field(() => Int, {
    // A promise until counted: read through a resolver, which compiled queries await
    // (a plain field's value is taken as it is; see graphql/compiled-execution.ts).
    simple: false,
    description: 'All tokens of the list (counted only when selected).',
  })
  totalCount!: number | Promise<number>;
}
