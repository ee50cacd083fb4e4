import type { BusinessDate, Fen, SubscriptionMigration, SubscriptionStatus } from '@billing/domain';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  ForeignKey,
  Generated,
  Index,
  PrimaryGeneratedColumn,
  Unique,
} from 'typeorm';
import { AccountEntity } from '../accounts/account.entity.js';
import { PlanEntity } from '../catalog/plan.entity.js';
import { TestClockEntity } from '../clock/test-clock.entity.js';
import { fenTransformer } from '../../db/columns.js';

/** A subscription and exactly the state the pricing and lifecycle rules read. */
@ForeignKey(() => AccountEntity, ['accountId'], ['id'], { name: 'subscriptions_account_id_fkey' })
@ForeignKey(() => PlanEntity, ['productCode', 'planCode'], ['productCode', 'code'], {
  name: 'subscriptions_product_code_plan_code_fkey',
})
@ForeignKey(() => TestClockEntity, ['testClockId'], ['id'], {
  name: 'subscriptions_test_clock_id_fkey',
})
@Unique('subscriptions_seq_key', ['seq'])
@Check('legacy_seats_within_seats', '((legacy_seats >= 0) AND (legacy_seats <= seats))')
@Check('requested_number_format', "(requested_number ~ '^(400|800)[0-9]{7}$'::text)")
@Check('seats_never_negative', '(seats >= 0)')
@Check('subscriptions_check1', '((period_start IS NULL) OR (period_start < period_end))')
@Check('subscriptions_custom_unit_price_check', '(custom_unit_price >= 0)')
@Check(
  'subscriptions_period_end_needs_start',
  '((period_end IS NULL) OR (period_start IS NOT NULL))',
)
@Check(
  'subscriptions_status_check',
  "(status = ANY (ARRAY['PENDING_ACTIVATION'::text, 'ACTIVE'::text, 'GRACE'::text, 'RECYCLED'::text, 'SUSPENDED'::text, 'TERMINATED'::text]))",
)
@Check('subscriptions_years_check', '((years >= 1) AND (years <= 3))')
@Index('subscriptions_account', ['accountId', 'seq'])
// subscriptions_account_period_end_sort: USING btree (account_id, COALESCE(period_end, 'infinity'::date), seq)
@Index('subscriptions_account_period_end_sort', { synchronize: false })
@Index('subscriptions_due', ['status', 'periodEnd'])
@Index('subscriptions_due_grace', ['testClockId', 'periodEnd', 'seq'], {
  where: "((status = 'ACTIVE'::text) AND (activated_on IS NOT NULL))",
})
// subscriptions_due_recycle: USING btree (test_clock_id, (((period_end + '1 mon'::interval))::date), seq) WHERE ((status = ANY (ARRAY['GRACE'::text, 'SUSPENDED'::text])) AND (activated_on IS NOT NULL) AND (period_end IS NOT NULL))
@Index('subscriptions_due_recycle', { synchronize: false })
// subscriptions_due_reminder: USING btree (test_clock_id, ( CASE WHEN (reminders_for = period_end) THEN next_reminder_on ELSE LEAST(GREATEST(period_start, ((period_end - '1 mon'::interval))::date), (period_end - 7)) END), seq) WHERE ((status = 'ACTIVE'::text) AND (period_end IS NOT NULL) AND ((reminders_for IS DISTINCT FROM period_end) OR (next_reminder_on IS NOT NULL)))
@Index('subscriptions_due_reminder', { synchronize: false })
@Index('subscriptions_due_sunset', ['productCode', 'testClockId', 'seq'], {
  where:
    "(status = ANY (ARRAY['PENDING_ACTIVATION'::text, 'ACTIVE'::text, 'GRACE'::text, 'SUSPENDED'::text]))",
})
@Entity({ name: 'subscriptions' })
export class SubscriptionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Generated('increment')
  @Column({ type: 'bigint', generatedIdentity: 'ALWAYS', insert: false, update: false })
  seq!: string;

  @Column({ name: 'account_id', type: 'uuid' })
  accountId!: string;

  @Column({ name: 'product_code', type: 'text' })
  productCode!: string;

  @Column({ name: 'plan_code', type: 'text' })
  planCode!: string;

  @Column({ type: 'int' })
  seats!: number;

  @Column({ type: 'text' })
  status!: SubscriptionStatus;

  @Column({ type: 'int', default: 1 })
  years!: number;

  @Column({ name: 'opened_on', type: 'date' })
  openedOn!: BusinessDate;

  @Column({ name: 'activated_on', type: 'date', nullable: true })
  activatedOn!: BusinessDate | null;

  /**
   * Start of the current paid period: the activation day, then the previous period end once a
   * renewal is fulfilled (R-RENEW-2). The first period's start is `activatedOn`.
   */
  @Column({ name: 'period_start', type: 'date', nullable: true })
  periodStart!: BusinessDate | null;

  @Column({ name: 'period_end', type: 'date', nullable: true })
  periodEnd!: BusinessDate | null;

  @Column({ name: 'recycled_on', type: 'date', nullable: true })
  recycledOn!: BusinessDate | null;

  @Column({ name: 'terminated_on', type: 'date', nullable: true })
  terminatedOn!: BusinessDate | null;

  @Column({ name: 'termination_cause', type: 'text', nullable: true })
  terminationCause!: string | null;

  @Column({ name: 'suspended_since', type: 'date', nullable: true })
  suspendedSince!: BusinessDate | null;

  @Column({ name: 'suspension_reason', type: 'text', nullable: true })
  suspensionReason!: string | null;

  @Column({ name: 'violation_level', type: 'text', default: 'NONE' })
  violationLevel!: string;

  @Column({ name: 'enterprise_number', type: 'text', nullable: true })
  enterpriseNumber!: string | null;

  /** R-NUM-2: the 400/800 number of the customer's hotline contract, assigned at activation. */
  @Column({ name: 'requested_number', type: 'text', nullable: true })
  requestedNumber!: string | null;

  @Column({ name: 'legacy_first_renewal_used', type: 'boolean', default: false })
  legacyFirstRenewalUsed!: boolean;

  @Column({ name: 'legacy_add_seats_used', type: 'boolean', default: false })
  legacyAddSeatsUsed!: boolean;

  @Column({ name: 'last_purchase_book_id', type: 'text', nullable: true })
  lastPurchaseBookId!: string | null;

  @Column({ name: 'last_purchase_tier_min', type: 'int', nullable: true })
  lastPurchaseTierMin!: number | null;

  @Column({
    name: 'last_purchase_annual_unit_price',
    type: 'bigint',
    nullable: true,
    transformer: fenTransformer,
  })
  lastPurchaseAnnualUnitPrice!: Fen | null;

  /** R-MIG-1, R-MIG-2, R-MIG-4 state recorded by an upgrade. */
  @Column({ type: 'jsonb', nullable: true })
  migration!: SubscriptionMigration | null;

  /** R-MIG: E, mirrored from `migration` so a CHECK keeps it within the seat count. */
  @Column({ name: 'legacy_seats', type: 'int', default: 0 })
  legacySeats!: number;

  @Column({
    name: 'custom_unit_price',
    type: 'bigint',
    nullable: true,
    transformer: fenTransformer,
  })
  customUnitPrice!: Fen | null;

  /** Service data (mass-message quota, customer library, chat history): deleted on recycling (R-LIFE-3). */
  @Column({ name: 'service_data', type: 'jsonb', default: {} })
  serviceData!: Record<string, unknown>;

  @Column({ name: 'reminders_sent', type: 'date', array: true, default: [] })
  remindersSent!: BusinessDate[];

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  /*
   * Due-work bookkeeping of migration 1700000000007, kept by the database and by raw SQL
   * (lifecycle/reminders.ts, lifecycle/transitions.ts, scheduler/due-work.ts): declared so the
   * entity matches the table, but never read (`select: false`, which entitySource honours too)
   * nor written by TypeORM.
   */

  /** The account's clock, copied onto the subscription by a trigger on insert. */
  @Column({
    name: 'test_clock_id',
    type: 'uuid',
    nullable: true,
    select: false,
    insert: false,
    update: false,
  })
  testClockId?: string | null;

  /** The period end whose renewal reminders a run has recorded. */
  @Column({
    name: 'reminders_for',
    type: 'date',
    nullable: true,
    select: false,
    insert: false,
    update: false,
  })
  remindersFor?: BusinessDate | null;

  /** The next reminder of `remindersFor`'s period still to come (NULL: none left). */
  @Column({
    name: 'next_reminder_on',
    type: 'date',
    nullable: true,
    select: false,
    insert: false,
    update: false,
  })
  nextReminderOn?: BusinessDate | null;
}
