import { formatCny, type Fen } from '../money/money.js';

/** "1 seat" / "6 seats". */
export function seatsText(n: number): string {
  return n === 1 ? '1 seat' : `${n} seats`;
}

export function yearsText(n: number): string {
  return n === 1 ? '1 year' : `${n} years`;
}

/**
 * "¥3,990.00", "¥100.50": the same text as `formatCny`, built without regexes because every
 * quote formats several amounts (a property test checks they agree).
 */
export function cny(amount: Fen): string {
  if (!Number.isSafeInteger(amount)) return formatCny(amount); // throws the MoneyError
  const negative = amount < 0;
  const abs = negative ? -amount : amount;
  const cents = abs % 100;
  let whole = (abs - cents) / 100;
  let text = '';
  while (whole >= 1000) {
    const group = whole % 1000;
    text = (group < 10 ? ',00' : group < 100 ? ',0' : ',') + group + text;
    whole = (whole - group) / 1000;
  }
  text = (negative ? '-¥' : '¥') + whole + text;
  return text + (cents < 10 ? '.0' : '.') + cents;
}
