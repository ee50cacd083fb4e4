import type { DataSource } from 'typeorm';
import type { Config } from './config.js';
import type { Role } from './modules/auth/api-token.entity.js';

export interface Viewer {
  readonly role: Role;
  /** The one account a customer token belongs to; null for operators. */
  readonly accountId: string | null;
  /** null for the bootstrap token. */
  readonly tokenId: string | null;
}

export interface Context {
  readonly requestId: string;
  readonly viewer: Viewer | null;
  readonly db: DataSource;
  readonly config: Config;
}
