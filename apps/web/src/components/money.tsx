import { useI18n } from '../i18n/i18n.js';

/** The contract's `Money`; `currency` may be left out of a selection (it is always CNY today). */
export interface MoneyValue {
  readonly amount: string;
  readonly currency?: string;
}

/** An exact amount from the API, shown as `¥10,450.00` (formatting only, R-MONEY-1). */
export function Money({ value, className }: { value: MoneyValue; className?: string }) {
  const { money } = useI18n();
  return (
    <span className={className ? `money ${className}` : 'money'} data-amount={value.amount}>
      {money(value.amount, value.currency)}
    </span>
  );
}
