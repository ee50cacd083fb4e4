import type { Templates } from '../explain/message-template.js';

/**
 * R-TIME-3: what the working-day calendar refuses (a date outside it, a count of days that is not
 * one). The English templates write exactly the text the calendar has always returned.
 */
export const CALENDAR_REFUSAL_MESSAGES = {
  'calendar.before': {
    en: (p) =>
      `${p.date} is before ${p.first}, the first date the working-day calendar knows (R-TIME-3)`,
    'zh-CN': (p) => `${p.date} 早于工作日日历的第一天 ${p.first}（R-TIME-3）`,
  },
  'calendar.after': {
    en: (p) =>
      `${p.date} is after ${p.last}, the last date the working-day calendar knows; add the State Council's calendar for the next year (R-TIME-3)`,
    'zh-CN': (p) =>
      `${p.date} 晚于工作日日历的最后一天 ${p.last}；请添加国务院发布的下一年度节假日安排（R-TIME-3）`,
  },
  'calendar.notWhole': {
    en: (p) => `the number of working days must be a whole number ≥ 1, got ${p.got} (R-TIME-3)`,
    'zh-CN': (p) => `工作日天数必须是不小于 1 的整数，实际为 ${p.got}（R-TIME-3）`,
  },
  'calendar.beyond': {
    en: (p) =>
      `${p.n} working days after ${p.from} falls after ${p.last}, the last date the working-day calendar knows; add the State Council's calendar for the next year (R-TIME-3)`,
    'zh-CN': (p) =>
      `${p.from} 之后第 ${p.n} 个工作日晚于工作日日历的最后一天 ${p.last}；请添加国务院发布的下一年度节假日安排（R-TIME-3）`,
  },
} as const satisfies Templates;
