import type { DataSource } from 'typeorm';
import { childCountsLoader, childPagesLoader } from '../../graphql/keyset.js';
import { AUDIT_SOURCE } from './audit.js';

/** Per-request loaders of the audit module. */
export function auditLoaders(db: DataSource) {
  return {
    /** `Account.auditLog`: keyset pages by `(account_id, seq)`. */
    accountAudit: {
      pages: childPagesLoader(db, AUDIT_SOURCE, 'account_id'),
      counts: childCountsLoader(db, AUDIT_SOURCE.table, 'account_id'),
    },
  };
}
