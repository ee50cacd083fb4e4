// Type-level tests of BillingResult: a success is typed without null where the API guarantees a
// value (`npx -y pnpm@10 typecheck` checks the assertions; vitest runs the file too).
import { describe, expectTypeOf, it } from 'vitest';
import type { BillingClient } from './client.js';
import { unwrap } from './client.js';
import type * as T from './gql/graphql.js';
import type { BillingResult, SuccessData } from './operation-types.js';

type Payload = {
  order: { id: string } | null;
  payment: { id: string } | null;
  note: string | null;
  userErrors: Array<{ code: 'SEAT_LIMIT'; message: string; field: string[] | null }>;
};

type Success<R> = R extends { readonly ok: true; readonly data: infer D } ? D : never;
type Method<K extends keyof BillingClient> = BillingClient[K] extends (
  ...args: never[]
) => Promise<infer R>
  ? R
  : never;

describe('BillingResult', () => {
  it('without guaranteed fields, data is the payload without userErrors, nulls kept', () => {
    expectTypeOf<Success<BillingResult<Payload>>>().toEqualTypeOf<{
      order: { id: string } | null;
      payment: { id: string } | null;
      note: string | null;
    }>();
  });

  it('the guaranteed fields are non-null on success; the others keep their null', () => {
    expectTypeOf<Success<BillingResult<Payload, 'order' | 'payment'>>>().toEqualTypeOf<{
      order: { id: string };
      payment: { id: string };
      note: string | null;
    }>();
    expectTypeOf<SuccessData<Payload, 'order'>['order']>().toEqualTypeOf<{ id: string }>();
    expectTypeOf<SuccessData<Payload, 'order'>['payment']>().toEqualTypeOf<{ id: string } | null>();
  });

  it('a refusal is typed as before, whatever is guaranteed', () => {
    type Refused = Extract<BillingResult<Payload, 'order'>, { ok: false }>;
    expectTypeOf<Refused['userErrors'][0]['code']>().toEqualTypeOf<'SEAT_LIMIT'>();
    expectTypeOf<Refused>().not.toHaveProperty('data');
  });

  it('only payload fields other than userErrors can be guaranteed', () => {
    // @ts-expect-error userErrors is not a field a success guarantees
    expectTypeOf<BillingResult<Payload, 'userErrors'>>().not.toBeNever();
    // @ts-expect-error no such payload field
    expectTypeOf<BillingResult<Payload, 'subscription'>>().not.toBeNever();
  });

  it('unwrap returns the success data with the guaranteed fields non-null', () => {
    expectTypeOf(unwrap<Payload, 'order'>).returns.toEqualTypeOf<{
      order: { id: string };
      payment: { id: string } | null;
      note: string | null;
    }>();
  });
});

describe('the generated client methods', () => {
  it('openSubscription: order and subscription are non-null on success', () => {
    type Data = Success<Method<'openSubscription'>>;
    expectTypeOf<Data['order']>().toEqualTypeOf<
      NonNullable<T.OpenSubscriptionMutation['openSubscription']['order']>
    >();
    expectTypeOf<Data['subscription']>().not.toEqualTypeOf<null>();
    expectTypeOf<null>().not.toExtend<Data['order']>();
    expectTypeOf<null>().not.toExtend<Data['subscription']>();
    expectTypeOf(unwrap<T.OpenSubscriptionMutation['openSubscription'], 'order'>)
      .returns.toHaveProperty('order')
      .toEqualTypeOf<NonNullable<T.OpenSubscriptionMutation['openSubscription']['order']>>();
  });

  it('payOrder: payment and order are non-null on success', () => {
    type Data = Success<Method<'payOrder'>>;
    expectTypeOf<null>().not.toExtend<Data['payment']>();
    expectTypeOf<null>().not.toExtend<Data['order']>();
  });

  it('setContractPrice: account is guaranteed, contractPrice may still be null', () => {
    type Data = Success<Method<'setContractPrice'>>;
    expectTypeOf<null>().not.toExtend<Data['account']>();
    expectTypeOf<null>().toExtend<Data['contractPrice']>();
  });

  it('createApiToken (auth, not yet documented): its fields keep their null', () => {
    type Data = Success<Method<'createApiToken'>>;
    expectTypeOf<null>().toExtend<Data['token']>();
  });

  it('a refusal of a generated method still has its userErrors typed by code', () => {
    type Refused = Extract<Method<'openSubscription'>, { ok: false }>;
    expectTypeOf<Refused['userErrors'][0]['code']>().toEqualTypeOf<T.UserErrorCode>();
  });
});
