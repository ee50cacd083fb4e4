import type { BusinessDate, Fen } from '@billing/domain';
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

  /** The test clock the account lives at, if any (contract: "Time"). */
  @Column({ name: 'test_clock_id', type: 'uuid', nullable: true })
  testClockId!: string | null;

  /** Qualification materials (营业执照, legal representative ID, contact) (R-OPEN-2). */
  @Column({ name: 'verification_documents', type: 'text', array: true, default: [] })
  verificationDocuments!: string[];

  @Column({ name: 'verification_note', type: 'text', nullable: true })
  verificationNote!: string | null;

  @Column({ name: 'verified_on', type: 'date', nullable: true })
  verifiedOn!: BusinessDate | null;

  /** Holds the general-taxpayer certificate (special VAT invoices, R-INV-1). */
  @Column({ name: 'general_taxpayer', type: 'boolean', default: false })
  generalTaxpayer!: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
