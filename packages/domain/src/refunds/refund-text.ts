import type { Fen } from '../money/money.js';

/**
 * Same text as `formatCny` (`¥3,990.00`, `¥1,005.46`), without its regex and splits:
 * decisions format up to ten amounts each and must stay fast. Pinned to `formatCny` by a
 * property test; internal to refunds (not re-exported).
 */
export function refundCny(amount: Fen): string {
  const negative = amount < 0;
  const abs = negative ? -amount : amount;
  const cents = abs % 100;
  let whole = (abs - cents) / 100;
  let grouped = '';
  while (whole >= 1000) {
    const group = whole % 1000;
    grouped = `,${group < 10 ? '00' : group < 100 ? '0' : ''}${group}${grouped}`;
    whole = (whole - group) / 1000;
  }
  const sign = negative ? '-¥' : '¥';
  return `${sign}${whole}${grouped}.${cents < 10 ? '0' : ''}${cents}`;
}
