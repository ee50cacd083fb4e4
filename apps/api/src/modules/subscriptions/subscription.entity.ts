import type { BusinessDate, Fen, SubscriptionMigration, SubscriptionStatus } from '@billing/domain';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { fenTransformer } from '../../db/columns.js';

/** A subscription and exactly the state the pricing and lifecycle rules read. */
@Entity({ name: 'subscriptions' })
export class SubscriptionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'bigint', insert: false, update: false })
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
}
