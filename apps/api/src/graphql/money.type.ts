import type { Fen } from '@billing/domain';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { DecimalScalar } from './scalars.js';

export enum Currency {
  CNY = 'CNY',
}
registerEnumType(Currency, {
  name: 'Currency',
  description: 'The currency of an amount. Every amount of the API is in Chinese yuan.',
  valuesConfig: { CNY: { description: 'Chinese yuan (renminbi); 1 yuan = 100 fen.' } },
});

@ObjectType({ description: 'An exact amount of money (R-MONEY-1).' })
export class Money {
  @Field(() => DecimalScalar, {
    description:
      'The amount in yuan with exactly two decimals, e.g. "10450.00" = 1 045 000 fen; computed in integer fen, never in floating point (R-MONEY-1).',
  })
  amount!: Fen;

  @Field(() => Currency, { description: 'Always CNY.' })
  currency!: Currency;
}

export function money(amount: Fen): Money {
  return { amount, currency: Currency.CNY };
}
