/**
 * R-MONEY-1: money is exact. An amount is an integer number of fen (1 CNY = 100 fen),
 * held in a JS number but always a safe integer; no fractional fen ever exists.
 * Division rounds half-up to the fen, once, at the line that produces it.
 */
import type { Message } from '../explain/messages.js';

export type Fen = number;

export class MoneyError extends RangeError {
  override readonly name = 'MoneyError';

  constructor(
    message: string,
    /** The refusal of a user's amount as a message (its English is `message`), if it is one. */
    readonly text?: Message,
  ) {
    super(message);
  }
}

/** Guards that a value is a whole number of fen (R-MONEY-1). */
export function assertFen(value: number, what = 'amount'): Fen {
  if (!Number.isSafeInteger(value)) {
    throw new MoneyError(`${what} must be a whole number of fen, got ${String(value)}`);
  }
  return value;
}

/** Whole yuan to fen: `yuan(1000)` is 100000 fen. Catalog data uses this. */
export function yuan(wholeYuan: number): Fen {
  if (!Number.isSafeInteger(wholeYuan)) {
    throw new MoneyError(
      `An amount in whole yuan must be a whole number, got ${wholeYuan}: give amounts with decimals as a string such as "10450.00"`,
    );
  }
  return assertFen(wholeYuan * 100);
}

const MONEY_TEXT = /^(-)?(0|[1-9]\d{0,13})(?:\.(\d{1,2}))?$/;

/**
 * Parses a decimal amount in yuan, e.g. `"10450.00"` → 1045000 fen. Up to two decimals;
 * more precision is refused rather than silently rounded.
 */
export function parseMoney(text: string): Fen {
  const match = MONEY_TEXT.exec(text.trim());
  if (!match) {
    throw new MoneyError(
      `"${text}" is not an amount in yuan with at most two decimals (e.g. "10450.00")`,
      { key: 'api.decimal.invalid', params: { value: text } },
    );
  }
  const [, minus, whole, decimals = ''] = match;
  const fen = Number(whole) * 100 + Number(decimals.padEnd(2, '0'));
  const amount = minus && fen !== 0 ? -fen : fen;
  // Fourteen digits of yuan can pass the safe integers of fen: refused as assertFen words it.
  if (!Number.isSafeInteger(amount))
    throw new MoneyError(`amount must be a whole number of fen, got ${String(amount)}`, {
      key: 'api.decimal.notFen',
      params: { got: String(amount) },
    });
  return amount;
}

/** Formats fen as a decimal with exactly two decimals: 1045000 → `"10450.00"`. */
export function formatMoney(amount: Fen): string {
  assertFen(amount);
  const sign = amount < 0 ? '-' : '';
  const abs = Math.abs(amount);
  const cents = abs % 100;
  return `${sign}${(abs - cents) / 100}.${cents < 10 ? '0' : ''}${cents}`;
}

/**
 * Formats fen for explanations the way the web client's tables write money:
 * 399000 → `"¥3,990.00"`, 10050 → `"¥100.50"`, -5 → `"-¥0.05"`.
 */
export function formatCny(amount: Fen): string {
  const [whole = '0', decimals = '00'] = formatMoney(amount).split('.');
  const negative = whole.startsWith('-');
  const digits = negative ? whole.slice(1) : whole;
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${negative ? '-' : ''}¥${grouped}.${decimals}`;
}

/** Sum of amounts, guarding every term (R-MONEY-1). */
export function sumFen(amounts: readonly Fen[]): Fen {
  let total = 0;
  for (const amount of amounts) total += assertFen(amount);
  return assertFen(total);
}

/** Multiplies an amount by integer factors, guarding against leaving the safe range. */
export function multiplyFen(amount: Fen, ...factors: number[]): Fen {
  let result = assertFen(amount);
  for (const factor of factors) {
    if (!Number.isSafeInteger(factor))
      throw new MoneyError(`factor must be an integer, got ${factor}`);
    result *= factor;
  }
  return assertFen(result, 'product');
}

/**
 * `amount × numerator / denominator`, rounded half-up (away from zero at .5) to the fen,
 * exactly: integer arithmetic only (R-MONEY-1).
 */
export function mulDivHalfUp(amount: Fen, numerator: number, denominator: number): Fen {
  assertFen(amount);
  if (!Number.isSafeInteger(numerator) || !Number.isSafeInteger(denominator) || denominator <= 0) {
    throw new MoneyError(
      `ratio ${numerator}/${denominator} must be integers with a positive denominator`,
    );
  }
  const product = BigInt(amount) * BigInt(numerator);
  const negative = product < 0n;
  const abs = negative ? -product : product;
  const den = BigInt(denominator);
  let quotient = abs / den;
  if ((abs % den) * 2n >= den) quotient += 1n;
  return assertFen(Number(negative ? -quotient : quotient), 'result');
}
