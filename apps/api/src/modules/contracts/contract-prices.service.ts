import {
  changeContractPrice,
  type BusinessDate,
  type ContractPriceEntry,
  type Fen,
} from '@billing/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { fromRefusal } from '../../graphql/refusal.js';
import { recordAudit, type Actor } from '../audit/audit.js';
import { loadCatalog } from '../catalog/catalog.repository.js';
import { nowForAccount } from '../clock/clock.js';
import { idempotentForAccount, type StoredResult } from '../idempotency/idempotency.js';
import { ContractPriceEntity } from './contract-price.entity.js';

export interface ContractPriceArgs {
  accountId: string;
  productCode: string;
  planCode: string;
  /** Fen per seat per year; null ends the contract price from `effectiveFrom`. */
  unitPrice: Fen | null;
  /** Default: today on the account's clock. */
  effectiveFrom: BusinessDate | null;
  idempotencyKey: string;
}

/** The rules engine's view of entity rows. */
export function toContractPriceEntry(row: ContractPriceEntity): ContractPriceEntry {
  return {
    productCode: row.productCode,
    planCode: row.planCode,
    effectiveFrom: row.effectiveFrom,
    unitPrice: row.unitPrice,
  };
}

/** An account's contract-price entries, read inside the caller's transaction (R-CAT-2). */
export async function contractPriceEntries(
  tx: EntityManager,
  accountId: string,
): Promise<ContractPriceEntry[]> {
  const rows = await tx.getRepository(ContractPriceEntity).find({
    where: { accountId },
    order: { seq: 'ASC' },
  });
  return rows.map(toContractPriceEntry);
}

/**
 * R-CAT-2 `CUSTOM`: operators set, change (from a date) and end an account's contract price.
 * The rules engine decides (`changeContractPrice`); an entry on the same date replaces the one
 * there, and every change is audited with the price before and after.
 */
export class ContractPricesService {
  constructor(
    private readonly db: DataSource,
    private readonly actor: Actor,
  ) {}

  change(
    operation: 'setContractPrice' | 'endContractPrice',
    args: ContractPriceArgs,
  ): Promise<StoredResult> {
    return idempotentForAccount(
      this.db,
      args.accountId,
      { key: args.idempotencyKey, operation, input: args },
      async (tx) => {
        const now = await nowForAccount(tx, args.accountId);
        const catalog = await loadCatalog(tx);
        const entries = await contractPriceEntries(tx, args.accountId);
        const decided = changeContractPrice({
          catalog,
          entries,
          productCode: args.productCode,
          planCode: args.planCode,
          unitPrice: args.unitPrice,
          effectiveFrom: args.effectiveFrom ?? now.today,
          today: now.today,
        });
        if (!decided.ok) {
          const field =
            decided.refusal.field?.[0] === 'effectiveFrom' && operation === 'endContractPrice'
              ? { ...decided.refusal, field: ['endsOn'] }
              : decided.refusal;
          return { ids: {}, userErrors: [fromRefusal(field)] };
        }
        const { entry } = decided;
        const [row]: Array<{ id: string }> = await tx.query(
          `INSERT INTO contract_prices (account_id, product_code, plan_code, effective_from, unit_price, recorded_at)
           VALUES ($1, $2, $3, $4, $5, $6)
           ON CONFLICT (account_id, product_code, plan_code, effective_from)
           DO UPDATE SET unit_price = EXCLUDED.unit_price, recorded_at = EXCLUDED.recorded_at
           RETURNING id`,
          [
            args.accountId,
            entry.productCode,
            entry.planCode,
            entry.effectiveFrom,
            entry.unitPrice,
            now.instant,
          ],
        );
        await recordAudit(tx, this.actor, {
          action: operation,
          objectType: 'ContractPrice',
          objectId: row!.id,
          accountId: args.accountId,
          before: {
            productCode: entry.productCode,
            planCode: entry.planCode,
            effectiveFrom: entry.effectiveFrom,
            unitPrice: decided.previous,
          },
          after: {
            productCode: entry.productCode,
            planCode: entry.planCode,
            effectiveFrom: entry.effectiveFrom,
            unitPrice: entry.unitPrice,
            explanation: decided.reason,
            // Read in the reader's language by the audit trail (audit-changes.ts).
            explanationMessage: decided.reasonMessage,
            rules: decided.rules,
          },
          at: now.instant,
        });
        return { ids: { account: args.accountId, contractPrice: row!.id }, userErrors: [] };
      },
    );
  }
}
