import {
  businessDateAt,
  DateError,
  isBusinessDate,
  MoneyError,
  formatMoney,
  parseDate,
  parseMoney,
  quotedInput,
  type BusinessDate,
  type Fen,
} from '@billing/domain';
import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from 'graphql';

function badInput(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });
}

function literalString(ast: ValueNode, scalar: string): string {
  if (ast.kind !== Kind.STRING) throw badInput(`${scalar} must be given as a string`);
  return ast.value;
}

function parseDecimal(value: unknown): Fen {
  if (typeof value !== 'string') throw badInput('Decimal must be a string such as "10450.00"');
  try {
    return parseMoney(value);
  } catch (error) {
    if (error instanceof MoneyError) throw badInput(error.message);
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
  if (typeof value !== 'string') throw badInput('Date must be a string YYYY-MM-DD');
  try {
    return parseDate(value);
  } catch (error) {
    if (error instanceof DateError) throw badInput(error.message);
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
    throw badInput(
      'DateTime must be an ISO-8601 instant with an offset, e.g. "2021-05-01T09:00:00+08:00"',
    );
  }
  const instant = new Date(value);
  // JavaScript rolls a day past the month's end over (2021-02-30 reads as 2021-03-02): only a
  // real calendar date is an instant here.
  if (Number.isNaN(instant.getTime()) || !isBusinessDate(value.slice(0, 10)))
    throw badInput(
      `${quotedInput(value)} is not a valid instant: give a real date and time, e.g. "2021-05-01T09:00:00+08:00"`,
    );
  // Business dates have four-digit years and dates are added to: an instant far outside the
  // years billing deals with would reach the database as a date it cannot order (year 10000).
  const date = businessDateAt(instant.getTime());
  if (date < EARLIEST_INSTANT_DATE || date > LATEST_INSTANT_DATE)
    throw badInput(
      `${quotedInput(value)} is out of range: give an instant whose date in Asia/Shanghai is from ${EARLIEST_INSTANT_DATE} to ${LATEST_INSTANT_DATE}, e.g. "2021-05-01T09:00:00+08:00"`,
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
