import { priceValueAdded } from '@billing/domain';
import type { DataSource } from 'typeorm';
import { fromRefusal } from '../../graphql/refusal.js';
import { recordAudit, type Actor } from '../audit/audit.js';
import { loadCatalog } from '../catalog/catalog.repository.js';
import { nowForAccount } from '../clock/clock.js';
import { idempotentForAccount, type StoredResult } from '../idempotency/idempotency.js';
import { insertOrder } from '../orders/order-writer.js';
import { purchaseRefusal } from '../accounts/account-standing.js';

export interface BuyValueAddedArgs {
  accountId: string;
  planCode: string;
  quantity: number;
  idempotencyKey: string;
}

/**
 * Section 1.4: a value-added item is a one-off VALUE_ADDED order, priced by the rules engine
 * from the book in force today (R-CAT-1, R-CAT-2) and non-refundable once paid (R-REF-NONREF). It
 * has no subscription: paid in full, it is fulfilled at once (`onPaidInFull`).
 */
export class ValueAddedService {
  constructor(
    private readonly db: DataSource,
    private readonly actor: Actor,
  ) {}

  buy(args: BuyValueAddedArgs): Promise<StoredResult> {
    return idempotentForAccount(
      this.db,
      args.accountId,
      { key: args.idempotencyKey, operation: 'buyValueAdded', input: args },
      async (tx) => {
        const standing = await purchaseRefusal(tx, args.accountId, ['accountId']);
        if (standing) return { ids: {}, userErrors: [standing] };
        const now = await nowForAccount(tx, args.accountId);
        const catalog = await loadCatalog(tx);
        const priced = priceValueAdded({
          catalog,
          planCode: args.planCode,
          quantity: args.quantity,
          orderDate: now.today,
        });
        if (!priced.ok) return { ids: {}, userErrors: [fromRefusal(priced.refusal)] };
        const order = await insertOrder(tx, {
          accountId: args.accountId,
          subscriptionId: null,
          kind: 'VALUE_ADDED',
          total: priced.total,
          orderDate: now.today,
          // The refund rules read the product of an order without a subscription from here.
          pricing: {
            bookId: priced.bookId,
            productCode: 'VAS',
            planCode: args.planCode,
            quantity: args.quantity,
          },
          explanation: priced.reason,
          explanationMessage: priced.reasonMessage,
          rules: priced.rules,
          lines: priced.lines,
        });
        await recordAudit(tx, this.actor, {
          action: 'buyValueAdded',
          objectType: 'Order',
          objectId: order.id,
          accountId: args.accountId,
          after: {
            order: { kind: order.kind, total: order.total, status: order.status },
            productCode: 'VAS',
            planCode: args.planCode,
            quantity: args.quantity,
          },
          at: now.instant,
        });
        return { ids: { order: order.id }, userErrors: [] };
      },
    );
  }
}
