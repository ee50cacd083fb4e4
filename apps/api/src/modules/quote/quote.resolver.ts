import { msg, noSuchMessage } from '@billing/domain';
import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context.js';
import { fromGlobalId } from '../../graphql/node.js';
import { UserErrorCode, badUserInput, userError } from '../../graphql/user-error.js';
import { canSeeAccount, requireViewer } from '../auth/auth.js';
import { realNow } from '../clock/clock.js';
import { QuoteInput } from './quote.inputs.js';
import { Quote, QuoteAction } from './quote.type.js';
import { QuoteService } from './quote.service.js';

function required<T>(value: T | null | undefined, field: keyof QuoteInput, action: QuoteAction): T {
  if (value === null || value === undefined) {
    throw badUserInput(msg('api.quote.needs', { quoteAction: action, fieldName: field }), [field]);
  }
  return value;
}

/** An id the viewer may not see answers exactly like one that does not exist. */
function notFound(
  action: QuoteAction,
  field: 'accountId' | 'subscriptionId',
  asOf: string | null,
): Quote {
  const error = userError(
    UserErrorCode.NOT_FOUND,
    field === 'accountId' ? noSuchMessage('account') : noSuchMessage('subscription'),
    [field],
  );
  return {
    action,
    asOf: asOf ?? realNow().today,
    total: null,
    lines: [],
    periodStart: null,
    periodEnd: null,
    openEnded: false,
    serviceEndsOn: null,
    explanation: error.message,
    rules: [],
    userErrors: [error],
  };
}

@Resolver()
export class QuoteResolver {
  @Query(() => Quote, {
    description:
      'A price preview with no side effect (R-OPEN-1, R-SEAT-1, R-SEAT-2, R-SEAT-3, R-SEAT-4, R-RENEW-1, R-RENEW-2, R-RENEW-3, R-LEGACY, R-MIG-3, R-CAT-2 value-added items and contract prices).',
  })
  async quote(
    @Arg('input', () => QuoteInput, { description: 'What to price, and on which date.' })
    input: QuoteInput,
    @Ctx() ctx: Context,
  ): Promise<Quote> {
    const viewer = requireViewer(ctx);
    const service = new QuoteService(ctx.loaders);
    const asOf = input.asOf ?? null;
    if (input.action === QuoteAction.NEW_SUBSCRIPTION || input.action === QuoteAction.VALUE_ADDED) {
      const productCode =
        input.action === QuoteAction.VALUE_ADDED
          ? null
          : required(input.productCode, 'productCode', input.action);
      const planCode = required(input.planCode, 'planCode', input.action);
      const args =
        productCode === null
          ? null
          : {
              productCode,
              planCode,
              seats: required(input.seats, 'seats', input.action),
              years: required(input.years, 'years', input.action),
            };
      let accountId = viewer.accountId;
      if (input.accountId) {
        const ref = fromGlobalId(input.accountId, 'Account');
        const account =
          ref && canSeeAccount(viewer, ref.id) ? await ctx.loaders.account.load(ref.id) : null;
        if (!account) return notFound(input.action, 'accountId', asOf);
        accountId = account.id;
      }
      if (args === null) {
        return service.valueAdded({ accountId, planCode, quantity: input.quantity ?? 1, asOf });
      }
      return service.newSubscription({ ...args, accountId, asOf });
    }
    const subscriptionId = required(input.subscriptionId, 'subscriptionId', input.action);
    const request =
      input.action === QuoteAction.ADD_SEATS
        ? { action: input.action, seats: required(input.seats, 'seats', input.action), asOf }
        : { action: input.action, years: input.years ?? 1, asOf };
    const ref = fromGlobalId(subscriptionId, 'Subscription');
    const sub = ref ? await ctx.loaders.subscription.load(ref.id) : null;
    if (!sub || !canSeeAccount(viewer, sub.accountId))
      return notFound(input.action, 'subscriptionId', asOf);
    return service.forSubscription(sub, request);
  }
}
