import {
  businessDateAt,
  DateError,
  isBusinessDate,
  MoneyError,
  formatMoney,
  msg,
  parseDate,
  parseMoney,
  quotedInput,
  type BusinessDate,
  type Fen,
} from '@billing/domain';
import { GraphQLScalarType, Kind, type ValueNode } from 'graphql';
import { badUserInput } from './user-error.js';

/*
 * A scalar's refusal is a BAD_USER_INPUT error in the caller's language: values are parsed while
 * the request is validated (a literal) or its variables coerced, inside the request's context
 * (`requestLocale()`). A variable's error reaches the client inside graphql-js's own frame
 * ("Variable "$x" got invalid value …; "), which `maskError` writes in the same language.
 */

function literalString(ast: ValueNode, scalar: 'Date' | 'DateTime' | 'Decimal'): string {
  if (ast.kind !== Kind.STRING) throw badUserInput(msg('api.scalar.notString', { scalar }));
  return ast.value;
}

function parseDecimal(value: unknown): Fen {
  if (typeof value !== 'string') throw badUserInput(msg('api.decimal.notString'));
  try {
    return parseMoney(value);
  } catch (error) {
    // parseMoney's refusals carry their message (the English is the error's, byte for byte).
    if (error instanceof MoneyError) throw badUserInput(error.text ?? error.message);
    throw error;
  }
}

/**
 * `Decimal`: an amount in CNY as a string with two decimals (`"10450.00"`), never a float.
 * Inside the API the value is an integer number of fen (R-MONEY-1).
 */
export const DecimalScalar = new GraphQLScalarType<Fen, string>({
  name: 'Decimal',
  description:
    'An exact amount in yuan as a string with exactly two decimals, e.g. "10450.00" (R-MONEY-1).',
  serialize: (value) => {
    if (typeof value !== 'number') throw new TypeError('Decimal serializes integer fen');
    return formatMoney(value);
  },
  parseValue: parseDecimal,
  parseLiteral: (ast) => parseDecimal(literalString(ast, 'Decimal')),
});

function parseBusinessDate(value: unknown): BusinessDate {
  if (typeof value !== 'string') throw badUserInput(msg('api.date.notString'));
  try {
    return parseDate(value);
  } catch (error) {
    if (error instanceof DateError) throw badUserInput(error.text ?? error.message);
    throw error;
  }
}

/** `Date`: a business date `YYYY-MM-DD` in Asia/Shanghai (R-TIME-1). */
export const DateScalar = new GraphQLScalarType<BusinessDate, string>({
  name: 'Date',
  description: 'A calendar date YYYY-MM-DD in Asia/Shanghai (R-TIME-1).',
  serialize: (value) => parseBusinessDate(value),
  parseValue: parseBusinessDate,
  parseLiteral: (ast) => parseBusinessDate(literalString(ast, 'Date')),
});

/** The dates (Asia/Shanghai) a DateTime may fall on. */
export const EARLIEST_INSTANT_DATE = '1900-01-01';
export const LATEST_INSTANT_DATE = '2999-12-31';

function parseInstant(value: unknown): Date {
  if (
    typeof value !== 'string' ||
    !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/.test(value)
  ) {
    throw badUserInput(msg('api.dateTime.format'));
  }
  const instant = new Date(value);
  // JavaScript rolls a day past the month's end over (2021-02-30 reads as 2021-03-02): only a
  // real calendar date is an instant here.
  if (Number.isNaN(instant.getTime()) || !isBusinessDate(value.slice(0, 10)))
    throw badUserInput(msg('api.dateTime.invalid', { value: quotedInput(value) }));
  // Business dates have four-digit years and dates are added to: an instant far outside the
  // years billing deals with would reach the database as a date it cannot order (year 10000).
  const date = businessDateAt(instant.getTime());
  if (date < EARLIEST_INSTANT_DATE || date > LATEST_INSTANT_DATE)
    throw badUserInput(
      msg('api.dateTime.range', {
        value: quotedInput(value),
        earliest: EARLIEST_INSTANT_DATE,
        latest: LATEST_INSTANT_DATE,
      }),
    );
  return instant;
}

/** `DateTime`: an ISO-8601 instant. */
export const DateTimeScalar = new GraphQLScalarType<Date, string>({
  name: 'DateTime',
  description: 'An ISO-8601 instant, e.g. "2021-05-01T01:00:00.000Z".',
  serialize: (value) => {
    if (value instanceof Date) return value.toISOString();
    if (typeof value === 'string') return parseInstant(value).toISOString();
    throw new TypeError('DateTime serializes Date instances');
  },
  parseValue: parseInstant,
  parseLiteral: (ast) => parseInstant(literalString(ast, 'DateTime')),
});
