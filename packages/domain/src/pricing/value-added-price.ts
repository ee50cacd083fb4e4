import { bookInForce, noBookMessage } from '../catalog/catalog-lookup.js';
import type { Catalog } from '../catalog/catalog-types.js';
import { described, refuse, type LineItem, type Outcome } from '../explain/results.js';
import { fenParam, msg, renderMessage, type Message } from '../explain/messages.js';
import type { RuleId } from '../explain/rules.js';
import { assertFen, type Fen } from '../money/money.js';
import type { BusinessDate } from '../time/business-date.js';
import { isRefused, resolvePlan } from './annual-charge.js';

export interface ValueAddedInput {
  readonly catalog: Catalog;
  /** A plan of a one-off product (`VAS`): CUSTOMER_LIBRARY, MASS_MESSAGES, SMS, BOT. */
  readonly planCode: string;
  readonly quantity: number;
  readonly orderDate: BusinessDate;
  readonly productCode?: string;
}

export interface ValueAddedPrice {
  readonly total: Fen;
  readonly lines: readonly LineItem[];
  readonly rules: readonly RuleId[];
  readonly reason: string;
  /** The reason as a message key and parameters, for other languages. */
  readonly reasonMessage: Message;
  readonly bookId: string;
}

const VAS_RULES: readonly RuleId[] = ['R-CAT-1', 'R-CAT-2', 'R-REF-NONREF'];

/**
 * Decision: at most 1,000 units of one item per order (e.g. 1,000 × 10,000 customers): more is
 * a typo, not a purchase, and a non-refundable one (R-REF-NONREF) at that.
 */
export const MAX_VALUE_ADDED_QUANTITY = 1000;

/**
 * Section 1.4: a value-added item is a one-off purchase, quantity × the one-off price of the
 * book in force on the order date (R-CAT-1); non-refundable once paid (R-REF-NONREF).
 */
export function priceValueAdded(input: ValueAddedInput): Outcome<ValueAddedPrice> {
  const { catalog, planCode, quantity, orderDate } = input;
  const resolved = resolvePlan(catalog, input.productCode ?? 'VAS', planCode);
  if (isRefused(resolved)) return resolved;
  const { product, plan } = resolved;
  if (product.oneOff !== true) {
    return refuse(
      'INVALID_INPUT',
      msg('valueAdded.subscriptionProduct', { productCode: product.code }),
      ['R-CAT-2'],
      ['productCode'],
    );
  }
  if (!Number.isSafeInteger(quantity) || quantity < 1 || quantity > MAX_VALUE_ADDED_QUANTITY) {
    return refuse(
      'INVALID_INPUT',
      msg('valueAdded.quantity', { most: MAX_VALUE_ADDED_QUANTITY, got: quantity }),
      ['R-CAT-2'],
      ['quantity'],
    );
  }
  // An item sold without a unit (none in the demo catalog) is bought one at a time.
  if (plan.unit === undefined && quantity !== 1) {
    return refuse(
      'INVALID_INPUT',
      msg('valueAdded.oneAtATime', {
        plan: { catalog: { product: product.code, plan: plan.code, name: plan.name } },
        got: quantity,
      }),
      ['R-CAT-2'],
      ['quantity'],
    );
  }
  const book = bookInForce(plan, orderDate);
  if (book === undefined) return refuse('NOT_FOUND', noBookMessage(plan, orderDate), ['R-CAT-1']);
  const unitPrice = book.flat?.oneOff;
  if (unitPrice === undefined) {
    return refuse('NOT_FOUND', msg('valueAdded.noPrice', { book: book.id }), ['R-CAT-2']);
  }
  const total = assertFen(quantity * unitPrice);
  const text = described(
    msg('line.valueAdded', {
      quantity,
      plan: { catalog: { product: product.code, plan: plan.code, name: plan.name } },
      unit: plan.unit === undefined ? '' : { unit: plan.unit },
      unitPrice: fenParam(unitPrice),
    }),
  );
  const reasonMessage = msg('reason.valueAdded', {
    line: text.message,
    amount: fenParam(total),
    book: book.id,
  });
  return {
    ok: true,
    total,
    lines: [
      {
        description: text.description,
        message: text.message,
        quantity,
        months: null,
        unitPrice,
        amount: total,
        rules: VAS_RULES,
      },
    ],
    rules: VAS_RULES,
    reason: renderMessage(reasonMessage, 'en'),
    reasonMessage,
    bookId: book.id,
  };
}
