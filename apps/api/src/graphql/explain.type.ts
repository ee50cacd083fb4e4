import {
  isMessage,
  isRuleId,
  renderMessage,
  ruleSummary,
  type LineItem as DomainLineItem,
  type RuleId,
} from '@billing/domain';
import { requestLocale } from '../locale.js';
import { Field, Int, ObjectType } from 'type-graphql';
import { Money, money } from './money.type.js';

@ObjectType({ description: 'A rule of billing-rules.md that produced or decided something.' })
export class RuleRef {
  @Field(() => String, { description: 'The rule id, e.g. "R-SEAT-4".' })
  id!: string;

  @Field(() => String, {
    description: 'The rule in one sentence, as docs/billing-rules.md states it.',
  })
  summary!: string;
}

export function ruleRefs(ids: readonly string[]): RuleRef[] {
  const locale = requestLocale();
  return ids.filter(isRuleId).map((id: RuleId) => ({ id, summary: ruleSummary(id, locale) }));
}

@ObjectType({ description: 'One priced line with its explanation and rule ids.' })
export class LineItem {
  @Field(() => String, {
    description:
      'What the line charges, in plain words with its arithmetic, e.g. "6 seats × 95 CNY × 7 months".',
  })
  description!: string;

  @Field(() => Int, { description: 'How many units the line charges: seats, packs, bills…' })
  quantity!: number;

  @Field(() => Int, {
    nullable: true,
    description: 'Billable months, for lines priced by month (R-SEAT-3).',
  })
  months!: number | null;

  @Field(() => Money, {
    description:
      'The price of one unit (for a monthly line, of one unit for one month) from the price book in force (R-CAT-1).',
  })
  unitPrice!: Money;

  @Field(() => Money, {
    description: 'What the line costs, rounded half-up to the fen once per line (R-MONEY-1).',
  })
  amount!: Money;

  @Field(() => [RuleRef], { description: 'The rules that priced the line.' })
  rules!: RuleRef[];
}

export function toLineItem(line: DomainLineItem): LineItem {
  return {
    description: isMessage(line.message)
      ? renderMessage(line.message, requestLocale())
      : line.description,
    quantity: line.quantity,
    months: line.months,
    unitPrice: money(line.unitPrice),
    amount: money(line.amount),
    rules: ruleRefs(line.rules),
  };
}
