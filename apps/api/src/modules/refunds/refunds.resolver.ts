import { msg, noSuchMessage } from '@billing/domain';
import {
  Arg,
  Args,
  Ctx,
  Directive,
  FieldResolver,
  ID,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import type { Context } from '../../context.js';
import { childConnection } from '../../graphql/batch.js';
import { money } from '../../graphql/money.type.js';
import { fromGlobalId } from '../../graphql/node.js';
import { UserErrorCode, userError, type UserError } from '../../graphql/user-error.js';
import { Account } from '../accounts/account.type.js';
import { toAccount } from '../accounts/accounts.service.js';
import { actorOf } from '../audit/audit.js';
import {
  canActForAccount,
  canSeeAccount,
  forbidden,
  requireOperator,
  requireViewer,
} from '../auth/auth.js';
import { Order } from '../orders/order.type.js';
import { toOrder } from '../orders/orders.mapper.js';
import { toPayment } from '../payments/payments.mapper.js';
import { allFilters, rowFilter, searchFilter, searchPattern } from '../../graphql/list-sort.js';
import { RefundSort } from '../../graphql/list-sorts.js';
import { Payment } from '../payments/payment.type.js';
import type { RefundClaim } from './refund-facts.js';
import { refundQueuePage } from './refund-queue.js';
import { Refund, RefundConnection, RefundDecision, RefundPart } from './refund.type.js';
import {
  ApproveRefundInput,
  PayRefundInput,
  RefundPayload,
  RefundPreviewInput,
  RejectRefundInput,
  RequestRefundInput,
  RefundsArgs,
  AccountRefundsArgs,
  type RefundClaimFields,
} from './refunds.inputs.js';
import { toRefund, toRefundDecision } from './refunds.mapper.js';
import { RefundsService } from './refunds.service.js';

const MAX_NOTE = 2000;
const MAX_EVIDENCE = 20;

/** The claim as the rules read it, or the input refusal (field paths relative to `input`). */
function claimFrom(input: RefundClaimFields): { claim: RefundClaim } | { error: UserError } {
  const note = input.note?.trim() || null;
  if (note && note.length > MAX_NOTE)
    return {
      error: userError(
        UserErrorCode.INVALID_INPUT,
        msg('api.refund.noteTooLong', { limit: MAX_NOTE }),
        ['note'],
      ),
    };
  const evidence = input.evidence ?? [];
  if (evidence.length > MAX_EVIDENCE || evidence.some((item) => item.length > 500)) {
    return {
      error: userError(
        UserErrorCode.INVALID_INPUT,
        msg('api.refund.evidenceLimit', { limit: MAX_EVIDENCE }),
        ['evidence'],
      ),
    };
  }
  return {
    claim: {
      reason: input.reason,
      note,
      evidence,
      eventAt: input.eventAt ? input.eventAt.getTime() : null,
      outageHours: input.outageHours ?? null,
    },
  };
}

const orderNotFound = (): RefundPayload => ({
  refund: null,
  userErrors: [userError(UserErrorCode.NOT_FOUND, noSuchMessage('order'), ['orderId'])],
});

async function payload(
  ctx: Context,
  result: { refundId: string | null; userErrors: UserError[] },
): Promise<RefundPayload> {
  if (result.refundId) ctx.loaders.refund.clear(result.refundId);
  const refund = result.refundId ? await ctx.loaders.refund.load(result.refundId) : null;
  return { refund: refund ? toRefund(refund) : null, userErrors: result.userErrors };
}

@Resolver(() => Refund)
export class RefundsResolver {
  @Query(() => Refund, {
    nullable: true,
    description:
      'A refund by id; null when there is none the caller may see (customers: their own).',
  })
  async refund(
    @Arg('id', () => ID, { description: 'The refund’s global id.' }) id: string,
    @Ctx() ctx: Context,
  ): Promise<Refund | null> {
    const viewer = requireViewer(ctx);
    const ref = fromGlobalId(id, 'Refund');
    const refund = ref ? await ctx.loaders.refund.load(ref.id) : null;
    return refund && canSeeAccount(viewer, refund.accountId) ? toRefund(refund) : null;
  }

  @Directive('@operatorOnly')
  @Query(() => RefundConnection, {
    description: 'The refund review queue, oldest first (operators; R-REF-REVIEW).',
  })
  async refunds(
    @Args(() => RefundsArgs) args: RefundsArgs,
    @Ctx() ctx: Context,
  ): Promise<RefundConnection> {
    requireOperator(ctx);
    return refundQueuePage(ctx.db, args);
  }

  @Query(() => RefundDecision, {
    description:
      'What requestRefund with the same fields would get on asOf, with no side effect (section 8).',
  })
  async refundPreview(
    @Arg('input', () => RefundPreviewInput, {
      description:
        'The claim to decide, as `requestRefund` would take it, and the date to decide on.',
    })
    input: RefundPreviewInput,
    @Ctx() ctx: Context,
  ): Promise<RefundDecision> {
    const viewer = requireViewer(ctx);
    const ref = fromGlobalId(input.orderId, 'Order');
    const order = ref ? await ctx.loaders.order.load(ref.id) : null;
    const refused = (error: UserError): RefundDecision => ({
      eligible: false,
      amount: money(0),
      fee: money(0),
      payout: money(0),
      rules: [],
      explanation: error.message,
      considered: [],
      lines: [],
      endsSubscription: false,
      asOf: null,
      userErrors: [error],
    });
    if (!order || !canSeeAccount(viewer, order.accountId))
      return refused(userError(UserErrorCode.NOT_FOUND, noSuchMessage('order'), ['orderId']));
    const parsed = claimFrom(input);
    if ('error' in parsed) return refused(parsed.error);
    const preview = await new RefundsService(ctx.db, actorOf(ctx), ctx.gateway).preview(
      order.id,
      parsed.claim,
      input.asOf ?? null,
    );
    if (!preview)
      return refused(userError(UserErrorCode.NOT_FOUND, noSuchMessage('order'), ['orderId']));
    return toRefundDecision(preview.decision, preview.asOf, preview.userErrors);
  }

  @Mutation(() => RefundPayload, {
    description:
      'Requests a refund of an order (account administrators and operators): decided by the rules today and stored for review (R-REF-REVIEW).',
  })
  async requestRefund(
    @Arg('input', () => RequestRefundInput, {
      description: 'The order and the claim: reason, note, evidence.',
    })
    input: RequestRefundInput,
    @Ctx() ctx: Context,
  ): Promise<RefundPayload> {
    const viewer = requireViewer(ctx);
    const ref = fromGlobalId(input.orderId, 'Order');
    const order = ref ? await ctx.loaders.order.load(ref.id) : null;
    if (!order || !canSeeAccount(viewer, order.accountId)) return orderNotFound();
    if (!canActForAccount(viewer, order.accountId))
      throw forbidden(msg('api.forbidden.accountAdmins', { action: 'request refunds' }));
    const parsed = claimFrom(input);
    if ('error' in parsed) return { refund: null, userErrors: [parsed.error] };
    const result = await new RefundsService(ctx.db, actorOf(ctx), ctx.gateway).request(
      order.accountId,
      {
        ...parsed.claim,
        orderId: order.id,
        idempotencyKey: input.idempotencyKey,
      },
    );
    return payload(ctx, { refundId: result.ids.refund ?? null, userErrors: result.userErrors });
  }

  @Directive('@operatorOnly')
  @Mutation(() => RefundPayload, {
    description:
      'Approves a refund request (operators): decided again on the order as it is now, never past R-REF-CAP; due to be paid back in 7 working days (R-REF-PAYOUT).',
  })
  async approveRefund(
    @Arg('input', () => ApproveRefundInput, {
      description: 'The refund to approve, with an optional note.',
    })
    input: ApproveRefundInput,
    @Ctx() ctx: Context,
  ): Promise<RefundPayload> {
    requireOperator(ctx);
    const id = fromGlobalId(input.refundId, 'Refund')?.id;
    if (!id)
      return payload(ctx, {
        refundId: null,
        userErrors: [userError(UserErrorCode.NOT_FOUND, noSuchMessage('refund'), ['refundId'])],
      });
    return payload(
      ctx,
      await new RefundsService(ctx.db, actorOf(ctx), ctx.gateway).approve(
        id,
        input.note?.trim() || null,
      ),
    );
  }

  @Directive('@operatorOnly')
  @Mutation(() => RefundPayload, {
    description:
      'Rejects a refund request with the reason the customer reads (operators; R-REF-REVIEW).',
  })
  async rejectRefund(
    @Arg('input', () => RejectRefundInput, {
      description: 'The refund to reject and the note the customer reads.',
    })
    input: RejectRefundInput,
    @Ctx() ctx: Context,
  ): Promise<RefundPayload> {
    requireOperator(ctx);
    const id = fromGlobalId(input.refundId, 'Refund')?.id;
    if (!id)
      return payload(ctx, {
        refundId: null,
        userErrors: [userError(UserErrorCode.NOT_FOUND, noSuchMessage('refund'), ['refundId'])],
      });
    return payload(
      ctx,
      await new RefundsService(ctx.db, actorOf(ctx), ctx.gateway).reject(id, input.note),
    );
  }

  @Directive('@operatorOnly')
  @Mutation(() => RefundPayload, {
    description: 'Pays an approved refund back now, before its due date (operators; R-REF-PAYOUT).',
  })
  async payRefund(
    @Arg('input', () => PayRefundInput, {
      description: 'The approved refund whose payout was made.',
    })
    input: PayRefundInput,
    @Ctx() ctx: Context,
  ): Promise<RefundPayload> {
    requireOperator(ctx);
    const id = fromGlobalId(input.refundId, 'Refund')?.id;
    if (!id)
      return payload(ctx, {
        refundId: null,
        userErrors: [userError(UserErrorCode.NOT_FOUND, noSuchMessage('refund'), ['refundId'])],
      });
    return payload(ctx, await new RefundsService(ctx.db, actorOf(ctx), ctx.gateway).pay(id));
  }

  @FieldResolver(() => Order, { description: 'The order it is requested against.' })
  async order(@Root() refund: Refund, @Ctx() ctx: Context): Promise<Order> {
    return toOrder((await ctx.loaders.order.load(refund.entity.orderId))!);
  }

  @FieldResolver(() => Account, { description: 'The account that requested it.' })
  async account(@Root() refund: Refund, @Ctx() ctx: Context): Promise<Account> {
    return toAccount((await ctx.loaders.account.load(refund.entity.accountId))!);
  }
}

@Resolver(() => RefundPart)
export class RefundPartResolver {
  @FieldResolver(() => Payment, { description: 'The original payment this part goes back to.' })
  async payment(@Root() part: RefundPart, @Ctx() ctx: Context): Promise<Payment> {
    return toPayment((await ctx.loaders.payment.load(part.paymentId))!);
  }
}

@Resolver(() => Order)
export class OrderRefundsResolver {
  @FieldResolver(() => [Refund], {
    description: 'Refunds requested against this order, oldest first by default.',
  })
  async refunds(@Root() order: Order, @Ctx() ctx: Context): Promise<Refund[]> {
    return (await ctx.loaders.refundsByOrder.load(order.entity.id)).map(toRefund);
  }
}

/**
 * The search of an account's refunds: the text in the refund's or its order's id (the UUID, or a
 * whole global id as the client's links carry it), its reason code (`DUPLICATE_PAYMENT`, or
 * with spaces), its request note or its review note; case-insensitive.
 */
function refundSearch(search: string | null | undefined) {
  const pattern = searchPattern(search);
  const named = search ? fromGlobalId(search.trim()) : null;
  return searchFilter('refunds', pattern, (x, p, param) => {
    const conditions = [
      `${x}.id::text ILIKE ${p}`,
      `${x}.order_id::text ILIKE ${p}`,
      `${x}.reason ILIKE ${p}`,
      `replace(${x}.reason, '_', ' ') ILIKE ${p}`,
      `${x}.note ILIKE ${p}`,
      `${x}.decision_note ILIKE ${p}`,
    ];
    if (named?.type === 'Refund') conditions.push(`${x}.id = ${param(named.id)}::uuid`);
    if (named?.type === 'Order') conditions.push(`${x}.order_id = ${param(named.id)}::uuid`);
    return `(${conditions.join(' OR ')})`;
  });
}

@Resolver(() => Account)
export class AccountRefundsResolver {
  @FieldResolver(() => RefundConnection, {
    description: 'The account’s refunds, oldest first by default.',
  })
  async refunds(
    @Root() account: Account,
    @Args(() => AccountRefundsArgs) args: AccountRefundsArgs,
    @Ctx() ctx: Context,
  ): Promise<RefundConnection> {
    const sorted = RefundSort.resolve(args, args.sort);
    return childConnection(
      ctx.loaders.accountRefunds,
      account.localId,
      sorted.args,
      toRefund,
      undefined,
      {
        sort: sorted.sort,
        filter: allFilters(
          rowFilter([{ column: 'status', value: args.status }]),
          refundSearch(args.search),
        ),
      },
    );
  }
}
