import type { BusinessDate, Fen, OrderKind, OrderStatus, RuleId } from '@billing/domain';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { fenTransformer } from '../../db/columns.js';

@Entity({ name: 'orders' })
export class OrderEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'bigint', insert: false, update: false })
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
  pricing!: Record<string, unknown>;

  @Column({ type: 'text' })
  explanation!: string;

  @Column({ type: 'text', array: true })
  rules!: RuleId[];

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
