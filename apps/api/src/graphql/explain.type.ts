import { RULES, isRuleId, type LineItem as DomainLineItem, type RuleId } from '@billing/domain';
import { Field, Int, ObjectType } from 'type-graphql';
import { Money, money } from './money.type.js';

@ObjectType({ description: 'A rule of billing-rules.md that produced or decided something.' })
export class RuleRef {
  @Field(() => String, { description: 'The rule id, e.g. "R-SEAT-4".' })
  id!: string;

  @Field(() => String)
  summary!: string;
}

export function ruleRefs(ids: readonly string[]): RuleRef[] {
  return ids.filter(isRuleId).map((id: RuleId) => ({ id, summary: RULES[id] }));
}

@ObjectType({ description: 'One priced line with its explanation and rule ids.' })
export class LineItem {
  @Field(() => String)
  description!: string;

  @Field(() => Int)
  quantity!: number;

  @Field(() => Int, {
    nullable: true,
    description: 'Billable months, for lines priced by month (R-SEAT-3).',
  })
  months!: number | null;

  @Field(() => Money)
  unitPrice!: Money;

  @Field(() => Money)
  amount!: Money;

  @Field(() => [RuleRef])
  rules!: RuleRef[];
}

export function toLineItem(line: DomainLineItem): LineItem {
  return {
    description: line.description,
    quantity: line.quantity,
    months: line.months,
    unitPrice: money(line.unitPrice),
    amount: money(line.amount),
    rules: ruleRefs(line.rules),
  };
}
