import type { Role } from '../gql/graphql.js';

export type { Role } from '../gql/graphql.js';

/**
 * What each role may do, mirroring the API's guards (docs/api-contract.md, "Authentication and
 * roles"). The API enforces these; the client only uses them to not offer an action a role
 * would be refused.
 */
const grants = {
  /** Every account, the dashboard, the account list. */
  'accounts.browse': ['OPERATOR'],
  'accounts.create': ['OPERATOR'],
  'apiTokens.create': ['OPERATOR'],
  /** Listing and revoking tokens: every token for operators, the account's for its administrators. */
  'apiTokens.manage': ['OPERATOR', 'CUSTOMER_ADMIN'],
  /**
   * Webhook endpoints and what was sent to them: every endpoint for operators (any account's or
   * every account's), the account's own for its administrators; members may not.
   */
  'webhooks.manage': ['OPERATOR', 'CUSTOMER_ADMIN'],
  /** Buying, paying, requesting refunds and invoices, submitting materials for one's account. */
  'account.act': ['OPERATOR', 'CUSTOMER_ADMIN'],
  /** Activating subscriptions once paid and verified (R-OPEN-2). */
  'subscriptions.activate': ['OPERATOR'],
  /** Violations, upheld appeals and the provider's termination notice (R-VIO-1, R-TERM-1). */
  'subscriptions.standing': ['OPERATOR'],
  'verification.review': ['OPERATOR'],
  'refunds.review': ['OPERATOR'],
  'testClocks.manage': ['OPERATOR'],
  /** The audit trail and the journal behind payments and refunds. */
  'audit.read': ['OPERATOR'],
  'journal.read': ['OPERATOR'],
  /** Setting, changing and ending an account's contract prices (R-CAT-2). */
  'contractPrices.manage': ['OPERATOR'],
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
