import { isMessage, renderMessage, type Message } from '@billing/domain';
import { GraphQLError } from 'graphql';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { requestLocale } from '../locale.js';

/** Stable codes for business refusals (the contract's `UserErrorCode`). */
export enum UserErrorCode {
  INVALID_INPUT = 'INVALID_INPUT',
  NOT_FOUND = 'NOT_FOUND',
  SEAT_LIMIT = 'SEAT_LIMIT',
  NOT_REFUNDABLE = 'NOT_REFUNDABLE',
  INVALID_STATE = 'INVALID_STATE',
  INSUFFICIENT_BALANCE = 'INSUFFICIENT_BALANCE',
  PRODUCT_SUNSET = 'PRODUCT_SUNSET',
  IDEMPOTENCY_KEY_REUSED = 'IDEMPOTENCY_KEY_REUSED',
  OUTSIDE_WINDOW = 'OUTSIDE_WINDOW',
  BEYOND_CALENDAR = 'BEYOND_CALENDAR',
  ALREADY_INVOICED = 'ALREADY_INVOICED',
  TITLE_MISMATCH = 'TITLE_MISMATCH',
  FAPIAO_NUMBER_TAKEN = 'FAPIAO_NUMBER_TAKEN',
}
registerEnumType(UserErrorCode, {
  name: 'UserErrorCode',
  description: 'Why a business rule refused a request. Codes are stable.',
  valuesConfig: {
    INVALID_INPUT: {
      description: 'An input value is malformed, out of range or missing; `field` names it.',
    },
    NOT_FOUND: { description: 'An id names nothing the caller may see.' },
    SEAT_LIMIT: {
      description: 'The seat count is outside the plan’s minimum and maximum (R-CAT-3, R-SEAT-1).',
    },
    NOT_REFUNDABLE: {
      description: 'No refund rule allows the refund (R-REF-OTHERWISE, R-REF-NONREF…).',
    },
    INVALID_STATE: {
      description:
        'The object is not in a state that allows the request (e.g. adding seats in grace, R-LIFE-2).',
    },
    INSUFFICIENT_BALANCE: {
      description:
        'The prepaid balance does not cover the amount and never goes negative (R-PAY-4).',
    },
    PRODUCT_SUNSET: {
      description:
        'The product is sunset: no purchases or renewals after its sunset day (R-CAT-4).',
    },
    IDEMPOTENCY_KEY_REUSED: {
      description:
        'The idempotencyKey was already used for a different request; a retry of the same request answers as the first time did.',
    },
    OUTSIDE_WINDOW: {
      description:
        'Too early or too late: outside the renewal window (R-RENEW-1) or a claim window (R-REF-WINDOW).',
    },
    BEYOND_CALENDAR: {
      description:
        'A due date falls past the last year of the working-day calendar the API knows (R-TIME-3): no date is guessed.',
    },
    ALREADY_INVOICED: {
      description: 'The payment already has its invoice: one invoice per payment (R-INV-3).',
    },
    TITLE_MISMATCH: {
      description: 'The invoice title is not the account’s verified enterprise name (R-INV-1).',
    },
    FAPIAO_NUMBER_TAKEN: {
      description: 'The fapiao number was already used, voided or not (R-INV-3).',
    },
  },
});

@ObjectType({ description: 'A business refusal: the request broke a rule and changed nothing.' })
export class UserError {
  @Field(() => UserErrorCode, { description: 'Why, as a stable code to branch on.' })
  code!: UserErrorCode;

  @Field(() => String, {
    description:
      'What is wrong and what to do next, in plain words, with the rule id that decided it; for people, not to parse.',
  })
  message!: string;

  @Field(() => [String], { nullable: true, description: 'Path of the input field concerned.' })
  field?: string[] | null;
}

/**
 * A user error. Its message is English text, or a `Message` of the domain catalogue, written in
 * the caller's language (`requestLocale()`, English outside a request) when the error is made:
 * make it while answering the request, not once at module load.
 */
export function userError(
  code: UserErrorCode,
  message: string | Message,
  field?: string[],
): UserError {
  const text = isMessage(message) ? renderMessage(message, requestLocale()) : message;
  return { code, message: text, field: field ?? null };
}

/**
 * BAD_USER_INPUT for a query argument a resolver refuses (a mutation answers a `UserError`
 * instead), its message in the caller's language; `field` names the argument.
 */
export function badUserInput(message: string | Message, field?: readonly string[]): GraphQLError {
  const text = isMessage(message) ? renderMessage(message, requestLocale()) : message;
  return new GraphQLError(text, {
    extensions:
      field === undefined ? { code: 'BAD_USER_INPUT' } : { code: 'BAD_USER_INPUT', field },
  });
}
