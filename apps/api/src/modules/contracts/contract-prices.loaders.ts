import type { DataSource } from 'typeorm';
import { smallListLoader } from '../../graphql/batch.js';
import { ContractPriceEntity } from './contract-price.entity.js';

/** An account's contract-price entries (R-CAT-2): a handful per account, read in one statement. */
export function contractPriceLoaders(db: DataSource) {
  return {
    contractPricesByAccount: smallListLoader(db, ContractPriceEntity, 'account_id'),
  };
}
