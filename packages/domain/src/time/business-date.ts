/**
 * Business dates (R-TIME-1): calendar dates in Asia/Shanghai, written `YYYY-MM-DD`.
 * Arithmetic is on day numbers (days since 1970-01-01), never on Date objects or the clock.
 */
import type { Message } from '../explain/messages.js';

export type BusinessDate = string & { readonly __businessDate: true };

export class DateError extends RangeError {
  override readonly name = 'DateError';

  constructor(
    message: string,
    /** The refusal of a user's date as a message (its English is `message`), if it is one. */
    readonly text?: Message,
  ) {
    super(message);
  }
}

const DATE_TEXT = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;
/** Asia/Shanghai has been UTC+8 without daylight saving since 1991. */
const SHANGHAI_OFFSET_MS = 8 * 3_600_000;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
function dayNumberOf(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

function format(year: number, month: number, day: number): BusinessDate {
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}` as BusinessDate;
}

/** Parses and validates `YYYY-MM-DD` (a real calendar date, years 1000–9999). */
export function parseDate(text: string): BusinessDate {
  const match = DATE_TEXT.exec(text);
  if (match) {
    const year = Number(match[1]);
    const month = Number(match[2]);
    const day = Number(match[3]);
    if (year >= 1000 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)) {
      return text as BusinessDate;
    }
  }
  throw new DateError(`"${text}" is not a calendar date in the form YYYY-MM-DD`, {
    key: 'api.date.invalid',
    params: { value: text },
  });
}

export function isBusinessDate(text: string): text is BusinessDate {
  try {
    parseDate(text);
    return true;
  } catch {
    return false;
  }
}

/** Splits a date into its parts: `{ year, month (1–12), day }`. */
export function dateParts(date: BusinessDate): { year: number; month: number; day: number } {
  return {
    year: Number(date.slice(0, 4)),
    month: Number(date.slice(5, 7)),
    day: Number(date.slice(8, 10)),
  };
}

export function toDayNumber(date: BusinessDate): number {
  const { year, month, day } = dateParts(date);
  return dayNumberOf(year, month, day);
}

export function fromDayNumber(dayNumber: number): BusinessDate {
  const z = dayNumber + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return format(year, month, day);
}

export function addDays(date: BusinessDate, days: number): BusinessDate {
  return fromDayNumber(toDayNumber(date) + days);
}

/** R-TIME-2: adding months clamps to the month end (2024-01-31 + 1 month = 2024-02-29). */
export function addMonths(date: BusinessDate, months: number): BusinessDate {
  if (!Number.isInteger(months)) throw new DateError(`months must be an integer, got ${months}`);
  const { year, month, day } = dateParts(date);
  const index = year * 12 + (month - 1) + months;
  const newYear = Math.floor(index / 12);
  const newMonth = index - newYear * 12 + 1;
  return format(newYear, newMonth, Math.min(day, daysInMonth(newYear, newMonth)));
}

export function addYears(date: BusinessDate, years: number): BusinessDate {
  return addMonths(date, years * 12);
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: BusinessDate, to: BusinessDate): number {
  return toDayNumber(to) - toDayNumber(from);
}

export function compareDates(a: BusinessDate, b: BusinessDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function minDate(a: BusinessDate, b: BusinessDate): BusinessDate {
  return a <= b ? a : b;
}

export function maxDate(a: BusinessDate, b: BusinessDate): BusinessDate {
  return a >= b ? a : b;
}

/** 0 = Sunday … 6 = Saturday. */
export function dayOfWeek(date: BusinessDate): number {
  return (((toDayNumber(date) + 4) % 7) + 7) % 7;
}

/** The Asia/Shanghai business date of an instant given as epoch milliseconds (R-TIME-1). */
export function businessDateAt(epochMs: number): BusinessDate {
  if (!Number.isFinite(epochMs))
    throw new DateError(`An instant must be a finite time in milliseconds, got ${epochMs}`);
  return fromDayNumber(Math.floor((epochMs + SHANGHAI_OFFSET_MS) / MS_PER_DAY));
}

/** The instant (epoch ms) at which a business date begins in Asia/Shanghai. */
export function startOfBusinessDate(date: BusinessDate): number {
  return toDayNumber(date) * MS_PER_DAY - SHANGHAI_OFFSET_MS;
}
