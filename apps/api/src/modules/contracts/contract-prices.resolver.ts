import {
  type BusinessDate,
  type ContractPricePeriod,
  contractPricePeriods,
  noSuchMessage,
} from '@billing/domain';
import { Arg, Ctx, Directive, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { money } from '../../graphql/money.type.js';
import { fromGlobalId } from '../../graphql/node.js';
import { UserErrorCode, userError, type UserError } from '../../graphql/user-error.js';
import { Account } from '../accounts/account.type.js';
import { toAccount } from '../accounts/accounts.service.js';
import { actorOf } from '../audit/audit.js';
import { requireOperator } from '../auth/auth.js';
import { ContractPrice } from './contract-price.type.js';
import {
  EndContractPriceInput,
  EndContractPricePayload,
  SetContractPriceInput,
  SetContractPricePayload,
} from './contract-prices.inputs.js';
import { ContractPricesService, toContractPriceEntry } from './contract-prices.service.js';

/** Made per request: the message is written in the caller's language. */
const noAccount = (): UserError[] => [
  userError(UserErrorCode.NOT_FOUND, noSuchMessage('account'), ['accountId']),
];

function toContractPrice(period: ContractPricePeriod, today: BusinessDate): ContractPrice {
  return {
    productCode: period.productCode,
    planCode: period.planCode,
    unitPrice: money(period.unitPrice),
    effectiveFrom: period.effectiveFrom,
    endsOn: period.endsOn,
    inForce: period.effectiveFrom <= today && (period.endsOn === null || today < period.endsOn),
  };
}

/** The account's contract prices as spans, read through the request's loaders. */
async function contractPricesOf(ctx: Context, accountId: string): Promise<ContractPrice[]> {
  const [rows, now] = await Promise.all([
    ctx.loaders.contractPricesByAccount.load(accountId),
    ctx.loaders.now.load(accountId),
  ]);
  return contractPricePeriods(rows.map(toContractPriceEntry)).map((period) =>
    toContractPrice(period, now.today),
  );
}

/** The account an operator acts on (operators only: customers are refused with FORBIDDEN). */
async function operatorAccount(ctx: Context, globalId: string) {
  requireOperator(ctx);
  const ref = fromGlobalId(globalId, 'Account');
  return ref ? ctx.loaders.account.load(ref.id) : null;
}

/**
 * R-CAT-2 `CUSTOM` contract prices: operators set, change (from a date) and end them; the
 * account can then buy its contract-priced plans at the price in force on each order date.
 */
@Resolver()
export class ContractPricesResolver {
  @Directive('@operatorOnly')
  @Mutation(() => SetContractPricePayload, {
    description:
      'Sets an account’s contract price (per seat per year) for a CUSTOM plan from a date, today or later; a later date changes it from then on (operators; R-CAT-2). Audited.',
  })
  async setContractPrice(
    @Arg('input', () => SetContractPriceInput, {
      description: 'The account, the plan, the price per seat per year and its first day.',
    })
    input: SetContractPriceInput,
    @Ctx() ctx: Context,
  ): Promise<SetContractPricePayload> {
    const account = await operatorAccount(ctx, input.accountId);
    if (!account) return { account: null, contractPrice: null, userErrors: noAccount() };
    const result = await new ContractPricesService(ctx.db, actorOf(ctx)).change(
      'setContractPrice',
      {
        accountId: account.id,
        productCode: input.productCode,
        planCode: input.planCode,
        unitPrice: input.unitPrice,
        effectiveFrom: input.effectiveFrom ?? null,
        idempotencyKey: input.idempotencyKey,
      },
    );
    if (result.userErrors.length > 0)
      return { account: toAccount(account), contractPrice: null, userErrors: result.userErrors };
    ctx.loaders.contractPricesByAccount.clear(account.id);
    const rows = await ctx.loaders.contractPricesByAccount.load(account.id);
    const set = rows.find((row) => row.id === result.ids.contractPrice);
    const prices = await contractPricesOf(ctx, account.id);
    const contractPrice =
      prices.find(
        (price) =>
          set !== undefined &&
          price.productCode === set.productCode &&
          price.planCode === set.planCode &&
          price.effectiveFrom === set.effectiveFrom,
      ) ?? null;
    return { account: toAccount(account), contractPrice, userErrors: [] };
  }

  @Directive('@operatorOnly')
  @Mutation(() => EndContractPricePayload, {
    description:
      'Ends an account’s contract price for a CUSTOM plan from a date, today or later: from then on the plan cannot be bought, added to or renewed until a new price is set (operators; R-CAT-2). Audited.',
  })
  async endContractPrice(
    @Arg('input', () => EndContractPriceInput, {
      description: 'The account, the plan and the first day without a contract price.',
    })
    input: EndContractPriceInput,
    @Ctx() ctx: Context,
  ): Promise<EndContractPricePayload> {
    const account = await operatorAccount(ctx, input.accountId);
    if (!account) return { account: null, userErrors: noAccount() };
    const result = await new ContractPricesService(ctx.db, actorOf(ctx)).change(
      'endContractPrice',
      {
        accountId: account.id,
        productCode: input.productCode,
        planCode: input.planCode,
        unitPrice: null,
        effectiveFrom: input.endsOn ?? null,
        idempotencyKey: input.idempotencyKey,
      },
    );
    ctx.loaders.contractPricesByAccount.clear(account.id);
    return { account: toAccount(account), userErrors: result.userErrors };
  }
}

@Resolver(() => Account)
export class AccountContractPricesResolver {
  @FieldResolver(() => [ContractPrice], {
    description:
      'Contract prices of the account’s CUSTOM plans with their effective dates, by plan then date (R-CAT-2).',
  })
  contractPrices(@Root() account: Account, @Ctx() ctx: Context): Promise<ContractPrice[]> {
    return contractPricesOf(ctx, account.localId);
  }
}
