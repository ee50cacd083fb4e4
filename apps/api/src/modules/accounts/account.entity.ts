import type { Fen } from '@billing/domain';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { fenTransformer } from '../../db/columns.js';

export type VerificationStatus = 'NOT_SUBMITTED' | 'PENDING' | 'APPROVED' | 'REJECTED';
export type AccountStatus = 'ACTIVE' | 'SUSPENDED' | 'CLOSED';

@Entity({ name: 'accounts' })
export class AccountEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Insertion order, for stable keyset pagination. */
  @Column({ type: 'bigint', insert: false, update: false, select: true })
  seq!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ name: 'verified_name', type: 'text', nullable: true })
  verifiedName!: string | null;

  @Column({ type: 'text', default: 'ACTIVE' })
  status!: AccountStatus;

  @Column({ name: 'verification_status', type: 'text', default: 'NOT_SUBMITTED' })
  verificationStatus!: VerificationStatus;

  /** Prepaid balance in fen (R-PAY-4): a CHECK constraint keeps it ≥ 0. */
  @Column({ type: 'bigint', default: 0, transformer: fenTransformer })
  balance!: Fen;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
