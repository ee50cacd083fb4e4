import type { DataSource } from 'typeorm';
import { accountLoaders } from '../modules/accounts/accounts.loaders.js';
import { auditLoaders } from '../modules/audit/audit.loaders.js';
import { loadCatalog } from '../modules/catalog/catalog.repository.js';
import { clockLoaders } from '../modules/clock/clock.loaders.js';
import { invoiceLoaders } from '../modules/invoices/invoices.loaders.js';
import { contractPriceLoaders } from '../modules/contracts/contract-prices.loaders.js';
import { createJournalLoaders } from '../modules/journal/journal.loaders.js';
import { lifecycleLoaders } from '../modules/lifecycle/lifecycle.loaders.js';
import { operationLoaders } from '../modules/operations/operations.loaders.js';
import { orderLoaders } from '../modules/orders/orders.loaders.js';
import { paymentLoaders } from '../modules/payments/payments.loaders.js';
import { postpaidLoaders } from '../modules/postpaid/postpaid.loaders.js';
import { refundLoaders } from '../modules/refunds/refunds.loaders.js';
import { subscriptionLoaders } from '../modules/subscriptions/subscriptions.loaders.js';

/**
 * Per-request batch loaders, one set per module: every entity is read once per request,
 * lists that grow are read a page at a time in SQL, and nested lists resolve in one statement
 * per level (no N+1).
 */
export function createLoaders(db: DataSource) {
  const accounts = accountLoaders(db);
  const orders = orderLoaders(db);
  return {
    ...accounts,
    ...clockLoaders(db, accounts.account),
    ...orders,
    ...subscriptionLoaders(db, orders.order),
    ...paymentLoaders(db),
    ...refundLoaders(db),
    ...invoiceLoaders(db),
    ...postpaidLoaders(db),
    ...auditLoaders(db),
    ...lifecycleLoaders(db),
    ...operationLoaders(db),
    ...createJournalLoaders(db),
    ...contractPriceLoaders(db),
    catalog: () => loadCatalog(db),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
