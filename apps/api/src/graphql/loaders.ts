import type { Catalog } from '@billing/domain';
import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { In } from 'typeorm';
import { AccountEntity } from '../modules/accounts/account.entity.js';
import { auditPagesOfAccounts, type AuditRow } from '../modules/audit/audit.js';
import { remindersOf } from '../modules/lifecycle/reminders.js';
import { PostpaidBillEntity } from '../modules/postpaid/postpaid-bill.entity.js';
import { InvoiceEntity } from '../modules/invoices/invoice.entity.js';
import { loadCatalog } from '../modules/catalog/catalog.repository.js';
import { TestClockEntity } from '../modules/clock/test-clock.entity.js';
import { createJournalLoaders } from '../modules/journal/journal.loaders.js';
import { nowAt, realNow, type Now } from '../modules/clock/clock.js';
import { OrderLineEntity } from '../modules/orders/order-line.entity.js';
import { OrderEntity } from '../modules/orders/order.entity.js';
import { PaymentEntity } from '../modules/payments/payment.entity.js';
import { RefundEntity } from '../modules/refunds/refund.entity.js';
import { SubscriptionEventEntity } from '../modules/subscriptions/subscription-event.entity.js';
import { SubscriptionEntity } from '../modules/subscriptions/subscription.entity.js';
import { ForceMajeureEventEntity } from '../modules/operations/force-majeure.entity.js';
import { TerminationNoticeEntity } from '../modules/operations/termination-notice.entity.js';
import { SubscriptionViolationEntity } from '../modules/operations/violation.entity.js';

function byId<T extends { id: string }>(rows: T[], ids: readonly string[]): (T | null)[] {
  const map = new Map(rows.map((row) => [row.id, row]));
  return ids.map((id) => map.get(id) ?? null);
}

function groupBy<T>(rows: T[], ids: readonly string[], key: (row: T) => string | null): T[][] {
  const map = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    if (k === null) continue;
    const list = map.get(k) ?? [];
    list.push(row);
    map.set(k, list);
  }
  return ids.map((id) => map.get(id) ?? []);
}

const bySeq = <T extends { seq: string }>(a: T, b: T) => Number(a.seq) - Number(b.seq);

/** Per-request batch loaders: every list field resolves in one query per level (no N+1). */
export function createLoaders(db: DataSource) {
  const many = <T>(load: (ids: string[]) => Promise<T[]>, key: (row: T) => string | null) =>
    new DataLoader<string, T[]>(async (ids) => groupBy(await load([...ids]), ids, key));
  return {
    account: new DataLoader<string, AccountEntity | null>(async (ids) =>
      byId(await db.getRepository(AccountEntity).findBy({ id: In([...ids]) }), ids),
    ),
    subscription: new DataLoader<string, SubscriptionEntity | null>(async (ids) =>
      byId(await db.getRepository(SubscriptionEntity).findBy({ id: In([...ids]) }), ids),
    ),
    order: new DataLoader<string, OrderEntity | null>(async (ids) =>
      byId(await db.getRepository(OrderEntity).findBy({ id: In([...ids]) }), ids),
    ),
    subscriptionsByAccount: many(
      (ids) =>
        db
          .getRepository(SubscriptionEntity)
          .find({ where: { accountId: In(ids) }, order: { seq: 'ASC' } }),
      (row) => row.accountId,
    ),
    ordersByAccount: many(
      (ids) =>
        db
          .getRepository(OrderEntity)
          .find({ where: { accountId: In(ids) }, order: { seq: 'ASC' } }),
      (row) => row.accountId,
    ),
    ordersBySubscription: many(
      (ids) =>
        db
          .getRepository(OrderEntity)
          .find({ where: { subscriptionId: In(ids) }, order: { seq: 'ASC' } }),
      (row) => row.subscriptionId,
    ),
    linesByOrder: many(
      (ids) =>
        db
          .getRepository(OrderLineEntity)
          .find({ where: { orderId: In(ids) }, order: { position: 'ASC' } }),
      (row) => row.orderId,
    ),
    paymentsByOrder: many(
      async (ids) =>
        (await db.getRepository(PaymentEntity).findBy({ orderId: In(ids) })).sort(bySeq),
      (row) => row.orderId,
    ),
    paymentsByAccount: many(
      async (ids) =>
        (await db.getRepository(PaymentEntity).findBy({ accountId: In(ids) })).sort(bySeq),
      (row) => row.accountId,
    ),
    refundsByOrder: many(
      async (ids) =>
        (await db.getRepository(RefundEntity).findBy({ orderId: In(ids) })).sort(bySeq),
      (row) => row.orderId,
    ),
    refundsByAccount: many(
      async (ids) =>
        (await db.getRepository(RefundEntity).findBy({ accountId: In(ids) })).sort(bySeq),
      (row) => row.accountId,
    ),
    eventsBySubscription: many(
      async (ids) =>
        (await db.getRepository(SubscriptionEventEntity).findBy({ subscriptionId: In(ids) })).sort(
          bySeq,
        ),
      (row) => row.subscriptionId,
    ),
    /** "Now" of each account: its test clock, or the real time (read once per request). */
    now: new DataLoader<string, Now>(async (ids) => {
      const rows: Array<{ id: string; test_clock_id: string | null; frozen_at: Date | null }> =
        await db.query(
          `SELECT a.id, a.test_clock_id, tc.frozen_at FROM accounts a
           LEFT JOIN test_clocks tc ON tc.id = a.test_clock_id WHERE a.id = ANY($1)`,
          [[...ids]],
        );
      const real = realNow();
      const map = new Map(
        rows.map((r) => [r.id, r.frozen_at ? nowAt(r.frozen_at, r.test_clock_id) : real]),
      );
      return ids.map((id) => map.get(id) ?? real);
    }),
    testClock: new DataLoader<string, TestClockEntity | null>(async (ids) =>
      byId(await db.getRepository(TestClockEntity).findBy({ id: In([...ids]) }), ids),
    ),
    catalog: (): Promise<Catalog> => loadCatalog(db),
    ...createJournalLoaders(db),
    refund: new DataLoader<string, RefundEntity | null>(async (ids) =>
      byId(await db.getRepository(RefundEntity).findBy({ id: In([...ids]) }), ids),
    ),
    payment: new DataLoader<string, PaymentEntity | null>(async (ids) =>
      byId(await db.getRepository(PaymentEntity).findBy({ id: In([...ids]) }), ids),
    ),
    invoiceByPayment: new DataLoader<string, InvoiceEntity | null>(async (ids) => {
      const rows = await db.getRepository(InvoiceEntity).findBy({ paymentId: In([...ids]) });
      const map = new Map(rows.map((row) => [row.paymentId, row]));
      return ids.map((id) => map.get(id) ?? null);
    }),
    invoicesByAccount: many(
      async (ids) =>
        (await db.getRepository(InvoiceEntity).findBy({ accountId: In(ids) })).sort(bySeq),
      (row) => row.accountId,
    ),
    remindersBySubscription: many(
      (ids) => remindersOf(db, ids),
      (row) => row.subscription_id,
    ),
    postpaidBillsByAccount: many(
      (ids) =>
        db
          .getRepository(PostpaidBillEntity)
          .find({ where: { accountId: In(ids) }, order: { seq: 'ASC' } }),
      (row) => row.accountId,
    ),
    /** Audit pages of many accounts at once (`Account.auditLog`), keyed by account and page. */
    auditPages: new DataLoader<
      { accountId: string; first: number; beforeSeq: string | null },
      { rows: AuditRow[]; totalCount: number },
      string
    >((keys) => auditPagesOfAccounts(db, keys), {
      cacheKeyFn: (key) => `${key.accountId}:${key.first}:${key.beforeSeq ?? ''}`,
    }),
    /** R-VIO-1 history, R-FM-1 extensions and R-TERM-1 notices of subscriptions (operator actions). */
    violationsBySubscription: many(
      async (ids) =>
        (
          await db.getRepository(SubscriptionViolationEntity).findBy({ subscriptionId: In(ids) })
        ).sort(bySeq),
      (row) => row.subscriptionId,
    ),
    forceMajeureBySubscription: many(
      async (ids) =>
        (await db.getRepository(ForceMajeureEventEntity).findBy({ subscriptionId: In(ids) })).sort(
          bySeq,
        ),
      (row) => row.subscriptionId,
    ),
    terminationNoticesBySubscription: many(
      async (ids) =>
        (await db.getRepository(TerminationNoticeEntity).findBy({ subscriptionId: In(ids) })).sort(
          bySeq,
        ),
      (row) => row.subscriptionId,
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
