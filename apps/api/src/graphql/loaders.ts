import type { DataSource } from 'typeorm';
import type { Loaders } from '../context.js';
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
import { subscriptionLoaders } from '../modules/subscription-changes/subscriptions.loaders.js';

/** What one module's loaders may take from another's (the same request's instances). */
interface Shared {
  readonly account: ReturnType<typeof accountLoaders>['account'];
  readonly order: ReturnType<typeof orderLoaders>['order'];
}

/** Each module's per-request loaders, made from the data source and the loaders they share. */
const MODULES = {
  accounts: (db: DataSource) => accountLoaders(db),
  clock: (db: DataSource, shared: Shared) => clockLoaders(db, shared.account),
  orders: (db: DataSource) => orderLoaders(db),
  subscriptions: (db: DataSource, shared: Shared) => subscriptionLoaders(db, shared.order),
  payments: (db: DataSource) => paymentLoaders(db),
  refunds: (db: DataSource) => refundLoaders(db),
  invoices: (db: DataSource) => invoiceLoaders(db),
  postpaid: (db: DataSource) => postpaidLoaders(db),
  audit: (db: DataSource) => auditLoaders(db),
  lifecycle: (db: DataSource) => lifecycleLoaders(db),
  operations: (db: DataSource) => operationLoaders(db),
  journal: (db: DataSource) => createJournalLoaders(db),
  contracts: (db: DataSource) => contractPriceLoaders(db),
  catalog: (db: DataSource) => ({ catalog: () => loadCatalog(db) }),
};
type ModuleName = keyof typeof MODULES;
type UnionToIntersection<U> = (U extends unknown ? (u: U) => void : never) extends (
  i: infer I,
) => void
  ? I
  : never;

/** Per-request loaders: every module's, by name (`ctx.loaders.order`, `ctx.loaders.accountOrders` …). */
type ModuleLoaders = UnionToIntersection<ReturnType<(typeof MODULES)[ModuleName]>>;

declare module '../context.js' {
  // The context's Loaders are every module's (declared empty there so it imports no module).
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- merged, not empty
  interface Loaders extends ModuleLoaders {}
}

interface Instance {
  readonly db: DataSource;
  readonly made: Partial<Record<ModuleName, Record<string, unknown>>>;
}

/**
 * The prototype of every request's loaders: a getter per loader that makes its module's
 * loaders the first time the request uses one, so a request pays only for the modules it
 * reads. Built once per process, from each module's names.
 */
let prototype: object | null = null;
function loadersPrototype(db: DataSource): object {
  if (prototype) return prototype;
  const proto: Record<string, unknown> = {};
  const probe = { db, made: {} } as Instance;
  for (const name of Object.keys(MODULES) as ModuleName[]) {
    const keys = Object.keys(MODULES[name](db, probe as unknown as Shared));
    for (const key of keys) {
      if (key in proto || key === 'db' || key === 'made')
        throw new Error(`The loader name "${key}" is taken`);
      Object.defineProperty(proto, key, {
        get(this: Instance) {
          const made = (this.made[name] ??= MODULES[name](
            this.db,
            this as unknown as Shared,
          ) as Record<string, unknown>);
          return made[key];
        },
      });
    }
  }
  return (prototype = proto);
}

/**
 * Per-request batch loaders, one set per module, made on first use: every entity is read once
 * per request, lists that grow are read a page at a time in SQL, and nested lists resolve in
 * one statement per level (no N+1).
 */
export function createLoaders(db: DataSource): Loaders {
  const instance: Instance = Object.create(loadersPrototype(db)) as Instance;
  Object.assign(instance, { db, made: {} });
  return instance as unknown as Loaders;
}
