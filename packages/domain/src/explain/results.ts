import type { Fen } from '../money/money.js';
import { renderMessage, type Message } from './messages.js';
import type { RuleId } from './rules.js';

/** One priced line of an order, quote or refund, with the rules that produced it. */
export interface LineItem {
  /** The English text of `message` (what the API answers by default). */
  readonly description: string;
  /** The description as a message key and its parameters, to render in another language. */
  readonly message?: Message;
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
  /** The English text (of `text`, where the refusal has one). */
  readonly message: string;
  /** The message as a key and its parameters, to render in the caller's language. */
  readonly text?: Message;
  readonly rules: readonly RuleId[];
  /** Path of the input field concerned, when there is one. */
  readonly field?: readonly string[];
}

/** The outcome of a rule: a value with its explanation, or a refusal. */
export type Outcome<T> =
  ({ readonly ok: true } & T) | { readonly ok: false; readonly refusal: Refusal };

/** A refusal; a `Message` is kept with its English text, to be rendered in another language. */
export function refuse(
  code: RefusalCode,
  message: string | Message,
  rules: readonly RuleId[],
  field?: readonly string[],
): { ok: false; refusal: Refusal } {
  // Built without object spreads: V8 (Node 20) takes a slow path for `{ ...a, b }`, which
  // made every quote several times slower.
  if (typeof message === 'string')
    return {
      ok: false,
      refusal: field ? { code, message, rules, field } : { code, message, rules },
    };
  const english = renderMessage(message, 'en');
  return {
    ok: false,
    refusal: field
      ? { code, message: english, text: message, rules, field }
      : { code, message: english, text: message, rules },
  };
}

/** A line item's description: its English text and its message. */
export function described(message: Message): { description: string; message: Message } {
  return { description: renderMessage(message, 'en'), message };
}
