// Exact conversions between the API's `Decimal` strings ("10450.00", R-MONEY-1) and integer
// fen. Conversions only: prices, prorations and refunds are computed by the API, never here.

/** The API's `Decimal`: yuan as a string with exactly two decimals, e.g. "10450.00". */
export type Decimal = string;

const DECIMAL = /^(-?)(\d+)\.(\d{2})$/;

/** "10450.00" → 1045000n. Throws on anything that is not an exact two-decimal amount. */
export function toFen(amount: Decimal | { amount: Decimal }): bigint {
  const text = typeof amount === 'string' ? amount : amount.amount;
  const match = DECIMAL.exec(text);
  if (!match) throw new RangeError(`Not a Decimal with exactly two decimals: "${text}"`);
  const fen = BigInt(match[2]!) * 100n + BigInt(match[3]!);
  return match[1] ? -fen : fen;
}

/** "10450.00" → 1045000, refusing amounts a JavaScript number cannot hold exactly. */
export function toFenNumber(amount: Decimal | { amount: Decimal }): number {
  const fen = toFen(amount);
  if (fen > BigInt(Number.MAX_SAFE_INTEGER) || fen < BigInt(Number.MIN_SAFE_INTEGER)) {
    throw new RangeError(
      `${String(fen)} fen is beyond Number.MAX_SAFE_INTEGER: use toFen (bigint)`,
    );
  }
  return Number(fen);
}

/** 1045000n (or a safe integer) → "10450.00", the form the API's `Decimal` inputs take. */
export function fromFen(fen: bigint | number): Decimal {
  if (typeof fen === 'number' && !Number.isSafeInteger(fen)) {
    throw new RangeError(`fen must be a safe integer, got ${fen}`);
  }
  const value = BigInt(fen);
  const sign = value < 0n ? '-' : '';
  const abs = value < 0n ? -value : value;
  return `${sign}${abs / 100n}.${String(abs % 100n).padStart(2, '0')}`;
}
