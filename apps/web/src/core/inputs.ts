// Pure readers of what a user typed into a form, before it is sent to the API. They only parse
// and re-spell input (never price, date or decide anything): the API validates and refuses with
// userErrors; these just keep obviously malformed text from being sent.

/** `"6"` → 6; empty, negative, fractional or non-numeric text → null. */
export function parseWholeNumber(text: string): number | null {
  const trimmed = text.trim();
  if (!/^\d{1,6}$/.test(trimmed)) return null;
  return Number(trimmed);
}

/**
 * An amount as typed (`"3990"`, `"3,990.5"`, `"¥3990.50"`) spelled as the API's Decimal
 * (`"3990.50"`); null when it is not a plain non-negative amount with at most two decimals.
 * String work only: no float ever holds the amount (R-MONEY-1).
 */
export function normalizeDecimalInput(text: string): string | null {
  const cleaned = text.trim().replace(/^¥/, '').replace(/,/g, '');
  const match = /^(\d{1,12})(?:\.(\d{0,2}))?$/.exec(cleaned);
  if (!match) return null;
  const [, whole = '0', fraction = ''] = match;
  return `${whole.replace(/^0+(?=\d)/, '')}.${fraction.padEnd(2, '0')}`;
}

/** One entry per non-blank line (document and evidence references). */
export function linesOf(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
}

/** The business time zone's offset: Asia/Shanghai has no daylight saving (R-TIME-1). */
const BUSINESS_OFFSET = '+08:00';

/**
 * A wall-clock date and time typed in the business time zone as an ISO-8601 instant for a
 * `DateTime` argument: `("2021-04-20", "10:00")` → `"2021-04-20T10:00:00+08:00"`.
 */
export function businessInstant(date: string, time: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !/^\d{2}:\d{2}$/.test(time)) return null;
  return `${date}T${time}:00${BUSINESS_OFFSET}`;
}
