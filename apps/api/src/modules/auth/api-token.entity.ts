import type { Message } from '@billing/domain';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type Role = 'OPERATOR' | 'CUSTOMER_ADMIN' | 'CUSTOMER_MEMBER';

/** `BOOTSTRAP`: the installation's first operator credential, replaced by rotateBootstrapToken. */
export type ApiTokenKind = 'API' | 'BOOTSTRAP';

/** API tokens are stored as SHA-256 hashes; the token itself is shown once. */
@Entity({ name: 'api_tokens' })
export class ApiTokenEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Insertion order, for stable keyset pagination. */
  @Column({ type: 'bigint', insert: false, update: false, select: true })
  seq!: string;

  @Column({ name: 'token_hash', type: 'text', unique: true })
  tokenHash!: string;

  @Column({ type: 'text' })
  name!: string;

  /** The name the product gave a token nobody named, as a message; null for a typed name. */
  @Column({ name: 'name_message', type: 'jsonb', nullable: true })
  nameMessage!: Message | null;

  @Column({ type: 'text', default: 'API' })
  kind!: ApiTokenKind;

  @Column({ type: 'text' })
  role!: Role;

  @Column({ name: 'account_id', type: 'uuid', nullable: true })
  accountId!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'expires_at', type: 'timestamptz', nullable: true })
  expiresAt!: Date | null;

  @Column({ name: 'last_used_at', type: 'timestamptz', nullable: true })
  lastUsedAt!: Date | null;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;
}
