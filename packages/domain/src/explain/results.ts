import type { Fen } from '../money/money.js';
import type { RuleId } from './rules.js';

/** One priced line of an order, quote or refund, with the rules that produced it. */
export interface LineItem {
  readonly description: string;
  readonly quantity: number;
  /** Billable months, where the line is priced by month (R-SEAT-3). */
  readonly months: number | null;
  readonly unitPrice: Fen;
  readonly amount: Fen;
  readonly rules: readonly RuleId[];
}

/**
 * Stable codes for what the rules refuse. The API exposes them as `UserErrorCode`.
 */
export type RefusalCode =
  | 'INVALID_INPUT'
  | 'SEAT_LIMIT'
  | 'PRODUCT_SUNSET'
  | 'INVALID_STATE'
  | 'NOT_REFUNDABLE'
  | 'INSUFFICIENT_BALANCE'
  | 'NOT_FOUND'
  | 'OUTSIDE_WINDOW'
  | 'BEYOND_CALENDAR'
  | 'ALREADY_INVOICED'
  | 'TITLE_MISMATCH';

/** Why the rules refuse something: a code, a readable message and the rules that decided it. */
export interface Refusal {
  readonly code: RefusalCode;
  readonly message: string;
  readonly rules: readonly RuleId[];
  /** Path of the input field concerned, when there is one. */
  readonly field?: readonly string[];
}

/** The outcome of a rule: a value with its explanation, or a refusal. */
export type Outcome<T> =
  ({ readonly ok: true } & T) | { readonly ok: false; readonly refusal: Refusal };

export function refuse(
  code: RefusalCode,
  message: string,
  rules: readonly RuleId[],
  field?: readonly string[],
): { ok: false; refusal: Refusal } {
  return { ok: false, refusal: field ? { code, message, rules, field } : { code, message, rules } };
}
