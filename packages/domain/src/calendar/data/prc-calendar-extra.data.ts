import type { CalendarData } from '../working-day-calendar.js';

/**
 * R-TIME-3: years announced by the State Council (each November) that the installed
 * chinese-days package does not cover yet, typed in by hand from the official notice
 * (国务院办公厅关于YYYY年部分节假日安排的通知, gov.cn). Each entry is merged over the generated
 * data with `extendCalendar`, in order; within its range it is authoritative. See docs/calendar.md.
 *
 * Empty on purpose: nothing after 2026-12-31 is in the data until someone enters a notice.
 */
export const PRC_CALENDAR_EXTRA: readonly CalendarData[] = [];
