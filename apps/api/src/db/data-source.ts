import pg from 'pg';
import { DataSource } from 'typeorm';

// Business dates stay 'YYYY-MM-DD' strings (R-TIME-1): never let pg turn them into JS Dates
// in the server's time zone. 1082 = date, 1182 = date[].
pg.types.setTypeParser(1082, (value: string) => value);
pg.types.setTypeParser(1182 as 1082, (value: string) =>
  value === '{}' ? [] : value.slice(1, -1).split(','),
);
import { AccountEntity } from '../modules/accounts/account.entity.js';
import { ApiTokenEntity } from '../modules/access/api-token.entity.js';
import { TestClockEntity } from '../modules/clock/test-clock.entity.js';
import { OrderLineEntity } from '../modules/orders/order-line.entity.js';
import { OrderEntity } from '../modules/orders/order.entity.js';
import { PaymentEntity } from '../modules/payments/payment.entity.js';
import { PostpaidBillEntity } from '../modules/postpaid/postpaid-bill.entity.js';
import { InvoiceEntity, InvoiceVoidEntity } from '../modules/invoices/invoice.entity.js';
import { RefundEntity } from '../modules/refunds/refund.entity.js';
import { SubscriptionEventEntity } from '../modules/subscriptions/subscription-event.entity.js';
import { SubscriptionEntity } from '../modules/subscriptions/subscription.entity.js';
import { ContractPriceEntity } from '../modules/contracts/contract-price.entity.js';
import { PlanEntity } from '../modules/catalog/plan.entity.js';
import { ForceMajeureEventEntity } from '../modules/operations/force-majeure.entity.js';
import { TerminationNoticeEntity } from '../modules/operations/termination-notice.entity.js';
import { SubscriptionViolationEntity } from '../modules/operations/violation.entity.js';
import { AccountsAndTokens1700000000001 } from './migrations/1700000000001-accounts-and-tokens.js';
import { BillingCore1700000000002 } from './migrations/1700000000002-billing-core.js';
import { DemoCatalog1700000000003 } from './migrations/1700000000003-demo-catalog.js';
import { RemindersAndPostpaid1700000000005 } from './migrations/1700000000005-reminders-and-postpaid.js';
import { OperatorActions1700000000006 } from './migrations/1700000000006-operator-actions.js';
import { DueWorkAtScale1700000000007 } from './migrations/1700000000007-due-work-at-scale.js';
import { RefundPartsAndInvoiceExplanations1700000000401 } from './migrations/1700000000401-refund-parts-and-invoice-explanations.js';
import { BoundedReads1700000000900 } from './migrations/1700000000900-bounded-reads.js';
import { InvoicesIssued1700000000950 } from './migrations/1700000000950-invoices-issued.js';
import { ContractPrices1700000000960 } from './migrations/1700000000960-contract-prices.js';
import { NumberReleases1700000000970 } from './migrations/1700000000970-number-releases.js';
import { CurrentPeriodStart1700000000971 } from './migrations/1700000000971-current-period-start.js';
import { JournalList1700000000972 } from './migrations/1700000000972-journal-list.js';
import { IdempotencyKeyLength1700000000975 } from './migrations/1700000000975-idempotency-key-length.js';
import { FreePlansNoPeriodEnd1700000000980 } from './migrations/1700000000980-free-plans-no-period-end.js';
import { FapiaoNumbers1700000000981 } from './migrations/1700000000981-fapiao-numbers.js';
import { ApiTokenLifecycle1700000000982 } from './migrations/1700000000982-api-token-lifecycle.js';
import { RateLimits1700000000983 } from './migrations/1700000000983-rate-limits.js';
import { ExportDateIndexes1700000000984 } from './migrations/1700000000984-export-date-indexes.js';
import { ListSortIndexes1700000000985 } from './migrations/1700000000985-list-sort-indexes.js';
import { AuditFilterIndexes1700000000986 } from './migrations/1700000000986-audit-filter-indexes.js';
import { OrderLineMessages1700000000990 } from './migrations/1700000000990-order-line-messages.js';
import { ApiTokenChanges1700000000994 } from './migrations/1700000000994-api-token-changes.js';
import { RefundMessages1700000000995 } from './migrations/1700000000995-refund-messages.js';
import { LedgerMessages1700000000996 } from './migrations/1700000000996-ledger-messages.js';
import { PostpaidMessages1700000000997 } from './migrations/1700000000997-postpaid-messages.js';
import { BillingEvents1700000000998 } from './migrations/1700000000998-billing-events.js';
import { AccountNameSearch1700000000999 } from './migrations/1700000000999-account-name-search.js';
import { Webhooks1700000001000 } from './migrations/1700000001000-webhooks.js';
import { InvoiceList1700000001001 } from './migrations/1700000001001-invoice-list.js';

export const ENTITIES = [
  AccountEntity,
  ApiTokenEntity,
  TestClockEntity,
  SubscriptionEntity,
  SubscriptionEventEntity,
  OrderEntity,
  OrderLineEntity,
  PaymentEntity,
  RefundEntity,
  InvoiceEntity,
  InvoiceVoidEntity,
  PostpaidBillEntity,
  SubscriptionViolationEntity,
  ForceMajeureEventEntity,
  TerminationNoticeEntity,
  ContractPriceEntity,
  PlanEntity,
];
/**
 * In the order of their numbers, as TypeORM runs them (it sorts by the number a class name ends
 * with); test/schema-agreement.test.ts holds the order. The numbers have gaps but are never
 * changed: an installed database's migrations table records each migration by its name.
 */
export const MIGRATIONS = [
  AccountsAndTokens1700000000001,
  BillingCore1700000000002,
  DemoCatalog1700000000003,
  RemindersAndPostpaid1700000000005,
  OperatorActions1700000000006,
  DueWorkAtScale1700000000007,
  RefundPartsAndInvoiceExplanations1700000000401,
  BoundedReads1700000000900,
  InvoicesIssued1700000000950,
  ContractPrices1700000000960,
  NumberReleases1700000000970,
  CurrentPeriodStart1700000000971,
  JournalList1700000000972,
  IdempotencyKeyLength1700000000975,
  FreePlansNoPeriodEnd1700000000980,
  FapiaoNumbers1700000000981,
  ApiTokenLifecycle1700000000982,
  RateLimits1700000000983,
  ExportDateIndexes1700000000984,
  ListSortIndexes1700000000985,
  AuditFilterIndexes1700000000986,
  OrderLineMessages1700000000990,
  ApiTokenChanges1700000000994,
  RefundMessages1700000000995,
  LedgerMessages1700000000996,
  PostpaidMessages1700000000997,
  BillingEvents1700000000998,
  AccountNameSearch1700000000999,
  Webhooks1700000001000,
  InvoiceList1700000001001,
];

/**
 * Schema changes are migrations run at start-up; never `synchronize`. `logQueries` sees every
 * statement sent, with its parameters (tests count them; benchmarks replay them).
 */
export function createDataSource(
  url: string,
  options: { logQueries?: (sql: string, parameters: readonly unknown[]) => void } = {},
): DataSource {
  const { logQueries } = options;
  return new DataSource({
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    synchronize: false,
    // Ids come from gen_random_uuid(), built into PostgreSQL 13+: no extension is created, so
    // a role without the right to create extensions runs the service (and its migrations).
    installExtensions: false,
    uuidExtension: 'pgcrypto',
    migrationsRun: false,
    migrationsTransactionMode: 'each',
    extra: { max: 10 },
    logging: false,
    ...(logQueries
      ? {
          logger: {
            logQuery: (sql: string, parameters?: unknown[]) => logQueries(sql, parameters ?? []),
            logQueryError: () => {},
            logQuerySlow: () => {},
            logSchemaBuild: () => {},
            logMigration: () => {},
            log: () => {},
          },
          logging: ['query'] as const,
        }
      : {}),
  });
}

/** A start-up failure the user can fix, said in one sentence. */
export class DatabaseSetupError extends Error {
  override readonly name = 'DatabaseSetupError';
}

/**
 * Opens the service's database after bringing its schema up to date. With `migrationsUrl` (a
 * role that owns the schema) the migrations run over that connection and the service's own
 * role needs only to read and write rows; without it, the service's role runs them.
 */
export async function openDatabase(
  url: string,
  options: { migrationsUrl?: string; urlName?: string } = {},
): Promise<DataSource> {
  const urlName = options.urlName ?? 'DATABASE_URL';
  const { migrationsUrl } = options;
  if (migrationsUrl && migrationsUrl !== url) {
    const owner = await connect(migrationsUrl, 'MIGRATIONS_DATABASE_URL');
    try {
      await migrate(owner, migrationsUrl, 'MIGRATIONS_DATABASE_URL');
    } finally {
      await owner.destroy();
    }
    const dataSource = await connect(url, urlName);
    try {
      await dataSource.query('SELECT 1 FROM migrations LIMIT 1');
    } catch (error) {
      await dataSource.destroy();
      throw new DatabaseSetupError(explainDatabaseError(error, url, urlName, 'serve'));
    }
    return dataSource;
  }
  const dataSource = await connect(url, urlName);
  try {
    await migrate(dataSource, url, urlName);
  } catch (error) {
    await dataSource.destroy();
    throw error;
  }
  return dataSource;
}

async function connect(url: string, urlName: string): Promise<DataSource> {
  const dataSource = createDataSource(url);
  try {
    await dataSource.initialize();
  } catch (error) {
    throw new DatabaseSetupError(explainDatabaseError(error, url, urlName, 'connect'));
  }
  return dataSource;
}

async function migrate(dataSource: DataSource, url: string, urlName: string): Promise<void> {
  try {
    await dataSource.runMigrations({ transaction: 'each' });
  } catch (error) {
    throw new DatabaseSetupError(explainDatabaseError(error, url, urlName, 'migrate'));
  }
}

/**
 * What went wrong opening the database, and what to do, in one sentence: the causes a person
 * setting up an existing PostgreSQL meets (unreachable server, wrong password, missing
 * database, a role without the rights its step needs). Anything else keeps PostgreSQL's words.
 */
export function explainDatabaseError(
  error: unknown,
  url: string,
  urlName: string,
  step: 'connect' | 'migrate' | 'serve',
): string {
  const { code, message } = errorFacts(error);
  const parsed = new URL(url);
  const where = `${parsed.hostname}:${parsed.port || '5432'}`;
  const role = decodeURIComponent(parsed.username) || 'the default role';
  const database = decodeURIComponent(parsed.pathname.slice(1)) || role;
  switch (code) {
    case 'ECONNREFUSED':
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return `No PostgreSQL answers at ${where}: check ${urlName} and that the server is running.`;
    case '28P01':
    case '28000':
      return `PostgreSQL at ${where} refused the role "${role}" (${message}): check the user and password in ${urlName}.`;
    case '3D000':
      return `The database "${database}" does not exist on ${where}: create it first (for example \`createdb ${database}\`), then start again.`;
    case '42501':
    case '42P01':
      return step === 'serve'
        ? `The role "${role}" of ${urlName} cannot read or write the billing tables (${message}): grant it SELECT, INSERT, UPDATE and DELETE on all tables and USAGE on all sequences of the schema, as the README's "Use an existing PostgreSQL" shows.`
        : `The role "${role}" of ${urlName} may not create the billing tables (${message}): run the migrations as the role that owns the database by setting MIGRATIONS_DATABASE_URL, or grant this role CREATE on the schema.`;
    default:
      return `Cannot ${step === 'migrate' ? 'bring the schema up to date on' : 'open'} the database at ${where} (${urlName}): ${message}`;
  }
}

function errorFacts(error: unknown): { code: string | undefined; message: string } {
  const found = error as {
    code?: unknown;
    message?: unknown;
    driverError?: unknown;
    errors?: unknown;
  };
  const driver = (found?.driverError ?? null) as { code?: unknown; message?: unknown } | null;
  // Node reports a refused connection to every address of a host as an AggregateError.
  const inner = Array.isArray(found?.errors) ? (found.errors[0] as { code?: unknown }) : null;
  const code = [driver?.code, found?.code, inner?.code].find((c) => typeof c === 'string');
  const message = String(driver?.message ?? found?.message ?? error);
  return { code: code as string | undefined, message };
}
