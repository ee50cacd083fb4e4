import { plural, type Templates } from '../explain/message-template.js';

const WEEKDAYS_ZH_CN: Readonly<Record<string, string>> = {
  Sun: '周日',
  Mon: '周一',
  Tue: '周二',
  Wed: '周三',
  Thu: '周四',
  Fri: '周五',
  Sat: '周六',
};

/** R-TIME-3: how a due date was counted in working days. */
export const CALENDAR_MESSAGES = {
  'calendar.workingDaysAfter': {
    en: (p) =>
      `${plural(p.n!, 'working day', 'working days')} after ${p.from} (${p.fromWeekday}) = ${p.date} (${p.dateWeekday}) (R-TIME-3: ${p.daysOff} weekend/holiday ${p.daysOff === '1' ? 'day' : 'days'} skipped${p.adjusted === '0' ? '' : `, ${plural(p.adjusted!, 'adjusted working day', 'adjusted working days')} counted`})`,
    'zh-CN': (p) =>
      `${p.from}（${WEEKDAYS_ZH_CN[p.fromWeekday!] ?? p.fromWeekday}）之后第 ${p.n} 个工作日 = ${p.date}（${WEEKDAYS_ZH_CN[p.dateWeekday!] ?? p.dateWeekday}）（R-TIME-3：跳过 ${p.daysOff} 个周末或节假日${p.adjusted === '0' ? '' : `，计入 ${p.adjusted} 个调休工作日`}）`,
  },
} as const satisfies Templates;
