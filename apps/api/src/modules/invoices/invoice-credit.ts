import type { Fen } from '@billing/domain';
import type { InvoiceEntity } from './invoice.entity.js';

/**
 * What red-letter notes credited after the fapiao was issued: what its credit note covers
 * (R-INV-3). Credits before the fapiao was issued only lowered what it was issued for.
 */
export function creditedAfterIssue(
  invoice: Pick<InvoiceEntity, 'amount' | 'credited' | 'issuedAmount'>,
): Fen {
  if (invoice.issuedAmount === null) return 0;
  return invoice.credited - (invoice.amount - invoice.issuedAmount);
}
