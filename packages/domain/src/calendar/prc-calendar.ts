import { PRC_CALENDAR_DATA } from './data/prc-calendar.data.js';
import { PRC_CALENDAR_EXTRA } from './data/prc-calendar-extra.data.js';
import { createCalendar, extendCalendar, type WorkingDayCalendar } from './working-day-calendar.js';

/**
 * R-TIME-3: the PRC statutory calendar, from the generated data (chinese-days) plus the years
 * entered by hand. Dates outside [knownFrom, knownThrough] are refused with BEYOND_CALENDAR.
 */
export const PRC_CALENDAR: WorkingDayCalendar = PRC_CALENDAR_EXTRA.reduce(
  extendCalendar,
  createCalendar(PRC_CALENDAR_DATA),
);
