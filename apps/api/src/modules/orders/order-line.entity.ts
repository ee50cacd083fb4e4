import type { Fen, Message, RuleId } from '@billing/domain';
import { Column, Entity, ForeignKey, PrimaryColumn } from 'typeorm';
import { OrderEntity } from './order.entity.js';
import { fenTransformer } from '../../db/columns.js';

@ForeignKey(() => OrderEntity, ['orderId'], ['id'], { name: 'order_lines_order_id_fkey' })
@Entity({ name: 'order_lines' })
export class OrderLineEntity {
  @PrimaryColumn({ name: 'order_id', type: 'uuid' })
  orderId!: string;

  @PrimaryColumn({ type: 'int' })
  position!: number;

  @Column({ type: 'text' })
  description!: string;

  /** The description as a message key and parameters (null on lines written before them). */
  @Column({ type: 'jsonb', nullable: true })
  message!: Message | null;

  @Column({ type: 'int' })
  quantity!: number;

  @Column({ type: 'int', nullable: true })
  months!: number | null;

  @Column({ name: 'unit_price', type: 'bigint', transformer: fenTransformer })
  unitPrice!: Fen;

  @Column({ type: 'bigint', transformer: fenTransformer })
  amount!: Fen;

  @Column({ type: 'text', array: true })
  rules!: RuleId[];
}
