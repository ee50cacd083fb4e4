import { pathTo } from './router.js';

/** URL patterns of the pages (see routes.tsx), kept apart so pages can link to each other. */
export const paths = {
  dashboard: '/dashboard',
  accounts: '/accounts',
  account: '/accounts/:id',
  /** An operator looking at an account the way its customer does (the customer portal). */
  accountPortal: '/accounts/:id/portal',
  accountPortalSection: '/accounts/:id/portal/:section',
  myAccount: '/my-account',
  myAccountSection: '/my-account/:section',
  order: '/orders/:id',
  refunds: '/refunds',
  invoices: '/invoices',
  overdueInvoices: '/overdue-invoices',
  refund: '/refunds/:id',
  verification: '/verification',
  testClocks: '/test-clocks',
  audit: '/audit',
  journal: '/journal',
  apiTokens: '/api-tokens',
  webhooks: '/webhooks',
  webhook: '/webhooks/:id',
} as const;

export function accountPath(id: string): string {
  return pathTo(paths.account, { id });
}

export function orderPath(id: string): string {
  return pathTo(paths.order, { id });
}

export function refundPath(id: string): string {
  return pathTo(paths.refund, { id });
}

export function webhookPath(id: string): string {
  return pathTo(paths.webhook, { id });
}

/** The webhook endpoints page, of one account (global id) when given (operators). */
export function webhooksPath(filter: { accountId?: string } = {}): string {
  return filter.accountId
    ? `${paths.webhooks}?account=${encodeURIComponent(filter.accountId)}`
    : paths.webhooks;
}

/** The audit trail page: of any object (global id), of an account's business, filtered and sorted. */
export function auditPath(filter: {
  objectId?: string;
  accountId?: string;
  action?: string;
  actor?: string;
  objectType?: string;
  search?: string;
  oldestFirst?: boolean;
}): string {
  const params = new URLSearchParams();
  if (filter.objectId) params.set('object', filter.objectId);
  if (filter.accountId) params.set('account', filter.accountId);
  if (filter.action) params.set('action', filter.action);
  if (filter.actor) params.set('actor', filter.actor);
  if (filter.objectType) params.set('type', filter.objectType);
  if (filter.search) params.set('q', filter.search);
  if (filter.oldestFirst) params.set('order', 'oldest');
  const query = params.toString();
  return query ? `${paths.audit}?${query}` : paths.audit;
}

/** The API tokens page: every token, or one account's (global id). */
export function apiTokensPath(accountId?: string | null): string {
  return accountId
    ? `${paths.apiTokens}?${new URLSearchParams({ account: accountId }).toString()}`
    : paths.apiTokens;
}

/** The journal page, by ledger and/or customer account (global id). */
export function journalPath(filter: { ledger?: string; accountId?: string }): string {
  const params = new URLSearchParams();
  if (filter.ledger) params.set('ledger', filter.ledger);
  if (filter.accountId) params.set('account', filter.accountId);
  const query = params.toString();
  return query ? `${paths.journal}?${query}` : paths.journal;
}

/** Sections of the customer portal; `overview` is the portal's own URL. */
export const PORTAL_SECTIONS = [
  'overview',
  'buy',
  'orders',
  'refunds',
  'invoices',
  'verification',
] as const;
export type PortalSection = (typeof PORTAL_SECTIONS)[number];

export function isPortalSection(value: string | undefined): value is PortalSection {
  return PORTAL_SECTIONS.includes(value as PortalSection);
}

/**
 * Where the portal of an account lives: `/my-account` for its own customers, under the
 * account's page for operators.
 */
export function portalBase(accountId: string, asCustomer: boolean): string {
  return asCustomer ? paths.myAccount : pathTo(paths.accountPortal, { id: accountId });
}

export function portalPath(base: string, section: PortalSection = 'overview'): string {
  return section === 'overview' ? base : `${base}/${section}`;
}
