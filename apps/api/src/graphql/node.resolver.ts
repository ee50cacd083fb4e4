import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { Context } from '../context.js';
import { toAccount } from '../modules/accounts/accounts.service.js';
import { canSeeAccount, requireViewer } from '../modules/auth/auth.js';
import { TestClockEntity } from '../modules/clock/test-clock.entity.js';
import { toTestClock } from '../modules/clock/test-clocks.service.js';
import { toOrder, toSubscription } from '../modules/orders/orders.mapper.js';
import { toPayment } from '../modules/payments/payments.mapper.js';
import { toInvoice } from '../modules/invoices/invoices.mapper.js';
import { PaymentEntity } from '../modules/payments/payment.entity.js';
import { toRefund } from '../modules/refunds/refunds.mapper.js';
import { PostpaidBillEntity } from '../modules/postpaid/postpaid-bill.entity.js';
import { toPostpaidBill } from '../modules/postpaid/postpaid.mapper.js';
import { visibleBillingEvent } from '../modules/events/events.resolver.js';
import { webhookNode } from '../modules/webhooks/webhooks.resolver.js';
import { Node, fromGlobalId } from './node.js';

@Resolver()
export class NodeResolver {
  @Query(() => Node, { nullable: true, description: 'Any object by its global id (Relay).' })
  async node(
    @Arg('id', () => ID, { description: 'A global id, as any `id` field of the API gives it.' })
    id: string,
    @Ctx() ctx: Context,
  ): Promise<Node | null> {
    const viewer = requireViewer(ctx);
    const ref = fromGlobalId(id);
    if (!ref) return null;
    switch (ref.type) {
      case 'Account': {
        if (!canSeeAccount(viewer, ref.id)) return null;
        const account = await ctx.loaders.account.load(ref.id);
        return account ? toAccount(account) : null;
      }
      case 'Subscription': {
        const sub = await ctx.loaders.subscription.load(ref.id);
        return sub && canSeeAccount(viewer, sub.accountId) ? toSubscription(sub) : null;
      }
      case 'Order': {
        const order = await ctx.loaders.order.load(ref.id);
        return order && canSeeAccount(viewer, order.accountId) ? toOrder(order) : null;
      }
      case 'Payment': {
        const payment = await ctx.db.getRepository(PaymentEntity).findOneBy({ id: ref.id });
        return payment && canSeeAccount(viewer, payment.accountId) ? toPayment(payment) : null;
      }
      case 'TestClock': {
        if (viewer.role !== 'OPERATOR') return null;
        const clock = await ctx.db.getRepository(TestClockEntity).findOneBy({ id: ref.id });
        return clock ? toTestClock(clock) : null;
      }
      case 'Refund': {
        const refund = await ctx.loaders.refund.load(ref.id);
        return refund && canSeeAccount(viewer, refund.accountId) ? toRefund(refund) : null;
      }
      case 'PostpaidBill': {
        const bill = await ctx.db.getRepository(PostpaidBillEntity).findOneBy({ id: ref.id });
        return bill && canSeeAccount(viewer, bill.accountId) ? toPostpaidBill(bill) : null;
      }
      case 'Invoice': {
        const invoice = await ctx.loaders.invoice.load(ref.id);
        return invoice && canSeeAccount(viewer, invoice.accountId) ? toInvoice(invoice) : null;
      }
      case 'BillingEvent':
        return visibleBillingEvent(ctx.db, viewer, ref.id);
      case 'WebhookEndpoint':
      case 'WebhookDelivery':
        return webhookNode(ctx.db, viewer, ref.type, ref.id);
      default:
        return null;
    }
  }
}
