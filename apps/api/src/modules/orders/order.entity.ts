import type {
  BusinessDate,
  Fen,
  LineItem,
  Message,
  OrderKind,
  OrderStatus,
  PricedSubscription,
  RuleId,
} from '@billing/domain';
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
import { SubscriptionEntity } from '../subscriptions/subscription.entity.js';
import { fenTransformer } from '../../db/columns.js';

/** A wrong order re-priced at its own order date (R-REF-DUPLICATE); the original lines stay in order_lines. */
export interface StoredOrderCorrection {
  readonly years: number | null;
  readonly seats: number | null;
  readonly total: Fen;
  readonly lines: readonly LineItem[];
  readonly explanation: string;
  /** The explanation as a message, written in the reader's language (older corrections have none). */
  readonly explanationMessage?: Message | null;
  readonly rules: readonly RuleId[];
  readonly note: string;
  readonly correctedAt: string;
  readonly correctedOn: BusinessDate;
  /** The period the order paid for before the correction (null before activation). */
  readonly previousPeriodEnd: BusinessDate | null;
}

/**
 * What an opening, added seats, a renewal or an upgrade stores in `orders.pricing`: the
 * subscription state the rules engine priced it into, applied as it is fulfilled, and the price
 * book it was priced from (an upgrade, which no book prices, has none).
 */
export interface StoredSubscriptionPricing {
  readonly bookId?: string;
  readonly subscription: PricedSubscription;
  readonly productCode?: undefined;
}

/**
 * What a value-added order stores in `orders.pricing`: it has no subscription, so the refund
 * rules read its product from here, with the book, plan and quantity it was priced with.
 */
export interface StoredValueAddedPricing {
  readonly bookId: string;
  readonly productCode: 'VAS';
  readonly planCode: string;
  readonly quantity: number;
  readonly subscription?: undefined;
}

/** `{}`, the column's default: an order stored without pricing (rows inserted directly in SQL). */
export interface NoStoredPricing {
  readonly subscription?: undefined;
  readonly productCode?: undefined;
}

/** The `orders.pricing` jsonb column: what the rules engine priced an order into. */
export type StoredOrderPricing =
  StoredSubscriptionPricing | StoredValueAddedPricing | NoStoredPricing;

@ForeignKey(() => AccountEntity, ['accountId'], ['id'], { name: 'orders_account_id_fkey' })
@ForeignKey(() => SubscriptionEntity, ['subscriptionId'], ['id'], {
  name: 'orders_subscription_id_fkey',
})
@Unique('orders_seq_key', ['seq'])
@Check('corrected_total_within_total', '((corrected_total >= 0) AND (corrected_total <= total))')
@Check('correction_complete', '((corrected_total IS NULL) = (correction IS NULL))')
@Check(
  'orders_kind_check',
  "(kind = ANY (ARRAY['NEW_SUBSCRIPTION'::text, 'ADD_SEATS'::text, 'RENEWAL'::text, 'VALUE_ADDED'::text, 'UPGRADE'::text]))",
)
@Check('orders_paid_check', '(paid >= 0)')
@Check('orders_seats_check', '(seats >= 0)')
@Check(
  'orders_status_check',
  "(status = ANY (ARRAY['AWAITING_PAYMENT'::text, 'PAID'::text, 'FULFILLED'::text, 'CANCELLED'::text, 'REFUNDED'::text, 'PARTIALLY_REFUNDED'::text]))",
)
@Check('orders_years_check', '((years >= 1) AND (years <= 3))')
@Check('refund_never_above_paid', '((refunded >= 0) AND (refunded <= paid))')
@Check('total_never_negative', '(total >= 0)')
@Index('orders_account', ['accountId', 'seq'])
@Index('orders_account_order_date_sort', ['accountId', 'orderDate', 'seq'])
@Index('orders_account_status_sort', ['accountId', 'status', 'seq'])
@Index('orders_account_total_sort', ['accountId', 'total', 'seq'])
@Index('orders_decisive', ['subscriptionId', 'seq'], {
  where: "((kind = 'NEW_SUBSCRIPTION'::text) OR (status = 'AWAITING_PAYMENT'::text))",
})
@Index('orders_order_date', ['orderDate', 'seq'])
@Index('orders_subscription', ['subscriptionId', 'seq'])
@Entity({ name: 'orders' })
export class OrderEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Generated('increment')
  @Column({ type: 'bigint', generatedIdentity: 'ALWAYS', insert: false, update: false })
  seq!: string;

  @Column({ name: 'account_id', type: 'uuid' })
  accountId!: string;

  @Column({ name: 'subscription_id', type: 'uuid', nullable: true })
  subscriptionId!: string | null;

  @Column({ type: 'text' })
  kind!: OrderKind;

  @Column({ type: 'text' })
  status!: OrderStatus;

  @Column({ type: 'bigint', transformer: fenTransformer })
  total!: Fen;

  /** Sum of successful payments applied to the order (duplicates included). */
  @Column({ type: 'bigint', default: 0, transformer: fenTransformer })
  paid!: Fen;

  /** R-REF-CAP: a CHECK keeps refunded ≤ paid. */
  @Column({ type: 'bigint', default: 0, transformer: fenTransformer })
  refunded!: Fen;

  @Column({ name: 'order_date', type: 'date' })
  orderDate!: BusinessDate;

  @Column({ type: 'int', nullable: true })
  years!: number | null;

  @Column({ type: 'int', nullable: true })
  seats!: number | null;

  @Column({ name: 'period_start', type: 'date', nullable: true })
  periodStart!: BusinessDate | null;

  @Column({ name: 'period_end', type: 'date', nullable: true })
  periodEnd!: BusinessDate | null;

  @Column({ name: 'paid_on', type: 'date', nullable: true })
  paidOn!: BusinessDate | null;

  @Column({ name: 'fulfilled_on', type: 'date', nullable: true })
  fulfilledOn!: BusinessDate | null;

  @Column({ name: 'fulfilment_due_on', type: 'date', nullable: true })
  fulfilmentDueOn!: BusinessDate | null;

  @Column({ type: 'boolean', default: false })
  promotion!: boolean;

  /** What fulfilment applies to the subscription (the pricing result's next state). */
  @Column({ type: 'jsonb', default: {} })
  pricing!: StoredOrderPricing;

  @Column({ type: 'text' })
  explanation!: string;

  /** The explanation as a message key and parameters (null where it has none: English only). */
  @Column({ name: 'explanation_message', type: 'jsonb', nullable: true })
  explanationMessage!: Message | null;

  /** R-REF-DUPLICATE: the corrected price of a wrong order (≤ total); the refund decision reads it. */
  @Column({ name: 'corrected_total', type: 'bigint', nullable: true, transformer: fenTransformer })
  correctedTotal!: Fen | null;

  @Column({ type: 'jsonb', nullable: true })
  correction!: StoredOrderCorrection | null;

  @Column({ type: 'text', array: true })
  rules!: RuleId[];

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
