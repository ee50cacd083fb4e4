import type { Role } from '../gql/graphql.js';

export type { Role } from '../gql/graphql.js';

/**
 * What each role may do, mirroring the API's guards (api-contract.md, "Authentication and
 * roles"). The API enforces these; the client only uses them to not offer an action a role
 * would be refused.
 */
const grants = {
  /** Every account, the dashboard, the account list. */
  'accounts.browse': ['OPERATOR'],
  'accounts.create': ['OPERATOR'],
  'apiTokens.create': ['OPERATOR'],
  /** Buying and requesting refunds for one's own account. */
  'account.act': ['OPERATOR', 'CUSTOMER_ADMIN'],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof grants;

export function can(role: Role, permission: Permission): boolean {
  return (grants[permission] as readonly Role[]).includes(role);
}

export const CUSTOMER_ROLES = [
  'CUSTOMER_ADMIN',
  'CUSTOMER_MEMBER',
] as const satisfies readonly Role[];

export function isCustomer(role: Role): boolean {
  return role !== 'OPERATOR';
}
