// Pure display formatters. The API sends money as exact decimal strings and business dates as
// `YYYY-MM-DD` (R-MONEY-1, R-TIME-1): these functions rearrange the characters and never turn an
// amount into a float or a business date into a `Date`, so nothing can round or shift a day.

export type Locale = 'en' | 'zh-CN';

const CURRENCY_SYMBOLS: Record<string, string> = { CNY: '¥' };

const DECIMAL = /^(-)?(\d+)(?:\.(\d+))?$/;
const BUSINESS_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

const EN_MONTHS = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
] as const;

/** "1234567" → "1,234,567" (both supported locales group by thousands with a comma). */
export function groupThousands(digits: string): string {
  const head = digits.length % 3 || 3;
  const groups = [digits.slice(0, head)];
  for (let i = head; i < digits.length; i += 3) groups.push(digits.slice(i, i + 3));
  return groups.join(',');
}

/**
 * `"10450.00"` → `"¥10,450.00"`, `"-3.5"` → `"-¥3.50"`. Input that is not a decimal string is
 * shown as it came rather than guessed at.
 */
export function formatMoney(amount: string, currency = 'CNY'): string {
  const match = DECIMAL.exec(amount.trim());
  const symbol = CURRENCY_SYMBOLS[currency] ?? `${currency} `;
  if (!match) return `${symbol}${amount}`;
  const [, minus, whole = '0', fraction = ''] = match;
  const integer = whole.replace(/^0+(?=\d)/, '');
  const cents = fraction.padEnd(2, '0');
  const negative = minus !== undefined && /[1-9]/.test(integer + cents);
  return `${negative ? '-' : ''}${symbol}${groupThousands(integer)}.${cents}`;
}

/** `"2021-05-01"` → `"May 1, 2021"` (en) or `"2021年5月1日"` (zh-CN); no time zone involved. */
export function formatDate(date: string, locale: Locale): string {
  const match = BUSINESS_DATE.exec(date);
  if (!match) return date;
  const [, year, month, day] = match as unknown as [string, string, string, string];
  const m = Number(month);
  const d = Number(day);
  const monthName = EN_MONTHS[m - 1];
  if (!monthName || d < 1 || d > 31) return date;
  return locale === 'zh-CN' ? `${year}年${m}月${d}日` : `${monthName} ${d}, ${year}`;
}

/** A business month (`YYYY-MM`) → `"Oct 2021"` (en) or `"2021年10月"` (zh-CN). */
export function formatMonth(month: string, locale: Locale): string {
  const match = /^(\d{4})-(\d{2})$/.exec(month);
  const monthName = match ? EN_MONTHS[Number(match[2]) - 1] : undefined;
  if (!match || !monthName) return month;
  return locale === 'zh-CN' ? `${match[1]}年${Number(match[2])}月` : `${monthName} ${match[1]}`;
}

/** The business time zone of every date the API sends (R-TIME-1). */
export const BUSINESS_TIME_ZONE = 'Asia/Shanghai';

const businessParts = new Intl.DateTimeFormat('en-CA', {
  timeZone: BUSINESS_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** How a wall-clock time names its zone: the business time zone is UTC+8 all year (no DST). */
const ZONE_SUFFIX: Record<Locale, string> = { en: ' UTC+8', 'zh-CN': '（北京时间）' };

/**
 * An ISO-8601 instant (`DateTime`) shown as a wall-clock time in the business time zone, with
 * the zone, e.g. `"2021-05-01T01:00:00.000Z"` → `"May 1, 2021 09:00 UTC+8"` (or only its
 * business date).
 */
export function formatDateTime(instant: string, locale: Locale, withTime = true): string {
  const time = Date.parse(instant);
  if (Number.isNaN(time)) return instant;
  const parts = Object.fromEntries(
    businessParts.formatToParts(time).map((part) => [part.type, part.value]),
  );
  const date = formatDate(`${parts.year}-${parts.month}-${parts.day}`, locale);
  return withTime ? `${date} ${parts.hour}:${parts.minute}${ZONE_SUFFIX[locale]}` : date;
}
