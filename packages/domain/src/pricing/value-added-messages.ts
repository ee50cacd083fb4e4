import type { Templates } from '../explain/message-template.js';

/** R-CAT-1, R-REF-NONREF: why a value-added item costs what it costs. */
export const VALUE_ADDED_MESSAGES = {
  'reason.valueAdded': {
    en: (p) =>
      `${p.line} = ${p.amount} (R-CAT-1: price book ${p.book}; R-REF-NONREF: one-off, non-refundable)`,
    'zh-CN': (p) =>
      `${p.line} = ${p.amount}（R-CAT-1：价格表 ${p.book}；R-REF-NONREF：一次性购买，不可退款）`,
  },
} as const satisfies Templates;
