import type { Templates } from '../explain/message-template.js';

/**
 * Refusals of enterprise numbers (R-NUM-1, R-NUM-2, R-NUM-3, R-NUM-4, R-OPEN-5). The English
 * templates write exactly the text the number rules have always returned.
 */
export const NUMBER_MESSAGES = {
  'number.format': {
    en: (p) => `"${p.number}" is not a 10-digit number beginning 400 or 800 (R-NUM-1)`,
    'zh-CN': (p) => `"${p.number}" 不是以 400 或 800 开头的 10 位号码（R-NUM-1）`,
  },
  'number.seats': {
    en: (p) => `seats must be a whole number ≥ 1, got ${p.got} (R-NUM-3)`,
    'zh-CN': (p) => `席位数必须是不小于 1 的整数，实际为 ${p.got}（R-NUM-3）`,
  },
  'number.hotline': {
    en: (p) =>
      `the hotline contract number "${p.number}" is not a 10-digit 400/800 number (R-NUM-1, R-NUM-2)`,
    'zh-CN': (p) => `热线合同号码 "${p.number}" 不是 10 位的 400/800 号码（R-NUM-1、R-NUM-2）`,
  },
  'number.poolEmpty': {
    en: () =>
      'the enterprise number pool has no free 400/800 number to assign: ask an operator to add numbers to the pool, then try again (R-OPEN-5, R-NUM-1)',
    'zh-CN': () =>
      `企业号码池中没有可分配的 400/800 号码：请联系运营人员向号码池添加号码，然后重试（R-OPEN-5、R-NUM-1）`,
  },
  'number.alreadyFree': {
    en: (p) => `${p.number} is already in the free pool, so no action is needed (R-NUM-4)`,
    'zh-CN': (p) => `${p.number} 已在空闲号码池中，无需操作（R-NUM-4）`,
  },
} as const satisfies Templates;
