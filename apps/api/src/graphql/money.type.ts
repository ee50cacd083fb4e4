import type { Fen } from '@billing/domain';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { DecimalScalar } from './scalars.js';

export enum Currency {
  CNY = 'CNY',
}
registerEnumType(Currency, { name: 'Currency' });

@ObjectType({ description: 'An exact amount of money (R-MONEY-1).' })
export class Money {
  @Field(() => DecimalScalar)
  amount!: Fen;

  @Field(() => Currency)
  currency!: Currency;
}

export function money(amount: Fen): Money {
  return { amount, currency: Currency.CNY };
}
