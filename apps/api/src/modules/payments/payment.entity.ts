import type { BusinessDate, Fen, PaymentMethod } from '@billing/domain';
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
import { fenTransformer } from '../../db/columns.js';

@ForeignKey(() => AccountEntity, ['accountId'], ['id'], { name: 'payments_account_id_fkey' })
// The orders table by name: a payment points at its order, and the payments module (below
// orders, which pay through it) imports nothing of orders.
@ForeignKey('orders', ['orderId'], ['id'], { name: 'payments_order_id_fkey' })
@Unique('payments_seq_key', ['seq'])
@Check('payment_positive', '(amount > 0)')
@Check('payment_refund_never_above_amount', '((refunded >= 0) AND (refunded <= amount))')
@Check('payments_check', '((excess >= 0) AND (excess <= amount))')
@Check('payments_check1', "((purpose = 'ORDER'::text) = (order_id IS NOT NULL))")
@Check(
  'payments_method_check',
  "(method = ANY (ARRAY['BANK_CARD'::text, 'ALIPAY'::text, 'WECHAT_PAY'::text, 'TENCENT_WALLET'::text, 'BALANCE'::text]))",
)
@Check('payments_purpose_check', "(purpose = ANY (ARRAY['ORDER'::text, 'TOP_UP'::text]))")
@Check('payments_status_check', "(status = ANY (ARRAY['SUCCEEDED'::text, 'FAILED'::text]))")
@Index('payments_account', ['accountId', 'seq'])
@Index('payments_order', ['orderId', 'seq'])
@Index('payments_paid_on', ['paidOn', 'seq'])
@Entity({ name: 'payments' })
export class PaymentEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Generated('increment')
  @Column({ type: 'bigint', generatedIdentity: 'ALWAYS', insert: false, update: false })
  seq!: string;

  @Column({ name: 'account_id', type: 'uuid' })
  accountId!: string;

  @Column({ name: 'order_id', type: 'uuid', nullable: true })
  orderId!: string | null;

  @Column({ type: 'text' })
  purpose!: 'ORDER' | 'TOP_UP';

  @Column({ type: 'text' })
  method!: PaymentMethod;

  @Column({ type: 'bigint', transformer: fenTransformer })
  amount!: Fen;

  @Column({ type: 'text' })
  status!: 'SUCCEEDED' | 'FAILED';

  @Column({ name: 'provider_reference', type: 'text', nullable: true })
  providerReference!: string | null;

  /** R-PAY-3: paid after the order was already paid in full. */
  @Column({ type: 'boolean', default: false })
  duplicate!: boolean;

  /** R-PAY-2: the part beyond the order total (refundable, R-REF-DUPLICATE). */
  @Column({ type: 'bigint', default: 0, transformer: fenTransformer })
  excess!: Fen;

  @Column({ type: 'bigint', default: 0, transformer: fenTransformer })
  refunded!: Fen;

  @Column({ name: 'paid_at', type: 'timestamptz' })
  paidAt!: Date;

  @Column({ name: 'paid_on', type: 'date' })
  paidOn!: BusinessDate;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
