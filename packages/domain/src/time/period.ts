import { addDays, addYears, type BusinessDate } from './business-date.js';

/** R-TIME-1: a period is the half-open range [start, end); service runs through end − 1 day. */
export interface Period {
  readonly start: BusinessDate;
  readonly end: BusinessDate;
}

/** The last day of service of a period, `end − 1 day` (R-TIME-1). */
export function expiresOn(period: Period): BusinessDate {
  return addDays(period.end, -1);
}

export function periodContains(period: Period, date: BusinessDate): boolean {
  return period.start <= date && date < period.end;
}

/** A period of whole years from `start` (R-OPEN-3, R-RENEW-2), month-end clamped (R-TIME-2). */
export function yearsFrom(start: BusinessDate, years: number): Period {
  return { start, end: addYears(start, years) };
}
