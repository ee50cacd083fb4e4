import { msg, type Message } from '../explain/messages.js';
import type { RuleId } from '../explain/rules.js';
import { refuse, type Outcome } from '../explain/results.js';
import { fromDayNumber, parseDate, toDayNumber, type BusinessDate } from '../time/business-date.js';

/**
 * R-TIME-3: the PRC statutory working-day calendar as data. Dates are `YYYY-MM-DD`.
 * `holidays` are the public-holiday days off (weekend days inside a holiday span may be listed);
 * `workdays` are the adjusted working days (调休上班), always on a Saturday or Sunday.
 */
export interface CalendarData {
  readonly knownFrom: string;
  readonly knownThrough: string;
  readonly holidays: readonly string[];
  readonly workdays: readonly string[];
}

/** What a date is in the calendar. */
export type CalendarDayKind = 'WORKDAY' | 'WEEKEND' | 'PUBLIC_HOLIDAY' | 'ADJUSTED_WORKDAY';

/**
 * Precomputed tables over [knownFrom, knownThrough], indexed by `dayNumber − firstDay`.
 * Built only by `createCalendar` / `extendCalendar`; callers treat it as opaque.
 */
export interface CalendarLookup {
  readonly firstDay: number;
  /** Kind code per day: 0 workday, 1 weekend, 2 public holiday, 3 adjusted workday. */
  readonly kinds: Uint8Array;
  /** workingUpTo[i] = working days among indexes 0..i−1 (length = days + 1). */
  readonly workingUpTo: Int32Array;
  /** adjustedUpTo[i] = adjusted workdays among indexes 0..i−1 (length = days + 1). */
  readonly adjustedUpTo: Int32Array;
  /** Day numbers of every working day, ascending. */
  readonly workingDays: Int32Array;
}

export interface WorkingDayCalendar {
  readonly knownFrom: BusinessDate;
  readonly knownThrough: BusinessDate;
  readonly lookup: CalendarLookup;
}

/** Bad calendar data is a programmer/data error, not a business refusal. */
export class CalendarDataError extends RangeError {
  override readonly name = 'CalendarDataError';
}

const WORKDAY = 0;
const WEEKEND = 1;
const PUBLIC_HOLIDAY = 2;
const ADJUSTED_WORKDAY = 3;
const KIND_NAMES: readonly CalendarDayKind[] = [
  'WORKDAY',
  'WEEKEND',
  'PUBLIC_HOLIDAY',
  'ADJUSTED_WORKDAY',
];
const KIND_TEXT = [
  'a working day',
  'a weekend day',
  'a public holiday',
  'an adjusted working day (调休上班)',
];
const WEEKDAY_NAMES = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

function isWorkingKind(kind: number): boolean {
  return kind === WORKDAY || kind === ADJUSTED_WORKDAY;
}

function dataDate(text: string, what: string): BusinessDate {
  try {
    return parseDate(text);
  } catch {
    throw new CalendarDataError(`calendar ${what} "${text}" is not a date in the form YYYY-MM-DD`);
  }
}

function buildLookup(firstDay: number, kinds: Uint8Array): WorkingDayCalendar {
  const days = kinds.length;
  const workingUpTo = new Int32Array(days + 1);
  const adjustedUpTo = new Int32Array(days + 1);
  let working = 0;
  let adjusted = 0;
  for (let i = 0; i < days; i++) {
    const kind = kinds[i] ?? WORKDAY;
    if (isWorkingKind(kind)) working++;
    if (kind === ADJUSTED_WORKDAY) adjusted++;
    workingUpTo[i + 1] = working;
    adjustedUpTo[i + 1] = adjusted;
  }
  const workingDays = new Int32Array(working);
  for (let i = 0, w = 0; i < days; i++)
    if (isWorkingKind(kinds[i] ?? WORKDAY)) workingDays[w++] = firstDay + i;
  return {
    knownFrom: fromDayNumber(firstDay),
    knownThrough: fromDayNumber(firstDay + days - 1),
    lookup: { firstDay, kinds, workingUpTo, adjustedUpTo, workingDays },
  };
}

/**
 * Builds a calendar from data (R-TIME-3). Throws `CalendarDataError` on malformed dates, an
 * empty or inverted range, dates outside the range, a date both holiday and workday, or an
 * adjusted workday that is not a Saturday or Sunday.
 */
export function createCalendar(data: CalendarData): WorkingDayCalendar {
  const firstDay = toDayNumber(dataDate(data.knownFrom, 'knownFrom'));
  const lastDay = toDayNumber(dataDate(data.knownThrough, 'knownThrough'));
  if (lastDay < firstDay) {
    throw new CalendarDataError(
      `calendar knownThrough ${data.knownThrough} is before knownFrom ${data.knownFrom}`,
    );
  }
  const kinds = new Uint8Array(lastDay - firstDay + 1);
  for (let day = firstDay, i = 0; day <= lastDay; day++, i++) {
    const weekday = (((day + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday
    kinds[i] = weekday === 0 || weekday === 6 ? WEEKEND : WORKDAY;
  }
  const inRange = (text: string, what: string): number => {
    const day = toDayNumber(dataDate(text, what));
    if (day < firstDay || day > lastDay) {
      throw new CalendarDataError(
        `calendar ${what} ${text} lies outside [${data.knownFrom}, ${data.knownThrough}]`,
      );
    }
    return day - firstDay;
  };
  for (const text of data.holidays) kinds[inRange(text, 'holiday')] = PUBLIC_HOLIDAY;
  for (const text of data.workdays) {
    const index = inRange(text, 'adjusted workday');
    const kind = kinds[index];
    if (kind === PUBLIC_HOLIDAY)
      throw new CalendarDataError(`calendar date ${text} is both a holiday and a workday`);
    if (kind !== WEEKEND && kind !== ADJUSTED_WORKDAY) {
      throw new CalendarDataError(`calendar adjusted workday ${text} is not a Saturday or Sunday`);
    }
    kinds[index] = ADJUSTED_WORKDAY;
  }
  return buildLookup(firstDay, kinds);
}

/**
 * Adds newly announced data (the State Council publishes next year's calendar each November).
 * Within `more`'s range, `more` is authoritative (it may revise the end of December of the
 * previous year, as the 2019 notice did for 2018-12-29..31); outside it, `base` is kept.
 * The ranges must overlap or touch: a gap would be an unknown stretch inside the calendar.
 */
export function extendCalendar(base: WorkingDayCalendar, more: CalendarData): WorkingDayCalendar {
  const added = createCalendar(more);
  const a = base.lookup;
  const b = added.lookup;
  const aLast = a.firstDay + a.kinds.length - 1;
  const bLast = b.firstDay + b.kinds.length - 1;
  if (b.firstDay > aLast + 1 || bLast < a.firstDay - 1) {
    throw new CalendarDataError(
      `calendar data [${added.knownFrom}, ${added.knownThrough}] leaves a gap next to [${base.knownFrom}, ${base.knownThrough}]`,
    );
  }
  const firstDay = Math.min(a.firstDay, b.firstDay);
  const kinds = new Uint8Array(Math.max(aLast, bLast) - firstDay + 1);
  kinds.set(a.kinds, a.firstDay - firstDay);
  kinds.set(b.kinds, b.firstDay - firstDay);
  return buildLookup(firstDay, kinds);
}

/** 1970-01-01 (day 0) was a Thursday. */
function weekdayName(dayNumber: number): string | undefined {
  return WEEKDAY_NAMES[(((dayNumber + 4) % 7) + 7) % 7];
}

function beyondCalendar(cal: WorkingDayCalendar, date: BusinessDate, field: string) {
  const before = date < cal.knownFrom;
  return refuse(
    'BEYOND_CALENDAR',
    before
      ? msg('calendar.before', { date, first: cal.knownFrom })
      : msg('calendar.after', { date, last: cal.knownThrough }),
    ['R-TIME-3'],
    [field],
  );
}

/** R-TIME-3: whether `date` is a working day; a date outside the calendar is refused. */
export function isWorkingDay(
  cal: WorkingDayCalendar,
  date: BusinessDate,
): Outcome<{ working: boolean; kind: CalendarDayKind; rules: RuleId[]; reason: string }> {
  const { firstDay, kinds } = cal.lookup;
  const dayNumber = toDayNumber(date);
  const kind = kinds[dayNumber - firstDay];
  if (kind === undefined) return beyondCalendar(cal, date, 'date');
  return {
    ok: true,
    working: isWorkingKind(kind),
    kind: KIND_NAMES[kind] ?? 'WORKDAY',
    rules: ['R-TIME-3'],
    reason: `${date} (${weekdayName(dayNumber)}) is ${KIND_TEXT[kind]} (R-TIME-3)`,
  };
}

/**
 * R-TIME-3: the n-th working day strictly after `from` (n ≥ 1). Both `from` and the result must
 * lie within the calendar; otherwise the answer is refused with BEYOND_CALENDAR, never guessed.
 */
export function addWorkingDays(
  cal: WorkingDayCalendar,
  from: BusinessDate,
  n: number,
): Outcome<{ date: BusinessDate; rules: RuleId[]; reason: string; reasonMessage: Message }> {
  if (!Number.isSafeInteger(n) || n < 1) {
    return refuse('INVALID_INPUT', msg('calendar.notWhole', { got: n }), ['R-TIME-3'], ['n']);
  }
  const { firstDay, kinds, workingUpTo, adjustedUpTo, workingDays } = cal.lookup;
  const fromDay = toDayNumber(from);
  const index = fromDay - firstDay;
  if (index < 0 || index >= kinds.length) return beyondCalendar(cal, from, 'from');
  // Working days on or before `from` come first in workingDays; the n-th after is n − 1 further.
  const position = (workingUpTo[index + 1] ?? 0) + n - 1;
  const resultDay = workingDays[position];
  if (resultDay === undefined) {
    return refuse(
      'BEYOND_CALENDAR',
      msg('calendar.beyond', { n, from, last: cal.knownThrough }),
      ['R-TIME-3'],
      ['n'],
    );
  }
  const resultIndex = resultDay - firstDay;
  const daysOff = resultDay - fromDay - n;
  const adjusted = (adjustedUpTo[resultIndex + 1] ?? 0) - (adjustedUpTo[index + 1] ?? 0);
  const date = fromDayNumber(resultDay);
  const reasonMessage = msg('calendar.workingDaysAfter', {
    n,
    from,
    fromWeekday: weekdayName(fromDay) ?? '',
    date,
    dateWeekday: weekdayName(resultDay) ?? '',
    daysOff,
    adjusted,
  });
  return {
    ok: true,
    date,
    rules: ['R-TIME-3'],
    reason:
      `${n} working ${n === 1 ? 'day' : 'days'} after ${from} (${weekdayName(fromDay)}) = ${date} ` +
      `(${weekdayName(resultDay)}) (R-TIME-3: ${daysOff} weekend/holiday ${daysOff === 1 ? 'day' : 'days'} skipped` +
      `${adjusted > 0 ? `, ${adjusted} adjusted working ${adjusted === 1 ? 'day' : 'days'} counted` : ''})`,
    reasonMessage,
  };
}
