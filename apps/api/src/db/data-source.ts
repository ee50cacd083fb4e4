import pg from 'pg';
import { DataSource } from 'typeorm';

// Business dates stay 'YYYY-MM-DD' strings (R-TIME-1): never let pg turn them into JS Dates
// in the server's time zone. 1082 = date, 1182 = date[].
pg.types.setTypeParser(1082, (value: string) => value);
pg.types.setTypeParser(1182 as 1082, (value: string) =>
  value === '{}' ? [] : value.slice(1, -1).split(','),
);
import { AccountEntity } from '../modules/accounts/account.entity.js';
import { ApiTokenEntity } from '../modules/auth/api-token.entity.js';
import { TestClockEntity } from '../modules/clock/test-clock.entity.js';
import { OrderLineEntity } from '../modules/orders/order-line.entity.js';
import { OrderEntity } from '../modules/orders/order.entity.js';
import { PaymentEntity } from '../modules/payments/payment.entity.js';
import { PostpaidBillEntity } from '../modules/postpaid/postpaid-bill.entity.js';
import { InvoiceEntity, InvoiceVoidEntity } from '../modules/invoices/invoice.entity.js';
import { RefundEntity } from '../modules/refunds/refund.entity.js';
import { SubscriptionEventEntity } from '../modules/subscriptions/subscription-event.entity.js';
import { SubscriptionEntity } from '../modules/subscriptions/subscription.entity.js';
import { AccountsAndTokens1700000000001 } from './migrations/1700000000001-accounts-and-tokens.js';
import { BillingCore1700000000002 } from './migrations/1700000000002-billing-core.js';
import { DemoCatalog1700000000003 } from './migrations/1700000000003-demo-catalog.js';
import { RemindersAndPostpaid1700000000005 } from './migrations/1700000000005-reminders-and-postpaid.js';
import { RefundPartsAndInvoiceExplanations1700000000401 } from './migrations/1700000000401-refund-parts-and-invoice-explanations.js';
import { BoundedReads1700000000900 } from './migrations/1700000000900-bounded-reads.js';
import { InvoicesIssued1700000000950 } from './migrations/1700000000950-invoices-issued.js';
import { OperatorActions1700000000006 } from './migrations/1700000000006-operator-actions.js';
import { ContractPrices1700000000960 } from './migrations/1700000000960-contract-prices.js';
import { NumberReleases1700000000970 } from './migrations/1700000000970-number-releases.js';
import { CurrentPeriodStart1700000000971 } from './migrations/1700000000971-current-period-start.js';
import { FreePlansNoPeriodEnd1700000000980 } from './migrations/1700000000980-free-plans-no-period-end.js';
import { FapiaoNumbers1700000000981 } from './migrations/1700000000981-fapiao-numbers.js';
import { ContractPriceEntity } from '../modules/contracts/contract-price.entity.js';
import { DueWorkAtScale1700000000007 } from './migrations/1700000000007-due-work-at-scale.js';
import { ForceMajeureEventEntity } from '../modules/operations/force-majeure.entity.js';
import { TerminationNoticeEntity } from '../modules/operations/termination-notice.entity.js';
import { SubscriptionViolationEntity } from '../modules/operations/violation.entity.js';

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
];
export const MIGRATIONS = [
  AccountsAndTokens1700000000001,
  BillingCore1700000000002,
  DemoCatalog1700000000003,
  RefundPartsAndInvoiceExplanations1700000000401,
  RemindersAndPostpaid1700000000005,
  OperatorActions1700000000006,
  BoundedReads1700000000900,
  InvoicesIssued1700000000950,
  ContractPrices1700000000960,
  DueWorkAtScale1700000000007,
  NumberReleases1700000000970,
  CurrentPeriodStart1700000000971,
  FreePlansNoPeriodEnd1700000000980,
  FapiaoNumbers1700000000981,
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

export async function openDatabase(url: string): Promise<DataSource> {
  const dataSource = createDataSource(url);
  await dataSource.initialize();
  await dataSource.runMigrations({ transaction: 'each' });
  return dataSource;
}
